// The case-count metrics of the annual tables and KPIs (domain.md §7.1, §7.3). Each metric is a
// predicate over one case plus the date that places it in a period, so a figure and its drill-down
// list are computed by the same code and always agree.
import { assertNever } from '../assert'
import type { NoPenaltyGround } from '../discretion/result-types'
import { ANNUAL_COLUMNS, annualColumn, type AnnualColumn } from './annual-columns'
import type { CaseFact } from './case-fact'

export const CASE_METRICS = [
  'filed',
  'decided',
  'penaltyDecisions',
  ...ANNUAL_COLUMNS.map((c) => `penalty.${c}` as const),
  'noPenalty',
  'firstViolationExempt',
  'minorExempt',
  'noFaultExempt',
  'simpleProcedure',
  'fastTrack',
  'publicService',
  'hearingHeld',
  'legalReviewed',
  'collectiveDiscussed',
  'transferred',
  'closed',
  'overdue',
  'revoked'
] as const
export type CaseMetric = (typeof CASE_METRICS)[number]

export const CASE_METRIC_ZH: Record<CaseMetric, string> = {
  filed: '立案数',
  decided: '作出决定数',
  penaltyDecisions: '行政处罚合计（宗）',
  'penalty.warning': '警告（通报批评）',
  'penalty.fine': '罚款',
  'penalty.confiscation': '没收违法所得、没收非法财物',
  'penalty.suspendLicence': '暂扣许可证件',
  'penalty.lowerQualification': '降低资质等级',
  'penalty.restrictBusiness': '限制开展生产经营活动',
  'penalty.orderSuspendProduction': '责令停产停业',
  'penalty.orderClosure': '责令关闭、限制从业',
  'penalty.revokeLicence': '吊销许可证件',
  'penalty.detention': '行政拘留',
  'penalty.other': '其他',
  noPenalty: '不予行政处罚',
  firstViolationExempt: '首违不罚',
  minorExempt: '轻微免罚',
  noFaultExempt: '无主观过错不罚',
  simpleProcedure: '简易程序（当场处罚）',
  fastTrack: '简案快办',
  publicService: '公益减罚',
  hearingHeld: '举行听证',
  legalReviewed: '法制审核',
  collectiveDiscussed: '集体讨论',
  transferred: '移送司法机关',
  closed: '结案',
  overdue: '超期未决定',
  revoked: '决定被撤销'
}

/** Whether a decision later revoked still counts where it was decided. Templates differ (domain.md
 * §7.1: some include revoked decisions); the unit chooses, and the table states the choice. */
export type CountingOptions = {
  includeRevoked: boolean
  /** Today (Beijing): an undecided case is overdue only once its deadline has passed. */
  asOf: string
}

function exemptionIs(f: CaseFact, ground: NoPenaltyGround): boolean {
  return f.decision?.outcome === 'noPenalty' && f.decision.ground === ground
}

function penaltyColumn(f: CaseFact): AnnualColumn | null {
  return f.decision?.outcome === 'penalty' ? annualColumn(f.decision.penalty.types) : null
}

/** The date that places the case in a period for this metric, or null when the case does not count
 * for it at all. Decision metrics go by decision date, whatever the filing date (domain.md §7.1). */
export function metricDate(f: CaseFact, m: CaseMetric, o: CountingOptions): string | null {
  const decided = f.decision !== null && (o.includeRevoked || f.revokedOn === null)
  const onDecision = (holds: boolean): string | null => (decided && holds ? f.decidedOn : null)
  switch (m) {
    case 'filed':
      return f.filedOn
    case 'decided':
      return onDecision(true)
    case 'penaltyDecisions':
      return onDecision(f.decision?.outcome === 'penalty')
    case 'penalty.warning':
    case 'penalty.fine':
    case 'penalty.confiscation':
    case 'penalty.suspendLicence':
    case 'penalty.lowerQualification':
    case 'penalty.restrictBusiness':
    case 'penalty.orderSuspendProduction':
    case 'penalty.orderClosure':
    case 'penalty.revokeLicence':
    case 'penalty.detention':
    case 'penalty.other':
      return onDecision(`penalty.${penaltyColumn(f) ?? ''}` === m)
    case 'noPenalty':
      return onDecision(f.decision?.outcome === 'noPenalty')
    case 'firstViolationExempt':
      return onDecision(exemptionIs(f, 'firstViolationExemption'))
    case 'minorExempt':
      return onDecision(exemptionIs(f, 'minorViolationExemption'))
    case 'noFaultExempt':
      return onDecision(exemptionIs(f, 'noFault'))
    case 'simpleProcedure':
      return onDecision(f.decision?.outcome === 'penalty' && f.decision.procedure === 'simple')
    case 'fastTrack':
      return onDecision(f.fastTrack)
    case 'publicService':
      return onDecision(f.publicService !== null)
    case 'hearingHeld':
      return f.hearingHeldOn
    case 'legalReviewed':
      return f.legalReviewedOn
    case 'collectiveDiscussed':
      return f.collectiveDiscussedOn
    case 'transferred':
      return f.transferredOn
    case 'closed':
      return f.closedOn
    case 'overdue':
      // Counted in the period its deadline fell in, when the decision came later or not at all.
      return f.decisionDueOn !== null &&
        f.transferredOn === null &&
        (f.decidedOn === null ? f.decisionDueOn < o.asOf : f.decidedOn > f.decisionDueOn)
        ? f.decisionDueOn
        : null
    case 'revoked':
      return f.revokedOn
  }
  return assertNever(m)
}
