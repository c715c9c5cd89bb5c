// Likely duplicates across units: the same party (ID number or USCC), the same benchmark item and
// the same act date, recorded as two cases by two units — one violation reported twice, or two units
// acting on one act. Flagged in the report for a person to look at; nothing is merged automatically.
import type Database from 'better-sqlite3'
import type { LikelyDuplicate } from '../../shared/exchange-views'
import type { VerifiedPackage } from './read-package'
import type { Row } from './records'

const MAX_LISTED = 200

type Match = {
  case_id: string
  case_number: string
  unit: string
  other_id: string
  other_number: string
  other_unit: string
  party: string
  item: string
  act_date: string
}

/** One pass in SQL over the package's (case, party, item, date) keys: from the party's identifier
 * (indexed) to its cases, then the item and date of each — a party has few cases, while an item on
 * a date may have many. */
const MATCHES = `
  WITH incoming AS (
    SELECT j.value ->> '$.c' AS case_id, j.value ->> '$.n' AS case_number, j.value ->> '$.u' AS unit,
           j.value ->> '$.k' AS party, j.value ->> '$.i' AS item, j.value ->> '$.d' AS act_date
      FROM json_each(?) j)
  SELECT i.case_id, i.case_number, i.unit, c.id AS other_id, c.case_number AS other_number,
         c.origin_unit AS other_unit, i.party, i.item, i.act_date
    FROM incoming i
    -- Not the case's own party (the import has just written it): its case is never a duplicate
    -- of itself, and most matches are these, each a lookup of the case saved.
    JOIN parties p ON (p.id_number = i.party OR p.uscc = i.party) AND p.case_id <> i.case_id
    JOIN cases c ON c.id = p.case_id
   WHERE c.origin_unit <> i.unit AND c.deleted_at IS NULL
     -- By the case's own evaluations (unary + keeps SQLite off the item index, where one item on
     -- one date may have hundreds of rows in a province).
     AND EXISTS (SELECT 1 FROM case_evaluations e
                  WHERE e.case_id = c.id AND +e.item_code = i.item AND +e.act_date = i.act_date)
   LIMIT ${MAX_LISTED * 2}`

export function likelyDuplicates(db: Database.Database, pkg: VerifiedPackage): LikelyDuplicate[] {
  // The latest evaluation of each case names its item and act date.
  const latest = new Map<string, Row>()
  for (const { r } of pkg.records.get('evaluation') ?? []) {
    const prev = latest.get(String(r.case_id))
    if (!prev || String(r.created_at) > String(prev.created_at)) latest.set(String(r.case_id), r)
  }
  const keys: Record<string, unknown>[] = []
  for (const { r: c } of pkg.records.get('case') ?? []) {
    const ev = latest.get(String(c.id))
    if (!ev || c.deleted_at !== null) continue
    for (const p of c.parties as Row[]) {
      const party = p.id_number ?? p.uscc
      if (typeof party !== 'string') continue
      keys.push({
        c: c.id,
        n: c.case_number,
        u: c.origin_unit,
        k: party,
        i: ev.item_code,
        d: ev.act_date
      })
    }
  }
  if (keys.length === 0) return []
  const out: LikelyDuplicate[] = []
  const pairs = new Set<string>()
  for (const m of db.prepare(MATCHES).all(JSON.stringify(keys)) as Match[]) {
    const pair = [m.case_id, m.other_id].sort().join('|')
    if (pairs.has(pair)) continue
    pairs.add(pair)
    out.push({
      caseId: m.case_id,
      caseNumber: m.case_number,
      unitCode: m.unit,
      otherCaseId: m.other_id,
      otherCaseNumber: m.other_number,
      otherUnitCode: m.other_unit,
      party: m.party,
      itemCode: m.item,
      actDate: m.act_date
    })
    if (out.length >= MAX_LISTED) break
  }
  return out
}
