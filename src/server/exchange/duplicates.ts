// Likely duplicates across units: the same party (ID number or USCC), the same benchmark item and
// the same act date, recorded as two cases by two units — one violation reported twice, or two units
// acting on one act. Flagged in the report for a person to look at; nothing is merged automatically.
import type Database from 'better-sqlite3'
import type { LikelyDuplicate } from '../../shared/exchange-views'
import { prepare } from '../db/statements'
import type { VerifiedPackage } from './read-package'
import type { Row } from './records'

const MAX_LISTED = 200

type Match = { id: string; case_number: string; origin_unit: string }

export function likelyDuplicates(db: Database.Database, pkg: VerifiedPackage): LikelyDuplicate[] {
  const cases = new Map<string, Row>()
  for (const { r } of pkg.records.get('case') ?? []) {
    if (r.deleted_at === null) cases.set(String(r.id), r)
  }
  // The latest evaluation of each case names its item and act date.
  const latest = new Map<string, Row>()
  for (const { r } of pkg.records.get('evaluation') ?? []) {
    const prev = latest.get(String(r.case_id))
    if (!prev || String(r.created_at) > String(prev.created_at)) latest.set(String(r.case_id), r)
  }
  // From the party's identifier (indexed) to its cases, then the item and date of each: a party has
  // few cases, while an item on a date may have many.
  const find = prepare(
    db,
    `SELECT c.id, c.case_number, c.origin_unit FROM parties p JOIN cases c ON c.id = p.case_id
      WHERE p.id_number = @key AND c.origin_unit <> @unit AND c.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM case_evaluations e
                     WHERE e.case_id = c.id AND e.item_code = @item AND e.act_date = @date)
     UNION
     SELECT c.id, c.case_number, c.origin_unit FROM parties p JOIN cases c ON c.id = p.case_id
      WHERE p.uscc = @key AND c.origin_unit <> @unit AND c.deleted_at IS NULL
        AND EXISTS (SELECT 1 FROM case_evaluations e
                     WHERE e.case_id = c.id AND e.item_code = @item AND e.act_date = @date)
     LIMIT 5`
  )
  const out: LikelyDuplicate[] = []
  const pairs = new Set<string>()
  for (const [caseId, ev] of latest) {
    const c = cases.get(caseId)
    if (!c) continue
    for (const p of c.parties as Row[]) {
      const key = (p.id_number ?? p.uscc) as string | null
      if (!key) continue
      const q = { item: ev.item_code, date: ev.act_date, unit: c.origin_unit, key }
      for (const other of find.all(q) as Match[]) {
        const pair = [caseId, other.id].sort().join('|')
        if (pairs.has(pair)) continue
        pairs.add(pair)
        out.push({
          caseId,
          caseNumber: String(c.case_number),
          unitCode: String(c.origin_unit),
          otherCaseId: other.id,
          otherCaseNumber: other.case_number,
          otherUnitCode: other.origin_unit,
          party: key,
          itemCode: String(ev.item_code),
          actDate: String(ev.act_date)
        })
        if (out.length >= MAX_LISTED) return out
      }
    }
  }
  return out
}
