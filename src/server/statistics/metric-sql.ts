// The counting rules of core/statistics/metrics.ts compiled to SQL over case_facts: per metric, the
// date column that places a case in a period and the condition it must meet. The figures (sums of
// the conditions over a date range) and the drill-down lists (the rows meeting them) both read these
// definitions, so a figure and its list agree by construction; a property test proves that they
// agree with the pure rules (metric-sql.test.ts). Parameters: @includeRevoked (0/1) and @asOf.
import { ANNUAL_COLUMNS } from '../../core/statistics/annual-columns'
import type { CaseMetric } from '../../core/statistics/metrics'

export const DATE_COLUMNS = [
  'decided_on',
  'filed_on',
  'decision_due_on',
  'closed_on',
  'revoked_on',
  'transferred_on',
  'hearing_held_on',
  'legal_reviewed_on',
  'collective_on'
] as const
export type DateColumn = (typeof DATE_COLUMNS)[number]

/** `where` holds on top of the column's filter (COLUMN_FILTER). The decision metrics' conditions read
 * only outcome, annual_column, no_penalty_ground, procedure, fast_track and ps_hours_tenths, so they
 * can also be evaluated on rows grouped by those columns (count.ts). */
export type MetricSql = { column: DateColumn; where: string }

/** A decision that counts: revoked ones only when the unit counts them (metrics.ts). */
export const DECIDED = '(outcome IS NOT NULL AND (@includeRevoked = 1 OR revoked_on IS NULL))'

/** The condition every metric of a date column shares. */
export const COLUMN_FILTER: Record<DateColumn, string> = {
  decided_on: DECIDED,
  filed_on: '1',
  decision_due_on: '1',
  closed_on: '1',
  revoked_on: '1',
  transferred_on: '1',
  hearing_held_on: '1',
  legal_reviewed_on: '1',
  collective_on: '1'
}

const PENALTY = "outcome = 'penalty'"
const NO_PENALTY = "outcome = 'noPenalty'"
const decided = (where: string): MetricSql => ({ column: 'decided_on', where })
const on = (column: DateColumn): MetricSql => ({ column, where: '1' })

const columns = Object.fromEntries(
  ANNUAL_COLUMNS.map((c) => [`penalty.${c}`, decided(`(${PENALTY} AND annual_column = '${c}')`)])
) as Record<`penalty.${(typeof ANNUAL_COLUMNS)[number]}`, MetricSql>

export const METRIC_SQL: Record<CaseMetric, MetricSql> = {
  filed: on('filed_on'),
  decided: decided('1'),
  penaltyDecisions: decided(PENALTY),
  ...columns,
  noPenalty: decided(NO_PENALTY),
  firstViolationExempt: decided(
    `(${NO_PENALTY} AND no_penalty_ground = 'firstViolationExemption')`
  ),
  minorExempt: decided(`(${NO_PENALTY} AND no_penalty_ground = 'minorViolationExemption')`),
  noFaultExempt: decided(`(${NO_PENALTY} AND no_penalty_ground = 'noFault')`),
  simpleProcedure: decided(`(${PENALTY} AND procedure = 'simple')`),
  fastTrack: decided('fast_track = 1'),
  publicService: decided('ps_hours_tenths IS NOT NULL'),
  hearingHeld: on('hearing_held_on'),
  legalReviewed: on('legal_reviewed_on'),
  collectiveDiscussed: on('collective_on'),
  transferred: on('transferred_on'),
  closed: on('closed_on'),
  // In the period the deadline fell in, when the decision came later or not yet by @asOf.
  overdue: {
    column: 'decision_due_on',
    where:
      '(transferred_on IS NULL AND (CASE WHEN decided_on IS NULL THEN decision_due_on < @asOf ELSE decided_on > decision_due_on END))'
  },
  revoked: on('revoked_on')
}

/** The metrics counted from each date column, in CASE_METRICS order. */
export function metricsByColumn(): Map<DateColumn, CaseMetric[]> {
  const out = new Map<DateColumn, CaseMetric[]>()
  for (const [metric, sql] of Object.entries(METRIC_SQL) as [CaseMetric, MetricSql][]) {
    out.set(sql.column, [...(out.get(sql.column) ?? []), metric])
  }
  return out
}
