// The annual penalty table and the KPI list as rows: one definition for the dashboard, the XLSX/CSV
// exports and the PDF, so every place prints the same figure under the same name. A row that comes
// from a case metric names it, and the dashboard drills down through that name.
import { LOSS_CATEGORY_ZH } from '../enterprise/vocabulary'
import { ANNUAL_COLUMNS, ANNUAL_COLUMN_ZH } from './annual-columns'
import type { StatisticsFigures } from './figures'
import { permilleText } from './format'
import type { CaseMetric } from './metrics'

/** permille: a share; change: a signed year-on-year change, also per mille. */
export type FigureKind = 'count' | 'yuan' | 'permille' | 'change' | 'days' | 'tenths' | 'flag'

export type FigureRow = {
  key: string
  label: string
  kind: FigureKind
  /** Null: not computable (no cases to divide by, no previous year). */
  value: number | null
  /** The cases behind the figure: the ones it counts, or (for an amount, share or average) the ones
   * it is computed from. */
  metric: CaseMetric | null
  /** For a supervision figure (not about cases): the register it comes from. */
  register: 'clues' | 'losses' | 'inspections' | null
}

const count = (key: CaseMetric, label: string, f: StatisticsFigures): FigureRow => ({
  key,
  label,
  kind: 'count',
  value: f.counts[key],
  metric: key,
  register: null
})

type Register = NonNullable<FigureRow['register']>

function isRegister(from: CaseMetric | Register): from is Register {
  return from === 'clues' || from === 'losses' || from === 'inspections'
}

/** A figure computed from the cases of a metric (an amount, share or average of them), from a
 * supervision register, or (null) from neither. */
const plain = (
  key: string,
  label: string,
  kind: FigureKind,
  value: number | null,
  from: CaseMetric | Register | null = null
): FigureRow => {
  if (from === null) return { key, label, kind, value, metric: null, register: null }
  return isRegister(from)
    ? { key, label, kind, value, metric: null, register: from }
    : { key, label, kind, value, metric: from, register: null }
}

/** 行政处罚实施情况 (domain.md §7.1): one row per type, the total in cases and 罚没金额. */
export function annualPenaltyRows(f: StatisticsFigures): FigureRow[] {
  return [
    ...ANNUAL_COLUMNS.map((c) => count(`penalty.${c}`, ANNUAL_COLUMN_ZH[c], f)),
    count('penaltyDecisions', '合计（宗）', f),
    plain(
      'finesAndConfiscations',
      '罚没金额（元）',
      'yuan',
      f.amounts.finesAndConfiscationsFen,
      'penaltyDecisions'
    )
  ]
}

/** The KPIs of domain.md §7.3, grouped as the dashboard shows them. */
export function kpiRows(f: StatisticsFigures): { group: string; rows: FigureRow[] }[] {
  return [
    {
      group: '案件',
      rows: [
        count('filed', '立案数', f),
        count('decided', '作出决定数', f),
        count('penaltyDecisions', '行政处罚决定数', f),
        plain(
          'finesAndConfiscations',
          '罚没金额（元）',
          'yuan',
          f.amounts.finesAndConfiscationsFen
        ),
        count('transferred', '移送司法机关', f),
        count('revoked', '决定被撤销', f)
      ]
    },
    {
      group: '柔性执法',
      rows: [
        count('noPenalty', '不予行政处罚合计', f),
        count('firstViolationExempt', '首违不罚', f),
        count('minorExempt', '轻微免罚', f),
        count('noFaultExempt', '无主观过错不罚', f),
        count('publicService', '公益减罚（件）', f),
        plain(
          'publicServiceHours',
          '公益服务时长（小时）',
          'tenths',
          f.amounts.publicServiceHoursTenths,
          'publicService'
        ),
        plain(
          'publicServicePoints',
          '公益服务积分',
          'tenths',
          f.amounts.publicServicePointsTenths,
          'publicService'
        ),
        plain(
          'publicServiceOffset',
          '公益折抵金额（元）',
          'yuan',
          f.amounts.publicServiceOffsetFen,
          'publicService'
        ),
        count('fastTrack', '简案快办（件）', f),
        plain('fastTrackShare', '简案快办占比', 'permille', f.fastTrackPermille, 'fastTrack'),
        plain(
          'fastTrackDays',
          '简案快办平均用时（立案至决定，日）',
          'days',
          f.fastTrackAverageDays,
          'fastTrack'
        )
      ]
    },
    {
      group: '效率与程序',
      rows: [
        plain('closedShare', '办结率（本期立案中已结案）', 'permille', f.closedPermille, 'filed'),
        plain(
          'averageDays',
          '平均办案时效（立案至决定，日）',
          'days',
          f.averageDaysToDecision,
          'decided'
        ),
        count('simpleProcedure', '简易程序（当场处罚）', f),
        count('hearingHeld', '举行听证', f),
        count('legalReviewed', '法制审核', f),
        count('collectiveDiscussed', '集体讨论', f),
        count('overdue', '超期未决定', f)
      ]
    },
    {
      group: '涉企监督',
      rows: [
        plain('lossesTotal', '为企业挽回损失（元）', 'yuan', f.losses.totalFen, 'losses'),
        ...f.losses.byCategory.map((c) =>
          plain(
            `losses.${c.category}`,
            `其中：${LOSS_CATEGORY_ZH[c.category]}（元）`,
            'yuan',
            c.amountFen,
            'losses'
          )
        ),
        plain('cluesReceived', '涉企问题线索受理', 'count', f.clues.received, 'clues'),
        plain('cluesHandled', '涉企问题线索办结', 'count', f.clues.handled, 'clues'),
        plain('cluesOverdue', '涉企问题线索超期', 'count', f.clues.overdue, 'clues'),
        plain('cluesReferred', '移送纪检监察', 'count', f.clues.referred, 'clues'),
        plain('inspections', '入企检查次数', 'count', f.inspections.count, 'inspections'),
        plain(
          'inspectionsBefore',
          '入企检查次数（上年同期）',
          'count',
          f.inspections.previousYearCount,
          'inspections'
        ),
        plain(
          'inspectionsChange',
          '入企检查同比',
          'change',
          f.inspections.changePermille,
          'inspections'
        )
      ]
    },
    {
      group: '罚没收入（控制指标，不作考核）',
      rows: [
        plain('revenueBefore', '罚没金额（上年同期，元）', 'yuan', f.revenue.previousFen),
        plain('revenueChange', '罚没金额同比', 'change', f.revenue.changePermille),
        plain(
          'revenueWarning',
          `同比增长超过${f.revenue.thresholdPermille / 10}%预警`,
          'flag',
          f.revenue.warning ? 1 : 0
        )
      ]
    }
  ]
}

/** A figure as text: counts as integers, yuan with two decimals, per mille as a percentage. */
export function figureText(row: FigureRow, yuan: (fen: number) => string): string {
  const v = row.value
  if (v === null) return '—'
  switch (row.kind) {
    case 'count':
      return String(v)
    case 'yuan':
      return yuan(v)
    case 'permille':
      return permilleText(v)
    case 'change':
      return permilleText(v, true)
    case 'days':
      return v.toFixed(1)
    case 'tenths':
      return (v / 10).toFixed(1)
    case 'flag':
      return v === 1 ? '是' : '否'
  }
}
