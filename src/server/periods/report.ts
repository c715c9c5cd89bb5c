// A period's statistics as reported once periods are closed (结账, issue 8 §4): a closed period's
// figures are the snapshot frozen at the close, byte for byte, and a correction made later shows as
// an adjustment (live minus frozen) — on the closed period's own report, and on the report of an
// open period that follows it.
import { figureAdjustments } from '../../core/statistics/adjustments'
import { yearBefore } from '../../core/statistics/period'
import type { PeriodAdjustmentView, PeriodUnitScope } from '../../shared/period-views'
import type { StatisticsView } from '../../shared/statistics-views'
import type { CallContext } from '../context'
import { periodStatistics } from '../statistics/period-view'
import type { StatsScope } from '../statistics/scope'
import { getUnit } from '../unit/repo'
import { closesEndingBetween, exactClose, type CloseRow } from './repo'

/** Which kind of close a report can match: the own unit's or the consolidated figures. Reports of
 * one other unit are never closed here. */
export function unitScopeOf(ctx: CallContext, scope: StatsScope): PeriodUnitScope | null {
  if (scope.unitCode === null) return 'all'
  return scope.unitCode === getUnit(ctx.db)?.code ? 'own' : null
}

function snapshotOf(row: CloseRow): StatisticsView {
  return JSON.parse(row.snapshot) as StatisticsView
}

/** The live figures of a closed period, counted as it was counted at the close. */
function liveOf(ctx: CallContext, scope: StatsScope, row: CloseRow): StatisticsView {
  return periodStatistics(ctx, {
    ...scope,
    period: { from: row.from_on, to: row.to_on },
    options: { ...scope.options, includeRevoked: row.include_revoked === 1 }
  })
}

function adjustmentOf(
  row: CloseRow,
  frozen: StatisticsView,
  live: StatisticsView
): PeriodAdjustmentView | null {
  const figures = figureAdjustments(frozen, live)
  if (figures.length === 0) return null
  return { periodId: row.id, from: row.from_on, to: row.to_on, closedAt: row.closed_at, figures }
}

/** The frozen report when the scope is exactly a closed period (dates, unit and counting choice). */
function frozenReport(
  ctx: CallContext,
  scope: StatsScope
): { row: CloseRow; view: StatisticsView } | null {
  const unitScope = unitScopeOf(ctx, scope)
  if (!unitScope) return null
  const row = exactClose(ctx.db, scope.period, unitScope, scope.options.includeRevoked)
  if (!row) return null
  const view: StatisticsView = {
    ...snapshotOf(row),
    closed: { periodId: row.id, closedAt: row.closed_at, closedBy: row.closed_by_name }
  }
  return { row, view }
}

/** The changes to the closed periods that ended in the year before this one: the corrections made
 * since, which belong to this (the next) period's report rather than to the frozen ones. */
function priorAdjustments(ctx: CallContext, scope: StatsScope): PeriodAdjustmentView[] {
  const unitScope = unitScopeOf(ctx, scope)
  if (!unitScope) return []
  const since = yearBefore(scope.period).from
  const out: PeriodAdjustmentView[] = []
  for (const row of closesEndingBetween(ctx.db, since, scope.period.from, unitScope)) {
    const adjustment = adjustmentOf(row, snapshotOf(row), liveOf(ctx, scope, row))
    if (adjustment) out.push(adjustment)
  }
  return out
}

/** What an export prints: the frozen figures of a closed period, the live ones otherwise. */
export function reportedStatistics(ctx: CallContext, scope: StatsScope): StatisticsView {
  return frozenReport(ctx, scope)?.view ?? periodStatistics(ctx, scope)
}

/** stats/period: the reported figures with the adjustments that apply to them. */
export function periodReport(ctx: CallContext, scope: StatsScope): StatisticsView {
  const frozen = frozenReport(ctx, scope)
  if (frozen) {
    const adjustment = adjustmentOf(frozen.row, frozen.view, liveOf(ctx, scope, frozen.row))
    return adjustment ? { ...frozen.view, adjustments: [adjustment] } : frozen.view
  }
  const view = periodStatistics(ctx, scope)
  const prior = priorAdjustments(ctx, scope)
  return prior.length > 0 ? { ...view, adjustments: prior } : view
}
