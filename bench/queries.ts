// The register's read paths through the real server (dispatch: session, permission, zod input,
// handler, envelope), each beside the equivalent raw better-sqlite3 statement on the same data in
// the same run. The raw SQL is what the cases repository runs, prepared once; the ratio is
// therefore what the layers above SQLite cost, and the raw time is what SQLite itself costs.
import type Database from 'better-sqlite3'
import { encodeCursor } from '../src/server/cases/cursor'
import { countCases } from '../src/server/cases/count'
import { listCaseSummaries, type ListFilter } from '../src/server/cases/list'
import type { Dataset } from './dataset'
import { FAST, samplePair, SLOW, type Plan } from './measure'
import type { Row } from './table'

const PAGE = 50
/** The handler fetches one row more than a page, to know whether another page follows. */
const FETCH = PAGE + 1

const JOINS =
  'FROM cases c JOIN users u1 ON u1.id = c.officer1_id JOIN users u2 ON u2.id = c.officer2_id'
// The same columns the list handler reads (src/server/cases/repo.ts), so the baseline is like for like.
const SUMMARY = `SELECT c.id, c.case_number, c.cause, c.source, c.status, c.discovered_on, c.filed_on,
  c.officer1_id, c.officer2_id, c.party_names, c.updated_at,
  u1.display_name AS officer1_name, u2.display_name AS officer2_name ${JOINS}`
const DETAIL = `SELECT c.*, u1.display_name AS officer1_name, u2.display_name AS officer2_name ${JOINS}`
const ORDER = `ORDER BY c.sort_on DESC, c.id DESC LIMIT ${FETCH}`

/**
 * Queries of the full-text search, one per plan of the list (src/server/cases/list.ts): a phrase in
 * about 18 % of the cases, one in under 1 %, a party's full name (a handful), and 2- and 1-character
 * queries, common and rare (the rare ones are picked from the rare party's name at run time).
 */
export const COMMON_QUERY = '明码标价'
export const MIDDLE_QUERY = '电器有限公司'
export const SHORT_QUERY = '超市'
export const CHAR_QUERY = '价'

/** Search samples: each call takes milliseconds, a few hundred pairs are enough. */
const SEARCH: Plan = { warmup: 20, minSamples: 50, maxSamples: 2_000, budgetMs: 4_000 }

type Key = { sortOn: string; id: string }

/** Keys of `count` live cases spread over the register: where the "next page" samples start. */
function pageKeys(db: Database.Database, count: number): Key[] {
  const rows = db
    .prepare(
      `SELECT sort_on AS sortOn, id FROM cases WHERE deleted_at IS NULL
       ORDER BY sort_on DESC, id DESC`
    )
    .all() as Key[]
  const step = Math.max(1, Math.floor(rows.length / count))
  return rows.filter((_, i) => i % step === step - 1).slice(0, count)
}

function caseIds(keys: readonly Key[]): string[] {
  return keys.map((k) => k.id)
}

/** Cycles through `items`, one per call, so samples do not all hit the same cached page. */
function cycle<T>(items: readonly T[]): () => T {
  let i = 0
  return () => items[i++ % items.length] as T
}

/**
 * The statements the list runs for one search (its plan: the candidates read from the index, keys,
 * pages), recorded once and prepared once, to be replayed raw: the baseline is then exactly the SQL
 * the repository ran. A one-column result (the candidates' row numbers) is read plucked, as the list
 * reads it.
 */
function replayOf(db: Database.Database, filter: Omit<ListFilter, 'limit'>): () => unknown {
  const statements: { statement: Database.Statement; params: readonly unknown[] }[] = []
  const record = (sql: string, params: readonly unknown[]) => {
    const statement = db.prepare(sql)
    statements.push({
      statement: statement.columns().length === 1 ? statement.pluck() : statement,
      params
    })
  }
  listCaseSummaries(db, { ...filter, limit: FETCH }, { trace: record })
  return () => statements.map(({ statement, params }) => statement.all(...params))
}

/** Cases whose indexed text contains `query` (the share printed beside a search row), from the index. */
function hits(db: Database.Database, query: string): number {
  const length = [...query].length
  const count =
    length >= 3
      ? db
          .prepare('SELECT count(*) AS n FROM case_search_text WHERE case_search_text MATCH ?')
          .get(`"${query}"`)
      : db
          .prepare(
            'SELECT count(DISTINCT doc) AS n FROM case_search_terms WHERE term >= ? AND term <= ?'
          )
          .get(query, query + '\u{10FFFF}'.repeat(3 - length))
  return (count as { n: number }).n
}

/** The 1- or 2-character piece of `name` found in the fewest cases: a rare short query. */
function rarest(db: Database.Database, name: string, length: 1 | 2): string {
  const chars = [...name]
  const pieces = chars
    .slice(0, chars.length - length + 1)
    .map((_, i) => chars.slice(i, i + length).join(''))
  return pieces.map((q) => ({ q, n: hits(db, q) })).sort((a, b) => a.n - b.n)[0]?.q ?? name
}

type Pair = { operation: string; call: () => Promise<unknown>; raw: () => unknown; plan: Plan }

export async function benchQueries(data: Dataset): Promise<Row[]> {
  const { db, server, token } = data
  const dispatch = async (method: string, input: unknown) => {
    const r = await server.dispatch(method, input, token)
    if (!r.ok) throw new Error(`${method}: ${r.error.code} ${r.error.message}`)
    return r.value
  }
  // Each side walks its own copy of the same sequence: sample i of both reads the same page.
  const keys = pageKeys(db, 500)
  const ids = caseIds(keys).reverse()
  const [opKey, rawKey] = [cycle(keys), cycle(keys)]
  const [opId, rawId] = [cycle(ids), cycle(ids)]
  const live = 'c.deleted_at IS NULL'
  const firstPage = db.prepare(`${SUMMARY} WHERE ${live} ${ORDER}`)
  const afterKey = db.prepare(`${SUMMARY} WHERE ${live} AND (c.sort_on, c.id) < (?, ?) ${ORDER}`)
  const byStatus = db.prepare(`${SUMMARY} WHERE ${live} AND c.status = ? ${ORDER}`)
  const detail = db.prepare(`${DETAIL} WHERE c.id = ? AND ${live}`)
  const detailParties = db.prepare('SELECT * FROM parties WHERE case_id = ? ORDER BY position')

  const list = (input: object) => dispatch('cases/list', { limit: PAGE, ...input })
  const pairs: Pair[] = [
    {
      operation: 'cases/list first page',
      call: () => list({}),
      raw: () => firstPage.all(),
      plan: FAST
    },
    {
      operation: 'cases/list next page (keyset)',
      call: () => list({ cursor: encodeCursor(opKey()) }),
      raw: () => {
        const k = rawKey()
        return afterKey.all(k.sortOn, k.id)
      },
      plan: FAST
    },
    {
      operation: 'cases/list status=REGISTERED',
      call: () => list({ status: 'REGISTERED' }),
      raw: () => byStatus.all('REGISTERED'),
      plan: FAST
    },
    {
      operation: 'cases/list status=FILED',
      call: () => list({ status: 'FILED' }),
      raw: () => byStatus.all('FILED'),
      plan: FAST
    },
    {
      operation: 'cases/get (detail)',
      call: () => dispatch('cases/get', { id: opId() }),
      raw: () => {
        const id = rawId()
        return [detail.get(id), detailParties.all(id)]
      },
      plan: FAST
    }
  ]
  // The searches go before the detail row, as in the table of docs/performance.md.
  pairs.splice(pairs.length - 1, 0, ...searchPairs(data, list))
  const rows: Row[] = []
  for (const p of pairs) {
    const s = await samplePair(p.call, p.raw, p.plan)
    const baseline = { label: 'raw SQL', samples: s.baseline }
    rows.push({ operation: p.operation, samples: s.op, baseline })
  }
  rows.push(...(await countRows(data, dispatch)))
  return rows
}

/**
 * `cases/count` (the total beside the list): the register and a status from the tally, a date range
 * from the list's index, a search through its candidates; each beside SQLite counting the same
 * cases from the register itself (for the search: the statements the count ran, replayed raw).
 */
async function countRows(
  data: Dataset,
  dispatch: (method: string, input: unknown) => Promise<unknown>
): Promise<Row[]> {
  const { db } = data
  const live = 'c.deleted_at IS NULL'
  const countAll = db.prepare(`SELECT count(*) FROM cases c WHERE ${live}`).pluck()
  const countStatus = db.prepare(`SELECT count(*) FROM cases c WHERE ${live} AND c.status = ?`)
  const countRange = db.prepare(
    `SELECT count(*) FROM cases c WHERE ${live} AND c.sort_on >= ? AND c.sort_on <= ?`
  )
  const month = { from: '2025-06-01', to: '2025-06-30' }
  const searched: { statement: Database.Statement; params: readonly unknown[] }[] = []
  countCases(
    db,
    { text: COMMON_QUERY },
    { trace: (sql, params) => searched.push({ statement: db.prepare(sql).pluck(), params }) }
  )
  const pairs: Omit<Pair, 'plan'>[] = [
    {
      operation: 'cases/count, the whole register',
      call: () => dispatch('cases/count', {}),
      raw: () => countAll.get()
    },
    {
      operation: 'cases/count status=FILED',
      call: () => dispatch('cases/count', { status: 'FILED' }),
      raw: () => countStatus.pluck().get('FILED')
    },
    {
      operation: `cases/count ${month.from}…${month.to}`,
      call: () => dispatch('cases/count', month),
      raw: () => countRange.pluck().get(month.from, month.to)
    },
    {
      operation: `cases/count search "${COMMON_QUERY}"`,
      call: () => dispatch('cases/count', { text: COMMON_QUERY }),
      raw: () => searched.map(({ statement, params }) => statement.all(...params))
    }
  ]
  const rows: Row[] = []
  for (const p of pairs) {
    const s = await samplePair(p.call, p.raw, SLOW)
    const baseline = {
      label: p.operation.includes('search') ? 'raw SQL' : 'raw SQL count of the register',
      samples: s.baseline
    }
    rows.push({ operation: p.operation, samples: s.op, baseline })
  }
  return rows
}

/** One row per plan of the list's search; the share of cases found is measured, not assumed. */
function searchPairs(data: Dataset, list: (input: object) => Promise<unknown>): Pair[] {
  const { db } = data
  const live = data.liveCases
  const share = (q: string) => {
    const n = hits(db, q)
    return n * 100 >= live
      ? `${((n * 100) / live).toFixed(1)} %`
      : `${n.toLocaleString('en-US')} cases`
  }
  const rare2 = rarest(db, data.rareParty, 2)
  const rare1 = rarest(db, data.rareParty, 1)
  const searches: { label: string; filter: { text: string } }[] = [
    {
      label: `"${COMMON_QUERY}" (4 chars, ${share(COMMON_QUERY)})`,
      filter: { text: COMMON_QUERY }
    },
    {
      label: `"${MIDDLE_QUERY}" (6 chars, ${share(MIDDLE_QUERY)})`,
      filter: { text: MIDDLE_QUERY }
    },
    { label: `party name (${share(data.rareParty)})`, filter: { text: data.rareParty } },
    { label: `"${SHORT_QUERY}" (2 chars, ${share(SHORT_QUERY)})`, filter: { text: SHORT_QUERY } },
    { label: `"${rare2}" (2 chars, ${share(rare2)})`, filter: { text: rare2 } },
    { label: `"${CHAR_QUERY}" (1 char, ${share(CHAR_QUERY)})`, filter: { text: CHAR_QUERY } },
    { label: `"${rare1}" (1 char, ${share(rare1)})`, filter: { text: rare1 } }
  ]
  return searches.map(({ label, filter }) => ({
    operation: `search ${label}`,
    call: () => list(filter),
    raw: replayOf(db, filter),
    plan: SEARCH
  }))
}
