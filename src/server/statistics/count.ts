// A period's figures counted in SQLite: one aggregate query per date column over its covering index
// (metric-sql.ts), the amounts with the decisions, and each query's row count and hash sums for the
// data fingerprint. For the statistics of a million-case register this is the difference between
// reading every row into JavaScript and letting SQLite count from its indexes.
import type Database from 'better-sqlite3'
import { CASE_METRICS, type CaseMetric, type CountingOptions } from '../../core/statistics/metrics'
import type { Period } from '../../core/statistics/period'
import type { Amounts } from '../../core/statistics/tally'
import { average, permille } from '../../core/statistics/ratios'
import { prepare } from '../db/statements'
import { COLUMN_FILTER, metricsByColumn, METRIC_SQL, type DateColumn } from './metric-sql'

export type Counted = {
  counts: Record<CaseMetric, number>
  amounts: Amounts
  averageDaysToDecision: number | null
  fastTrackPermille: number | null
  fastTrackAverageDays: number | null
  closedPermille: number | null
  /** Per date column: rows in range, and the sums of their hash slices (fingerprint.ts). */
  fingerprint: { column: DateColumn; rows: number; h1: number; h2: number }[]
}

/** The unit filter, when the statistics are one unit's (the consolidated view passes null). */
export function unitClause(unit: string | null): string {
  return unit === null ? '' : ' AND unit_code = @unit'
}

export function queryParams(p: Period, unit: string | null, o: CountingOptions) {
  const base = { from: p.from, to: p.to, includeRevoked: o.includeRevoked ? 1 : 0, asOf: o.asOf }
  return unit === null ? base : { ...base, unit }
}

/** The columns a decision metric's condition may read (metric-sql.ts), grouped on in SQLite. */
const DECISION_GROUP = `outcome, annual_column, no_penalty_ground, procedure, fast_track,
  CASE WHEN ps_hours_tenths IS NULL THEN NULL ELSE 1 END AS ps_hours_tenths`

/**
 * The decisions of the period: SQLite groups the rows of the covering index by the columns the
 * conditions read (a few dozen groups for a year of a million cases), and each metric's condition is
 * evaluated once per group rather than once per row.
 */
function decidedQuery(metrics: readonly CaseMetric[], unit: string | null): string {
  const sums = metrics.map(
    (m) => `coalesce(sum(CASE WHEN ${METRIC_SQL[m].where} THEN n ELSE 0 END), 0) AS "${m}",`
  )
  return `SELECT coalesce(sum(n), 0) AS rows, coalesce(sum(h1), 0) AS h1, coalesce(sum(h2), 0) AS h2,
  ${sums.join('\n  ')}
  coalesce(sum(CASE WHEN outcome = 'penalty' THEN fine END), 0) AS fine,
  coalesce(sum(CASE WHEN outcome = 'penalty' THEN confiscation END), 0) AS confiscation,
  coalesce(sum(psOffset), 0) AS psOffset, coalesce(sum(psHours), 0) AS psHours,
  coalesce(sum(psPoints), 0) AS psPoints, coalesce(sum(days), 0) AS days,
  coalesce(sum(timed), 0) AS timed,
  coalesce(sum(CASE WHEN ${METRIC_SQL.fastTrack.where} THEN days END), 0) AS fastDays,
  coalesce(sum(CASE WHEN ${METRIC_SQL.fastTrack.where} THEN timed END), 0) AS fastTimed
FROM (SELECT ${DECISION_GROUP}, count(*) AS n, sum(h1) AS h1, sum(h2) AS h2,
    sum(fine_fen) AS fine, sum(confiscation_fen) AS confiscation, sum(ps_offset_fen) AS psOffset,
    sum(ps_hours_tenths) AS psHours, sum(ps_points_tenths) AS psPoints,
    sum(decision_days) AS days, count(decision_days) AS timed
  FROM case_facts
  WHERE decided_on BETWEEN @from AND @to AND ${COLUMN_FILTER.decided_on}${unitClause(unit)}
  GROUP BY 1, 2, 3, 4, 5, 6)`
}

const FILED_EXTRAS = `,
  coalesce(sum(closed_on IS NOT NULL AND closed_on <= @to), 0) AS filedClosed`

function columnQuery(
  column: DateColumn,
  metrics: readonly CaseMetric[],
  unit: string | null
): string {
  if (column === 'decided_on') return decidedQuery(metrics, unit)
  const sums = metrics
    .map((m) => `coalesce(sum(${METRIC_SQL[m].where}), 0) AS "${m}"`)
    .join(',\n  ')
  const extras = column === 'filed_on' ? FILED_EXTRAS : ''
  return `SELECT count(*) AS rows, coalesce(sum(h1), 0) AS h1, coalesce(sum(h2), 0) AS h2,
  ${sums}${extras}
FROM case_facts
WHERE ${column} BETWEEN @from AND @to AND ${COLUMN_FILTER[column]}${unitClause(unit)}`
}

type Row = Record<string, number>

export function countPeriod(
  db: Database.Database,
  p: Period,
  unit: string | null,
  o: CountingOptions
): Counted {
  const params = queryParams(p, unit, o)
  const counts = Object.fromEntries(CASE_METRICS.map((m) => [m, 0])) as Record<CaseMetric, number>
  const fingerprint: Counted['fingerprint'] = []
  let decidedRow: Row = {}
  let filedRow: Row = {}
  for (const [column, metrics] of metricsByColumn()) {
    const row = prepare(db, columnQuery(column, metrics, unit)).get(params) as Row
    for (const m of metrics) counts[m] = row[m] ?? 0
    fingerprint.push({ column, rows: row['rows'] ?? 0, h1: row['h1'] ?? 0, h2: row['h2'] ?? 0 })
    if (column === 'decided_on') decidedRow = row
    if (column === 'filed_on') filedRow = row
  }
  const n = (k: string, r: Row = decidedRow) => r[k] ?? 0
  const fine = n('fine')
  const confiscation = n('confiscation')
  return {
    counts,
    amounts: {
      finesAndConfiscationsFen: fine + confiscation,
      fineFen: fine,
      confiscationFen: confiscation,
      publicServiceOffsetFen: n('psOffset'),
      publicServiceHoursTenths: n('psHours'),
      publicServicePointsTenths: n('psPoints')
    },
    averageDaysToDecision: average(n('days'), n('timed')),
    fastTrackPermille: permille(counts.fastTrack, counts.decided),
    fastTrackAverageDays: average(n('fastDays'), n('fastTimed')),
    closedPermille: permille(n('filedClosed', filedRow), counts.filed),
    fingerprint
  }
}

/** Only 罚没金额 of the period's decisions (the year before, for the change), with its fingerprint:
 * one pass over the covering index, without the grouping the full count needs. */
export function decisionAmounts(
  db: Database.Database,
  p: Period,
  unit: string | null,
  o: CountingOptions
): { finesAndConfiscationsFen: number; fingerprint: Counted['fingerprint'][number] } {
  const row = prepare(
    db,
    `SELECT count(*) AS rows, coalesce(sum(h1), 0) AS h1, coalesce(sum(h2), 0) AS h2,
       coalesce(sum(CASE WHEN outcome = 'penalty'
         THEN coalesce(fine_fen, 0) + coalesce(confiscation_fen, 0) END), 0) AS amount
     FROM case_facts
     WHERE decided_on BETWEEN @from AND @to AND ${COLUMN_FILTER.decided_on}${unitClause(unit)}`
  ).get(queryParams(p, unit, o)) as Row
  return {
    finesAndConfiscationsFen: row['amount'] ?? 0,
    fingerprint: {
      column: 'decided_on',
      rows: row['rows'] ?? 0,
      h1: row['h1'] ?? 0,
      h2: row['h2'] ?? 0
    }
  }
}
