// The consistency report (issue 5 §4) as a document layout, for the PDF and DOCX renderers: the totals
// per level, then per group (item, benchmark version, level) the fine quartiles, the distribution of
// fines as a bar of text per bucket, the Tukey fences, the dispersed measures and the outlying cases,
// and at the end what a reader needs to reproduce it (period, unit, time, data hash, software version).
//
// Pure and deterministic: the same report and meta give the same layout, so the text can be compared
// and hashed. Amounts are yuan with two decimals; quartiles of fen can fall between fen (type 7
// interpolation), and are rounded to the fen, half away from zero, for printing only.
//
// The bars are made of U+2588 FULL BLOCK. The CJK fonts the renderer looks for (WenQuanYi Micro Hei,
// Noto Sans/Serif CJK SC, and SimSun / Microsoft YaHei, which cover GBK) all have it; with a font that
// lacks it the PDF renderer refuses with the missing characters named instead of printing boxes.
import { yuanFixedText } from '../discretion/money'
import type { DocumentBlock, DocumentLayout } from '../documents/layout'
import { dateZh } from '../discretion/citation'
import { outcomeLevelZh } from '../discretion/outcome-labels'
import type { PeerMeasure } from './config'
import { decimalText, percentText, yuanText } from './format'
import type { ConsistencyReport, GroupReport, OutlierReason, ReportOutlier } from './report'

export type ReportMeta = {
  unitName: string
  unitCode: string
  /** ISO 8601 timestamp, printed as given (no time-zone conversion, so the text is reproducible). */
  generatedAt: string
  softwareVersion: string
  /** A digest of the input data, printed in full at the end and abridged in the page footer. */
  dataHash: string
}

export const REPORT_TITLE = '行政处罚裁量一致性报告'

/** The longest bar, in characters. █ is one em wide in Noto CJK (0.6 em in WenQuanYi); 14 of them and
 * a count fit the value column of a form row at the field size. */
export const BAR_MAX = 14
const BAR_CHAR = '█'
/** The footer repeats the start of the data hash on every page; the closing paragraph has all of it. */
const FOOTER_HASH_CHARS = 24

/** Fen (possibly fractional) as yuan with two decimals: 123456 → 1234.56元, 7.5 → 0.08元. */
export function yuan2(fen: number): string {
  return yuanFixedText(fen)
}

/** A bar of `count` out of `max`: proportional, at least one block for a non-zero count. */
export function bar(count: number, max: number): string {
  if (count <= 0 || max <= 0) return ''
  return BAR_CHAR.repeat(Math.max(1, Math.round((count * BAR_MAX) / max)))
}

const ZH_DIGITS = '零一二三四五六七八九'
const ZH_PLACES = ['', '十', '百', '千'] as const

/** 1 → 一, 10 → 十, 12 → 十二, 105 → 一百零五; from 10000 on, Arabic digits. */
export function numberZh(n: number): string {
  if (!Number.isInteger(n) || n <= 0 || n >= 10_000) return String(n)
  let out = ''
  let gap = false
  for (let pos = 3; pos >= 0; pos--) {
    const d = Math.floor(n / 10 ** pos) % 10
    if (d === 0) {
      gap = out !== ''
      continue
    }
    if (gap) out += '零'
    gap = false
    out += ZH_DIGITS.charAt(d) + ZH_PLACES[pos]
  }
  return out.startsWith('一十') ? out.slice(1) : out
}

const MEASURE_ZH: Record<PeerMeasure, string> = {
  position: '裁量位置',
  finePerBase: '罚款与违法所得或货值金额之比'
}

const field = (label: string, value: string): DocumentBlock => ({ kind: 'field', label, value })
const paragraph = (text: string): DocumentBlock => ({ kind: 'paragraph', text })
const heading = (text: string): DocumentBlock => ({ kind: 'heading', text })

const casesText = (n: number) => `${n}件`
/** Yuan without the unit, as few decimals as needed: 5000000 → 50000. */
const yuanFigure = (fen: number) => yuanText(fen).replace(/元$/, '')
const positionText = (p: number | null) => (p === null ? '无' : percentText(p))

function periodText(report: ConsistencyReport): string {
  return `${dateZh(report.period.from)}至${dateZh(report.period.to)}`
}

function reasonText(reason: OutlierReason, o: ReportOutlier, g: GroupReport): string {
  switch (reason) {
    case 'positionFromMedian': {
      const med = o.othersMedian
      const gap =
        o.position !== null && med !== null
          ? `，相差${decimalText(Math.abs(o.position - med) * 100, 1)}个百分点`
          : ''
      return `裁量位置偏离同组其他案件的中位数（${positionText(med)}）${gap}`
    }
    case 'fineBelowFence':
      return `罚款低于本组四分位下界（${g.fences ? yuan2(g.fences.lowFen) : '无'}）`
    case 'fineAboveFence':
      return `罚款高于本组四分位上界（${g.fences ? yuan2(g.fences.highFen) : '无'}）`
  }
}

function outlierBlock(o: ReportOutlier, g: GroupReport, meta: ReportMeta): DocumentBlock {
  const lines = [
    `决定日期：${dateZh(o.decidedOn)}`,
    ...(o.unitCode !== meta.unitCode ? [`办案单位：${o.unitCode}`] : []),
    `罚款：${o.fineFen === null ? '未处罚款' : yuan2(o.fineFen)}`,
    `裁量位置：${positionText(o.position)}`,
    `异常原因：${o.reasons.map((r) => reasonText(r, o, g)).join('；')}`
  ]
  return field(o.caseNumber ?? `（未编号，案件标识${o.caseId}）`, lines.join('\n'))
}

function dispersedText(g: GroupReport): string {
  if (g.dispersed.length === 0) return '无'
  return g.dispersed
    .map((m) => {
      const cv = (m === 'position' ? g.position : g.finePerBase)?.cv ?? null
      return cv === null ? MEASURE_ZH[m] : `${MEASURE_ZH[m]}（变异系数${decimalText(cv)}）`
    })
    .join('；')
}

function groupBlocks(g: GroupReport, index: number, meta: ReportMeta): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    heading(`（${numberZh(index + 1)}）${g.itemName}（${g.itemCode}）`),
    field('裁量基准', g.benchmarkId),
    field('裁量阶次', outcomeLevelZh(g.level)),
    field('案件数', casesText(g.count))
  ]
  const fine = g.fine
  if (fine === null) {
    blocks.push(paragraph('本组案件均未处以罚款，不作罚款统计。'))
  } else {
    if (fine.n !== g.count) blocks.push(field('其中处以罚款', casesText(fine.n)))
    blocks.push(
      field('罚款中位数', yuan2(fine.median)),
      field('下四分位数（Q1）', yuan2(fine.q1)),
      field('上四分位数（Q3）', yuan2(fine.q3)),
      field('四分位距（IQR）', yuan2(fine.iqr)),
      field('罚款最低至最高', `${yuan2(fine.min)}至${yuan2(fine.max)}`)
    )
  }
  if (g.position !== null) blocks.push(field('裁量位置中位数', percentText(g.position.median)))
  blocks.push(
    field(
      '四分位围栏',
      g.fences ? `${yuan2(g.fences.lowFen)}至${yuan2(g.fences.highFen)}` : '案件数不足，未计算'
    ),
    field('离散程度偏高的指标', dispersedText(g))
  )

  if (g.fineBuckets.length > 0) {
    const max = Math.max(...g.fineBuckets.map((b) => b.count))
    blocks.push(
      paragraph('罚款分布（每档含下限、不含上限，最后一档含上限）：'),
      // The header also widens the label column, which the renderer sizes by an estimate that
      // counts a digit as half an em (they are a little wider), so that the ranges fit on one line.
      field('罚款金额区间（元）', '案件数')
    )
    for (const b of g.fineBuckets) {
      const count = casesText(b.count)
      const drawn = bar(b.count, max)
      const range = `${yuanFigure(b.fromFen)}至${yuanFigure(b.toFen)}`
      blocks.push(field(range, drawn ? `${drawn} ${count}` : count))
    }
  }

  if (g.outliers.length === 0) {
    blocks.push(paragraph('本组无异常案件。'))
  } else {
    blocks.push(paragraph(`异常案件${casesText(g.outliers.length)}：`))
    for (const o of g.outliers) blocks.push(outlierBlock(o, g, meta))
  }
  return blocks
}

/** The report as a document: Chinese throughout, in the order of `report` (already deterministic). */
export function reportLayout(report: ConsistencyReport, meta: ReportMeta): DocumentLayout {
  const period = periodText(report)
  const unit = `${meta.unitName}（${meta.unitCode}）`
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: REPORT_TITLE },
    { kind: 'line', text: unit, align: 'center' },
    { kind: 'line', text: `统计期间：${period}`, align: 'center' },
    heading('一、总体情况'),
    field('案件总数', casesText(report.total)),
    ...report.byLevel.map((l) => field(outcomeLevelZh(l.level), casesText(l.count))),
    heading('二、分组统计')
  ]
  if (report.groups.length === 0) blocks.push(paragraph('统计期间内无已决定的案件。'))
  report.groups.forEach((g, i) => blocks.push(...groupBlocks(g, i, meta)))

  const outliers = report.groups.reduce((n, g) => n + g.outliers.length, 0)
  blocks.push(
    heading('三、说明'),
    paragraph(
      '案件按违法行为事项、裁量基准版本和裁量阶次分组。四分位数按线性插值法计算（与Excel的' +
        'QUARTILE.INC函数相同），金额四舍五入至分。裁量位置为（罚款－法定最低额）÷（法定最高额－' +
        '法定最低额）。罚款超出四分位围栏（Q1－k×IQR至Q3＋k×IQR），或裁量位置偏离同组其他案件' +
        '中位数超过设定阈值的，列为异常案件。异常案件仅提示复核，不当然表明处罚不当。' +
        `本期共列出异常案件${casesText(outliers)}。`
    ),
    paragraph(
      `本报告统计期间为${period}，统计单位为${unit}，生成时间为${meta.generatedAt}，` +
        `数据摘要为${meta.dataHash}，由案衡（Yardstick）软件${meta.softwareVersion}版生成。` +
        '以相同数据和相同软件版本重新生成，内容应当一致。'
    ),
    { kind: 'signature', lines: [meta.unitName] }
  )

  return {
    title: REPORT_TITLE,
    subject: `${meta.unitCode} ${report.period.from}至${report.period.to}`,
    blocks,
    footer: `案衡 Yardstick ${meta.softwareVersion} · 数据摘要 ${meta.dataHash.slice(0, FOOTER_HASH_CHARS)}`
  }
}
