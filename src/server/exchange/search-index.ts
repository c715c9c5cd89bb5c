// Merged cases join the full-text index like cases typed in here (cases/repo.ts indexCase): the party
// text (name, ID number or USCC, legal representative — one line per party) and the case's own text
// (number, cause, facts). Done in SQL for a whole import at once: a package brings thousands of
// cases, and one statement per case was most of an import's time.
import type Database from 'better-sqlite3'

const PARTY_TEXT = `(SELECT group_concat(p.name || ' ' ||
    coalesce(CASE p.kind WHEN 'person' THEN p.id_number ELSE p.uscc END, '') || ' ' ||
    coalesce(CASE p.kind WHEN 'organisation' THEN p.legal_representative END, ''),
    char(10) ORDER BY p.position) FROM parties p WHERE p.case_id = c.id)`

/** Re-indexes the given cases: deleted ones leave the index, live ones are (re)written. */
export function indexMergedCases(db: Database.Database, caseIds: Iterable<string>): void {
  const ids = JSON.stringify([...caseIds])
  db.prepare(
    `DELETE FROM case_search WHERE rowid IN
       (SELECT c.row_no FROM cases c WHERE c.id IN (SELECT value FROM json_each(?)))`
  ).run(ids)
  db.prepare(
    `INSERT INTO case_search (rowid, parties, body)
     SELECT c.row_no, coalesce(${PARTY_TEXT}, ''),
            c.case_number || char(10) || c.cause || char(10) || c.facts
       FROM cases c
      WHERE c.id IN (SELECT value FROM json_each(?)) AND c.deleted_at IS NULL`
  ).run(ids)
}
