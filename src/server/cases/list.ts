// The case list: filters, full-text search over Chinese text, and keyset paging.
import type Database from 'better-sqlite3'
import type { CaseStatus } from '../../core/cases/vocabulary'
import type { CaseSummary } from '../../shared/views'
import { prepare } from '../db/statements'
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './repo'

export type ListFilter = {
  status?: CaseStatus | undefined
  from?: string | undefined
  to?: string | undefined
  officerId?: string | undefined
  party?: string | undefined
  text?: string | undefined
  after?: { sortOn: string; id: string } | undefined
  limit: number
}

/** A full-text condition: trigram MATCH for 3+ characters, LIKE for shorter queries. */
function searchCondition(
  column: 'parties' | null,
  query: string
): { sql: string; params: string[] } {
  if ([...query].length >= 3) {
    const phrase = `"${query.replaceAll('"', '""')}"`
    return {
      sql: 'c.row_no IN (SELECT rowid FROM case_search WHERE case_search MATCH ?)',
      params: [column ? `${column} : ${phrase}` : phrase]
    }
  }
  // Trigram MATCH cannot see 1–2 characters; LIKE over the same table can (a scan of the index table).
  const like = `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
  return column
    ? {
        sql: `c.row_no IN (SELECT rowid FROM case_search WHERE parties LIKE ? ESCAPE '\\')`,
        params: [like]
      }
    : {
        sql: `c.row_no IN (SELECT rowid FROM case_search WHERE parties LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\')`,
        params: [like, like]
      }
}

export function listCaseSummaries(db: Database.Database, filter: ListFilter): CaseSummary[] {
  const where: string[] = ['c.deleted_at IS NULL']
  const params: unknown[] = []
  if (filter.status) {
    where.push('c.status = ?')
    params.push(filter.status)
  }
  if (filter.from) {
    where.push('c.sort_on >= ?')
    params.push(filter.from)
  }
  if (filter.to) {
    where.push('c.sort_on <= ?')
    params.push(filter.to)
  }
  if (filter.officerId) {
    where.push('(c.officer1_id = ? OR c.officer2_id = ?)')
    params.push(filter.officerId, filter.officerId)
  }
  for (const [column, query] of [
    ['parties', filter.party],
    [null, filter.text]
  ] as const) {
    if (!query) continue
    const cond = searchCondition(column, query)
    where.push(cond.sql)
    params.push(...cond.params)
  }
  if (filter.after) {
    where.push('(c.sort_on, c.id) < (?, ?)')
    params.push(filter.after.sortOn, filter.after.id)
  }
  const sql = `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${where.join(' AND ')} ORDER BY c.sort_on DESC, c.id DESC LIMIT ?`
  const rows = prepare(db, sql).all(...params, filter.limit) as SummaryRow[]
  return rows.map(toSummary)
}
