// The case list: filters, full-text search over Chinese text, and keyset paging. The order is always
// the register's: newest sort date first, then id (descending); a page continues strictly after the
// cursor's (sort date, id). A search keeps that order and picks its query plan by how common the query
// is (issue 10):
//   rare (the index holds fewer than `rare` candidates): read the candidates from the index, look the
//     cases up by row number, then sort;
//   common: walk the register in its order and test each case's text until the page is full — in
//     steps, as far as the matches seen so far say it takes, within a budget;
//   in between (what the walk left of the page): walk on from there, testing each case against the set
//     of candidates taken from the index once. When no index can answer the query, the candidates come
//     from one read of all the indexed text instead, and are looked up and sorted as rare ones.
// Every plan computes the same predicate (search.ts), so a page is the same whichever plan ran.
import type Database from 'better-sqlite3'
import type { CaseStatus } from '../../core/cases/vocabulary'
import type { CaseSummary } from '../../shared/views'
import { prepare } from '../db/statements'
import type { CaseCursor } from './cursor'
import { SUMMARY_COLUMNS, SUMMARY_FROM, toSummary, type SummaryRow } from './repo'
import {
  candidateRows,
  containsText,
  indexCandidates,
  needsRecheck,
  scanCandidates,
  type Fragment,
  type SearchTerm
} from './search'

export type ListFilter = {
  status?: CaseStatus | undefined
  from?: string | undefined
  to?: string | undefined
  officerId?: string | undefined
  party?: string | undefined
  text?: string | undefined
  after?: CaseCursor | undefined
  limit: number
}

/** Where a search switches plans; tests lower them to run every plan over a few cases. */
export type ListTuning = {
  /** Fewer index candidates than this: the rare plan. */
  rare: number
  /** Cases the common plan may test per row of the page, at most `maxBudget`. */
  budgetPerRow: number
  maxBudget: number
  /** Of which a first step, from which the walk judges how common the query is. */
  firstStepPerRow: number
}

/**
 * Measured at 300,000 and 1,000,000 cases (docs/performance.md): the rare plan costs a few µs per
 * candidate (a row lookup and the sort), the common plan about 10 µs per case tested (the text read),
 * the in-between plan well under 1 µs per candidate and per case walked.
 */
export const LIST_TUNING: ListTuning = {
  rare: 2000,
  budgetPerRow: 40,
  maxBudget: 20_000,
  firstStepPerRow: 10
}

export type ListOptions = {
  tuning?: ListTuning
  /** Called with every statement the list runs (the bench replays them as its raw baseline). */
  trace?: (sql: string, params: readonly unknown[]) => void
}

export type Plan = 'plain' | 'rare' | 'common' | 'between'

/**
 * A search term; where its candidates come from (`indexed`: the trigram index, else one read of all the
 * text); and, when the index holds fewer than `rare` of them, their row numbers (else null).
 */
export type Ranked = { term: SearchTerm; source: Fragment; indexed: boolean; rows: number[] | null }

const ORDER = 'ORDER BY c.sort_on DESC, c.id DESC'

/**
 * The filter conditions. `hold`: the columns are written `+c.col`, so SQLite cannot drive the query from
 * their indexes — the rare plan must be driven from the index candidates.
 */
export function filterConditions(filter: ListFilter, hold: boolean, from?: CaseCursor): Fragment[] {
  const col = (name: string) => (hold ? `+c.${name}` : `c.${name}`)
  const out: Fragment[] = [{ sql: 'c.deleted_at IS NULL', params: [] }]
  if (filter.status) out.push({ sql: `${col('status')} = ?`, params: [filter.status] })
  if (filter.from) out.push({ sql: `${col('sort_on')} >= ?`, params: [filter.from] })
  if (filter.to) out.push({ sql: `${col('sort_on')} <= ?`, params: [filter.to] })
  if (filter.officerId) {
    out.push({
      sql: `(${col('officer1_id')} = ? OR ${col('officer2_id')} = ?)`,
      params: [filter.officerId, filter.officerId]
    })
  }
  if (filter.after) {
    out.push({
      sql: `(${col('sort_on')}, ${col('id')}) < (?, ?)`,
      params: [filter.after.sortOn, filter.after.id]
    })
  }
  if (from) {
    out.push({ sql: '(c.sort_on, c.id) >= (?, ?)', params: [from.sortOn, from.id] })
  }
  return out
}

function searchTerms(filter: ListFilter): SearchTerm[] {
  const terms: SearchTerm[] = []
  if (filter.party) terms.push({ column: 'parties', query: filter.party })
  if (filter.text) terms.push({ column: null, query: filter.text })
  return terms
}

/** The conditions a plan adds for the search terms. `driver` is the term read from the index. */
export function searchConditions(plan: Plan, terms: readonly Ranked[]): Fragment[] {
  const [driver, ...others] = terms
  const out: Fragment[] = []
  if (driver && plan === 'rare') {
    out.push(
      driver.rows
        ? {
            sql: 'c.row_no IN (SELECT value FROM json_each(?))',
            params: [JSON.stringify(driver.rows)]
          }
        : { sql: `c.row_no IN (${driver.source.sql})`, params: driver.source.params }
    )
    if (needsRecheck(driver.term)) out.push(containsText(driver.term))
  } else if (driver && plan === 'between') {
    // `+`: walk the list's index and probe the candidates, not the reverse.
    out.push({ sql: `+c.row_no IN (${driver.source.sql})`, params: driver.source.params })
    if (needsRecheck(driver.term)) out.push(containsText(driver.term))
  } else if (driver) {
    out.push(containsText(driver.term))
  }
  for (const other of others) out.push(containsText(other.term))
  return out
}

/** One page query of a plan. */
function pageQuery(
  plan: Plan,
  filter: ListFilter,
  terms: readonly Ranked[],
  from?: CaseCursor
): Fragment {
  const parts = [
    ...filterConditions(filter, plan === 'rare', from),
    ...searchConditions(plan, terms)
  ]
  return {
    sql: `SELECT ${SUMMARY_COLUMNS} ${SUMMARY_FROM} WHERE ${parts.map((p) => p.sql).join(' AND ')} ${ORDER} LIMIT ?`,
    params: [...parts.flatMap((p) => p.params), filter.limit]
  }
}

/** The search terms, with the candidates of the rare ones read from the index, rarest first. */
export function rankTerms(
  db: Database.Database,
  filter: ListFilter,
  tuning: ListTuning,
  trace?: ListOptions['trace']
): Ranked[] {
  return searchTerms(filter)
    .map((term) => {
      const source = indexCandidates(term)
      return source
        ? { term, source, indexed: true, rows: candidateRows(db, source, tuning.rare, trace) }
        : { term, source: scanCandidates(term), indexed: false, rows: null }
    })
    .sort((a, b) => (a.rows?.length ?? Infinity) - (b.rows?.length ?? Infinity))
}

export function listCaseSummaries(
  db: Database.Database,
  filter: ListFilter,
  options: ListOptions = {}
): CaseSummary[] {
  const { tuning = LIST_TUNING, trace } = options
  const run: Run = (plan, f, terms, from) => {
    const q = pageQuery(plan, f, terms, from)
    trace?.(q.sql, q.params)
    return prepare(db, q.sql).all(...q.params) as SummaryRow[]
  }
  const terms = rankTerms(db, filter, tuning, trace)
  const [driver] = terms
  let rows: SummaryRow[]
  if (!driver) rows = run('plain', filter, terms)
  else if (driver.rows?.length === 0) rows = []
  else if (driver.rows) rows = run('rare', filter, terms)
  else rows = walkThenBetween(db, filter, terms, tuning, run, trace)
  return rows.map(toSummary)
}

type Run = (
  plan: Plan,
  filter: ListFilter,
  terms: readonly Ranked[],
  from?: CaseCursor
) => SummaryRow[]

/**
 * A common query: the common plan over the first cases in list order, in steps, then the in-between
 * plan for what is left of the page. The first step is short; each next one is as long as the density
 * of matches seen so far says the page still needs (with a quarter more), and is taken only if the
 * walk stays within its budget — otherwise the in-between plan is cheaper. Each step ends at a key
 * (keyAt) and the next step or plan continues strictly after it: no case is read twice or skipped.
 */
function walkThenBetween(
  db: Database.Database,
  filter: ListFilter,
  terms: readonly Ranked[],
  tuning: ListTuning,
  run: Run,
  trace: ListOptions['trace']
): SummaryRow[] {
  const budget = Math.max(1, Math.min(filter.limit * tuning.budgetPerRow, tuning.maxBudget))
  const rows: SummaryRow[] = []
  let after = filter.after
  let walked = 0
  let step = Math.max(1, Math.ceil(Math.min(filter.limit * tuning.firstStepPerRow, budget)))
  while (step > 0) {
    const f = { ...filter, after, limit: filter.limit - rows.length }
    const boundary = keyAt(db, f, step, trace)
    rows.push(...run('common', f, terms, boundary ?? undefined))
    if (rows.length >= filter.limit || !boundary) return rows
    after = boundary
    walked += step
    const need = Math.ceil((((filter.limit - rows.length) * walked) / rows.length) * 1.25)
    step = rows.length > 0 && walked + need <= budget ? need : 0
  }
  // Without an index, the candidates come from reading all the text: few, as a rule (the walk did
  // not find them), so they are looked up and sorted rather than probed by a walk of the register.
  const rest = { ...filter, after, limit: filter.limit - rows.length }
  return rows.concat(run(terms[0]?.indexed === false ? 'rare' : 'between', rest, terms))
}

/**
 * The key of the `n`-th case in list order under the filters the list's indexes hold (all but the
 * officer, which would cost a row lookup per case), or null if there are fewer. Any key is a correct
 * place to split a page between two plans; this one bounds the walk of the common plan.
 */
function keyAt(
  db: Database.Database,
  filter: ListFilter,
  n: number,
  trace?: ListOptions['trace']
): CaseCursor | null {
  const parts = filterConditions({ ...filter, officerId: undefined }, false)
  const sql = `SELECT c.sort_on AS sortOn, c.id FROM cases c WHERE ${parts.map((p) => p.sql).join(' AND ')} ${ORDER} LIMIT 1 OFFSET ?`
  const params = [...parts.flatMap((p) => p.params), n - 1]
  trace?.(sql, params)
  return (prepare(db, sql).get(...params) as CaseCursor | undefined) ?? null
}
