// The full-text rows of the seeded cases, written once at the end of the load with one INSERT …
// SELECT (the text is what cases/repo.ts indexCase writes: one line per party with name, ID number
// or USCC and legal representative; then 案号, 案由 and facts). FTS5 builds its segments in memory
// and flushes them as the statement runs, instead of one small segment per case.
import type Database from 'better-sqlite3'
import type { PartyInput } from '../../../shared/schemas/party'

const PARTY_TEXT = `(SELECT group_concat(p.name || ' ' ||
    coalesce(CASE p.kind WHEN 'person' THEN p.id_number ELSE p.uscc END, '') || ' ' ||
    coalesce(CASE p.kind WHEN 'organisation' THEN p.legal_representative END, ''),
    char(10) ORDER BY p.position) FROM parties p WHERE p.case_id = c.id)`

/** Indexes the live cases after row `afterRowNo`; returns how many. */
export function indexSeededCases(db: Database.Database, afterRowNo: number): number {
  db.prepare(
    `INSERT INTO case_search (rowid, parties, body)
       SELECT c.row_no, coalesce(${PARTY_TEXT}, ''),
              c.case_number || char(10) || c.cause || char(10) || c.facts
         FROM cases c
        WHERE c.row_no > ? AND c.deleted_at IS NULL
        ORDER BY c.row_no`
  ).run(afterRowNo)
  // An FTS5 INSERT reports no changes; count what it was given.
  const counted = db
    .prepare('SELECT count(*) FROM cases WHERE row_no > ? AND deleted_at IS NULL')
    .pluck()
    .get(afterRowNo)
  return Number(counted)
}

/** The highest row number of the cases table (0 when empty): seeded cases come after it. */
export function lastCaseRowNo(db: Database.Database): number {
  const row = db.prepare('SELECT coalesce(max(row_no), 0) AS n FROM cases').get() as { n: number }
  return row.n
}

/** The same party text in JavaScript, for a search row written with its case (BulkTuning). */
export function partySearchText(parties: readonly PartyInput[]): string {
  return parties
    .map((p) =>
      p.kind === 'person'
        ? [p.name, p.idNumber, ''].join(' ')
        : [p.name, p.uscc, p.legalRepresentative].join(' ')
    )
    .join('\n')
}
