// The dashboard's series: decisions per month, the penalty table's columns, outcomes and the items
// with the most decisions — grouped in SQLite with the same metric conditions as every figure.
import { ANNUAL_COLUMNS } from '../../core/statistics/annual-columns'
import type { CaseMetric } from '../../core/statistics/metrics'
import type { SeriesPoint, StatisticsSeriesView } from '../../shared/statistics-views'
import type { CallContext } from '../context'
import { prepare } from '../db/statements'
import { queryParams, unitClause } from './count'
import { COLUMN_FILTER, METRIC_SQL } from './metric-sql'
import { countWithHash, stamp } from './period-view'
import type { StatsScope } from './scope'

const OUTCOMES: CaseMetric[] = [
  'penaltyDecisions',
  'firstViolationExempt',
  'minorExempt',
  'noFaultExempt',
  'noPenalty'
]

const TOP_ITEMS = 10

function monthsOf(from: string, to: string): string[] {
  const out: string[] = []
  let y = Number(from.slice(0, 4))
  let m = Number(from.slice(5, 7))
  const last = to.slice(0, 7)
  for (;;) {
    const key = `${y}-${String(m).padStart(2, '0')}`
    if (key > last) return out
    out.push(key)
    m++
    if (m === 13) {
      m = 1
      y++
    }
  }
}

const AMOUNT = 'coalesce(fine_fen, 0) + coalesce(confiscation_fen, 0)'
const sum = (metric: CaseMetric) => `coalesce(sum(${METRIC_SQL[metric].where}), 0)`

export function seriesView(ctx: CallContext, scope: StatsScope): StatisticsSeriesView {
  const { counted, hash } = countWithHash(ctx, scope)
  const unit = unitClause(scope.unitCode)
  const params = queryParams(scope.period, scope.unitCode, scope.options)
  const range = `FROM case_facts WHERE decided_on BETWEEN @from AND @to AND ${COLUMN_FILTER.decided_on}${unit}`
  const monthly = prepare(
    ctx.db,
    `SELECT substr(decided_on, 1, 7) AS month, count(*) AS decided,
       ${sum('penaltyDecisions')} AS penalties, ${sum('noPenalty')} AS noPenalty,
       ${sum('firstViolationExempt')} AS firstViolation,
       coalesce(sum(CASE WHEN outcome = 'penalty' THEN ${AMOUNT} END), 0) AS finesAndConfiscationsFen
     ${range} GROUP BY month`
  ).all(params) as SeriesPoint[]
  const byMonth = new Map(monthly.map((p) => [p.month, p]))
  const topItems = prepare(
    ctx.db,
    `SELECT coalesce(item_code, '') AS itemCode,
       coalesce(max(item_name), '（未适用裁量基准）') AS itemName, count(*) AS decided,
       coalesce(sum(CASE WHEN outcome = 'penalty' THEN ${AMOUNT} END), 0) AS finesAndConfiscationsFen
     ${range} GROUP BY item_code ORDER BY decided DESC, itemCode LIMIT ${TOP_ITEMS}`
  ).all(params) as StatisticsSeriesView['topItems']
  return {
    meta: stamp(ctx, scope, hash),
    months: monthsOf(scope.period.from, scope.period.to).map(
      (month) =>
        byMonth.get(month) ?? {
          month,
          decided: 0,
          penalties: 0,
          noPenalty: 0,
          firstViolation: 0,
          finesAndConfiscationsFen: 0
        }
    ),
    byColumn: ANNUAL_COLUMNS.map((column) => ({
      column,
      count: counted.counts[`penalty.${column}`]
    })),
    byOutcome: OUTCOMES.map((metric) => ({ metric, count: counted.counts[metric] })),
    topItems
  }
}
