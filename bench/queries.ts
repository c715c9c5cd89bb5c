// The register's read paths through the real server (dispatch: session, permission, zod input,
// handler, envelope), each beside the equivalent raw better-sqlite3 statement on the same data in
// the same run. The raw SQL is what the cases repository runs, prepared once; the ratio is
// therefore what the layers above SQLite cost, and the raw time is what SQLite itself costs.
import type Database from 'better-sqlite3'
import { encodeCursor } from '../src/server/cases/cursor'
import type { Dataset } from './dataset'
import { FAST, sample, samplePair, SLOW, type Plan } from './measure'
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

/** Queries of the full-text search: common (many hits), rare (a party's name) and 2 characters. */
export const COMMON_QUERY = '明码标价'
export const SHORT_QUERY = '超市'

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

function phrase(query: string): string {
  return `"${query.replaceAll('"', '""')}"`
}

function likePattern(query: string): string {
  return `%${query.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`
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
  const match = db.prepare(
    `${SUMMARY} WHERE ${live}
       AND c.row_no IN (SELECT rowid FROM case_search WHERE case_search MATCH ?) ${ORDER}`
  )
  const like = db.prepare(
    `${SUMMARY} WHERE ${live} AND c.row_no IN (SELECT rowid FROM case_search
       WHERE parties LIKE ? ESCAPE '\\' OR body LIKE ? ESCAPE '\\') ${ORDER}`
  )
  const detail = db.prepare(`${DETAIL} WHERE c.id = ? AND ${live}`)
  const detailParties = db.prepare('SELECT * FROM parties WHERE case_id = ? ORDER BY position')
  const countLive = db.prepare(`SELECT count(*) AS n FROM cases c WHERE ${live}`)

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
      operation: `search "${COMMON_QUERY}" (trigram)`,
      call: () => list({ text: COMMON_QUERY }),
      raw: () => match.all(phrase(COMMON_QUERY)),
      plan: SLOW
    },
    {
      operation: 'search party name (trigram, rare)',
      call: () => list({ text: data.rareParty }),
      raw: () => match.all(phrase(data.rareParty)),
      plan: FAST
    },
    {
      operation: `search "${SHORT_QUERY}" (2 chars, LIKE)`,
      call: () => list({ text: SHORT_QUERY }),
      raw: () => like.all(likePattern(SHORT_QUERY), likePattern(SHORT_QUERY)),
      plan: SLOW
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
  const rows: Row[] = []
  for (const p of pairs) {
    const s = await samplePair(p.call, p.raw, p.plan)
    const baseline = { label: 'raw SQL', samples: s.baseline }
    rows.push({ operation: p.operation, samples: s.op, baseline })
  }
  // The list has no count (keyset pages); this is what a count of the register costs in SQLite.
  const count = await sample(() => countLive.get(), SLOW)
  rows.push({ operation: 'count live cases (raw only)', samples: count })
  return rows
}
