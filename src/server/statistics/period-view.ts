// A period's statistics for the unit: the annual-table counts and amounts, the KPIs, the supervision
// figures and the stamp that makes them reproducible.
import type { Hash } from 'node:crypto'
import { CASE_METRIC_ZH } from '../../core/statistics/metrics'
import { yearBefore, type Period } from '../../core/statistics/period'
import { canonicalJson } from '../../core/text/canonical-json'
import type { ReproducibilityView, StatisticsView } from '../../shared/statistics-views'
import type { CallContext } from '../context'
import { softwareVersion } from '../version'
import { countPeriod, decisionAmounts, type Counted } from './count'
import { reportHash } from './fingerprint'
import type { StatsScope } from './scope'
import { changePermille } from '../../core/statistics/ratios'
import { supervisionFigures } from './supervision-figures'

/** The counting rules in words, for the notes of every table (domain.md §7.1). */
export function countingRules(includeRevoked: boolean): string[] {
  return [
    '一份决定计一件；按作出决定的日期计入期间（立案与决定跨期的案件，立案计入立案期间，决定计入决定期间）。',
    '同时给予多种处罚的，按《行政处罚法》第九条所列种类由轻到重的顺序，计入最重的一种（如“没收违法所得，并处罚款”计入没收）。',
    '罚没金额为决定书载明的罚款与能确定金额的没收金额之和。',
    `被撤销的决定${includeRevoked ? '仍计入作出决定的期间，另计“决定被撤销”数' : '不计入'}。`,
    '不予行政处罚按裁量依据计入首违不罚、轻微免罚、无主观过错不罚；挽回损失的冲正记录计入冲正日期所在期间。',
    `“${CASE_METRIC_ZH.overdue}”为决定期限届满于本期间、届满时尚未作出决定的案件（移送的除外）。`
  ]
}

/** The scope's period counted (or another period with the same unit and options), and the report
 * hash started from the counted rows' fingerprint. */
export function countWithHash(
  ctx: CallContext,
  scope: StatsScope,
  period: Period = scope.period
): { counted: Counted; hash: Hash } {
  const counted = countPeriod(ctx.db, period, scope.unitCode, scope.options)
  const hash = reportHash(
    { ...period, unit: scope.unitCode, includeRevoked: scope.options.includeRevoked },
    [counted.fingerprint]
  )
  return { counted, hash }
}

export function stamp(ctx: CallContext, scope: StatsScope, hash: Hash): ReproducibilityView {
  return {
    from: scope.period.from,
    to: scope.period.to,
    unitCode: scope.unitCode,
    unitName: scope.unitName,
    generatedAt: ctx.clock.now().toISOString(),
    softwareVersion: softwareVersion(),
    dataHash: hash.digest('hex'),
    includeRevoked: scope.options.includeRevoked
  }
}

export function periodStatistics(ctx: CallContext, scope: StatsScope): StatisticsView {
  const { counted: c, hash } = countWithHash(ctx, scope)
  const before = decisionAmounts(ctx.db, yearBefore(scope.period), scope.unitCode, scope.options)
  hash.update(canonicalJson({ yearBefore: before.fingerprint }))
  const previousFen = before.finesAndConfiscationsFen
  const change = changePermille(c.amounts.finesAndConfiscationsFen, previousFen)
  const supervision = supervisionFigures(
    ctx.db,
    scope.period,
    scope.unitCode,
    scope.options.asOf,
    hash
  )
  return {
    meta: stamp(ctx, scope, hash),
    counts: c.counts,
    amounts: c.amounts,
    averageDaysToDecision: c.averageDaysToDecision,
    fastTrackPermille: c.fastTrackPermille,
    fastTrackAverageDays: c.fastTrackAverageDays,
    closedPermille: c.closedPermille,
    revenue: {
      previousFen,
      changePermille: change,
      warning: change !== null && change > scope.revenueWarningPermille,
      thresholdPermille: scope.revenueWarningPermille
    },
    ...supervision,
    rules: countingRules(scope.options.includeRevoked)
  }
}
