// The cases behind one figure, a page at a time: the same predicate as the figure (core drillDown),
// so the list's total always equals the figure.
import { annualColumn, ANNUAL_COLUMN_ZH } from '../../core/statistics/annual-columns'
import type { CaseFact } from '../../core/statistics/case-fact'
import type Database from 'better-sqlite3'
import {
  CASE_METRIC_ZH,
  type CaseMetric,
  type CountingOptions
} from '../../core/statistics/metrics'
import type { Period } from '../../core/statistics/period'
import { GROUND_LABEL_ZH } from '../../core/statistics/outcome-labels'
import type { DrillDownView, DrillRow } from '../../shared/statistics-views'
import type { CallContext } from '../context'
import { prepare } from '../db/statements'
import { queryParams, unitClause } from './count'
import { toFact, type FactRow } from './fact-rows'
import { COLUMN_FILTER, METRIC_SQL } from './metric-sql'
import type { StatsScope } from './scope'

export function outcomeText(f: CaseFact): string {
  const d = f.decision
  if (d === null) return f.transferredOn ? '已移送' : '尚未作出决定'
  if (d.outcome === 'penalty') {
    const kind = ANNUAL_COLUMN_ZH[annualColumn(d.penalty.types)]
    return d.procedure === 'simple' ? `${kind}（当场处罚）` : kind
  }
  return d.ground ? `不予行政处罚（${GROUND_LABEL_ZH[d.ground]}）` : '不予行政处罚'
}

export function drillRow(f: CaseFact): DrillRow {
  const d = f.decision
  const fine = d?.outcome === 'penalty' ? d.penalty.fineFen : null
  const confiscation = d?.outcome === 'penalty' ? (d.penalty.confiscationFen ?? 0) : 0
  return {
    caseId: f.caseId,
    caseNumber: f.caseNumber,
    cause: f.cause,
    itemName: f.itemName,
    filedOn: f.filedOn,
    decidedOn: f.decidedOn,
    outcome: outcomeText(f),
    fineFen: fine,
    finesAndConfiscationsFen: (fine ?? 0) + confiscation,
    unitCode: f.unitCode
  }
}

function drillSql(metric: CaseMetric, unit: string | null, tail: string): string {
  const m = METRIC_SQL[metric]
  const filter = COLUMN_FILTER[m.column]
  return `FROM case_facts WHERE ${m.column} BETWEEN @from AND @to AND ${filter} AND ${m.where}${unitClause(unit)} ${tail}`
}

/** The cases behind the figure, in the order of the metric's date, then case number. */
export function drillFactsOf(
  db: Database.Database,
  q: { metric: CaseMetric; period: Period; unit: string | null; options: CountingOptions },
  page: { offset: number; limit: number } | null = null
): CaseFact[] {
  const column = METRIC_SQL[q.metric].column
  const order = `ORDER BY ${column}, case_number, case_id`
  const limit = page ? ' LIMIT @limit OFFSET @offset' : ''
  const params = { ...queryParams(q.period, q.unit, q.options), ...(page ?? {}) }
  const rows = prepare(db, `SELECT * ${drillSql(q.metric, q.unit, order + limit)}`).all(
    params
  ) as FactRow[]
  return rows.map(toFact)
}

export function drillFacts(
  ctx: CallContext,
  scope: StatsScope,
  metric: CaseMetric,
  page: { offset: number; limit: number } | null = null
): CaseFact[] {
  const q = { metric, period: scope.period, unit: scope.unitCode, options: scope.options }
  return drillFactsOf(ctx.db, q, page)
}

export function drillTotal(ctx: CallContext, scope: StatsScope, metric: CaseMetric): number {
  const params = queryParams(scope.period, scope.unitCode, scope.options)
  return prepare(ctx.db, `SELECT count(*) ${drillSql(metric, scope.unitCode, '')}`)
    .pluck()
    .get(params) as number
}

export function drillView(
  ctx: CallContext,
  scope: StatsScope,
  input: { metric: CaseMetric; offset: number; limit: number }
): DrillDownView {
  return {
    metric: input.metric,
    label: CASE_METRIC_ZH[input.metric],
    total: drillTotal(ctx, scope, input.metric),
    offset: input.offset,
    rows: drillFacts(ctx, scope, input.metric, { offset: input.offset, limit: input.limit }).map(
      drillRow
    )
  }
}
