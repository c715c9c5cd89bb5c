// The period statistics of the ledger and the inspection log read their date index, not the table.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from '../db/migrate'
import { INSPECTION_COUNTS_SQL } from './inspection-repo'
import { LOSS_SUMS_SQL } from './loss-repo'

function plan(sql: string): string {
  const db = new Database(':memory:')
  migrate(db)
  const rows = db
    .prepare(`EXPLAIN QUERY PLAN ${sql}`)
    .all({ from: '2026-01-01', to: '2026-12-31' }) as { detail: string }[]
  return rows.map((r) => r.detail).join('\n')
}

describe('query plans of the enterprise statistics', () => {
  it.each([
    ['loss totals', LOSS_SUMS_SQL, 'recovered_losses_date'],
    ['inspection counts', INSPECTION_COUNTS_SQL, 'enterprise_inspections_date']
  ])('%s search %s', (_name, sql, index) => {
    const detail = plan(sql)
    expect(detail).toContain(`USING INDEX ${index}`)
    expect(detail).not.toMatch(/^SCAN (recovered_losses|enterprise_inspections|i)\b/m)
  })
})
