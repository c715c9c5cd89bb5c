// Statistics benchmarks (issue 7): a year's figures through the real handler beside a raw SQLite
// GROUP BY over the same rows; the consistency review's report of a year (issue 5: peer groups,
// 同案不同罚 spreads, 小过重罚) beside reading its peer rows raw; and the XLSX export of 100,000
// cases through an export job beside a raw exceljs streaming write of the same rows.
import ExcelJS from 'exceljs'
import { PassThrough } from 'node:stream'
import type { Dataset } from './dataset'
import { samplePair, type Plan } from './measure'
import type { Row } from './table'

const YEAR = { from: '2025-01-01', to: '2025-12-31' }
const EXPORT_ROWS = 100_000
const STATS_PLAN: Plan = { warmup: 1, minSamples: 7, maxSamples: 30, budgetMs: 20_000 }
const EXPORT_PLAN: Plan = { warmup: 0, minSamples: 3, maxSamples: 5, budgetMs: 60_000 }

/** The decision-date range holding the first EXPORT_ROWS decisions (or all, if fewer). */
function exportRange(data: Dataset): { from: string; to: string; rows: number } {
  const dates = data.db
    .prepare('SELECT decided_on FROM case_facts WHERE decided_on IS NOT NULL ORDER BY decided_on')
    .pluck()
    .all() as string[]
  const from = dates[0] ?? YEAR.from
  const last = dates[Math.min(EXPORT_ROWS, dates.length) - 1] ?? YEAR.to
  // Whole days: every decision on the last day counts too.
  const rows = dates.filter((d) => d <= last).length
  return { from, to: last, rows }
}

async function rawExcel(rows: unknown[][]): Promise<number> {
  const out = new PassThrough()
  let bytes = 0
  out.on('data', (c: Buffer) => (bytes += c.length))
  const done = new Promise((resolve) => out.on('end', resolve))
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true })
  const ws = wb.addWorksheet('cases')
  for (const r of rows) ws.addRow(r).commit()
  ws.commit()
  await wb.commit()
  await done
  return bytes
}

export async function benchStatistics(data: Dataset): Promise<{ rows: Row[]; notes: string[] }> {
  const { server, token, db } = data
  const dispatch = async (method: string, input: unknown, as = token) => {
    const r = await server.dispatch(method, input, as)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  const grouped = db.prepare(
    `SELECT outcome, penalty_types, no_penalty_ground, count(*) AS n,
            sum(coalesce(fine_fen, 0) + coalesce(confiscation_fen, 0)) AS amount
       FROM case_facts WHERE decided_on BETWEEN ? AND ? GROUP BY 1, 2, 3`
  )
  const stats = await samplePair(
    () => dispatch('stats/period', YEAR),
    () => [grouped.all(YEAR.from, YEAR.to), grouped.all('2024-01-01', '2024-12-31')],
    STATS_PLAN
  )
  /** Rows of `table` decided in the bench's year, for the notes. */
  const inYear = (table: 'case_facts' | 'case_outcomes') =>
    (
      db
        .prepare(`SELECT count(*) FROM ${table} WHERE decided_on BETWEEN ? AND ?`)
        .pluck()
        .get(YEAR.from, YEAR.to) as number
    ).toLocaleString('en-US')
  const decided = inYear('case_facts')

  const peerRows = db.prepare(
    `SELECT * FROM case_outcomes c
      WHERE decided_on >= ? AND decided_on <= ?
        AND EXISTS (SELECT 1 FROM cases k WHERE k.id = c.case_id AND k.deleted_at IS NULL)
      ORDER BY decided_on, case_id`
  )
  const review = await samplePair(
    () => dispatch('review/report', YEAR, data.adminToken),
    () => peerRows.all(YEAR.from, YEAR.to),
    STATS_PLAN
  )
  const peers = inYear('case_outcomes')

  const range = exportRange(data)
  const raw = db.prepare(
    `SELECT case_number, cause, item_name, filed_on, decided_on, outcome, fine_fen,
            coalesce(fine_fen, 0) + coalesce(confiscation_fen, 0), unit_code
       FROM case_facts WHERE decided_on BETWEEN ? AND ? ORDER BY decided_on, case_number`
  )
  const input = { kind: 'cases', from: range.from, to: range.to, metric: 'decided', format: 'xlsx' }
  const exported = await samplePair(
    async () => {
      const job = (await dispatch('exports/start', input)) as { id: string; state: string }
      for (;;) {
        const s = (await dispatch('exports/status', { jobId: job.id })) as { state: string }
        if (s.state !== 'running') break
        await new Promise((r) => setTimeout(r, 20))
      }
      return dispatch('exports/file', { jobId: job.id })
    },
    () => rawExcel(raw.raw().all(range.from, range.to) as unknown[][]),
    EXPORT_PLAN
  )
  return {
    rows: [
      {
        operation: 'stats/period (one year)',
        samples: stats.op,
        baseline: { label: 'raw SQL GROUP BY', samples: stats.baseline }
      },
      {
        operation: `review/report (one year, ${peers} peer rows)`,
        samples: review.op,
        baseline: { label: 'raw SQL read of the peer rows', samples: review.baseline }
      },
      {
        operation: `XLSX export of ${range.rows.toLocaleString('en-US')} cases (job)`,
        samples: exported.op,
        baseline: { label: 'raw exceljs stream', samples: exported.baseline }
      }
    ],
    notes: [
      `Statistics: ${decided} decisions in ${YEAR.from}…${YEAR.to} (synthetic case_facts, bench/facts.ts); targets ≤ 1 s for the year, ≤ 10 s for the 100,000-case XLSX.\n`
    ]
  }
}
