// How many live cases the list's filters select (`cases/count`). The list pages by key and never
// counts; the count is a separate call, so the first page does not wait for it. Plans:
//   no filter, or a status only: the tally the triggers keep (tally.ts), a sum of at most 12 rows;
//   other filters without search text: one count over the list's indexes (a date range or an officer
//     is an index range, never the whole register);
//   search text: the list's rare plan — the index's candidates, each case looked up by row number
//     and tested exactly as the list tests it — so the count is the number of rows the list shows.
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import type { Fragment } from './search'
import {
  filterConditions,
  LIST_TUNING,
  rankTerms,
  searchConditions,
  type ListFilter,
  type ListOptions
} from './list'
import { tallied } from './tally'

export type CountFilter = Omit<ListFilter, 'after' | 'limit'>

export function countCases(
  db: Database.Database,
  filter: CountFilter,
  options: ListOptions = {}
): number {
  const { tuning = LIST_TUNING, trace } = options
  const listFilter: ListFilter = { ...filter, limit: 1 }
  const terms = rankTerms(db, listFilter, tuning, trace)
  const [driver] = terms
  if (!driver && !filter.from && !filter.to && !filter.officerId) {
    return tallied(db, filter.status)
  }
  if (driver?.rows?.length === 0) return 0
  const { sql, params } = driver
    ? countOf([...filterConditions(listFilter, true), ...searchConditions('rare', terms)])
    : filter.officerId
      ? officerCount(listFilter, filter.officerId)
      : countOf(filterConditions(listFilter, false))
  trace?.(sql, params)
  return prepare(db, sql)
    .pluck()
    .get(...params) as number
}

function countOf(parts: readonly Fragment[]): Fragment {
  return {
    sql: `SELECT count(*) FROM cases c WHERE ${parts.map((p) => p.sql).join(' AND ')}`,
    params: parts.flatMap((p) => p.params)
  }
}

/**
 * An officer's cases as the sum of the cases they lead and those they assist: one range of each
 * officer index. A case has two different officers (CHECK on cases), so none is counted twice; the
 * list's `officer1_id = ? OR officer2_id = ?` may be planned as a scan of the register instead.
 */
function officerCount(filter: ListFilter, officerId: string): Fragment {
  const others = filterConditions({ ...filter, officerId: undefined }, false)
  const byColumn = (col: 'officer1_id' | 'officer2_id') =>
    countOf([...others, { sql: `c.${col} = ?`, params: [officerId] }])
  const first = byColumn('officer1_id')
  const second = byColumn('officer2_id')
  return {
    sql: `SELECT (${first.sql}) + (${second.sql})`,
    params: [...first.params, ...second.params]
  }
}
