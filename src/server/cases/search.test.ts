// Full-text search of the case list (issue 10): every query plan returns exactly the cases whose
// indexed text contains the query (ASCII case ignored), in the list's order, page after page; the plans
// use the indexes they were written for; and migration 0100 carries an existing index over.
import Database from 'better-sqlite3'
import { beforeAll, describe, expect, it } from 'vitest'
import type { CaseStatus } from '../../core/cases/vocabulary'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import type { PartyInput } from '../../shared/schemas/party'
import { migrate } from '../db/migrate'
import { MIGRATIONS } from '../db/migrations'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'
import { countCases } from './count'
import { LIST_TUNING, listCaseSummaries, type ListFilter, type ListTuning } from './list'
import { recountTally } from './tally'

/** Every plan on its own: the rare one, the common walk without a budget, and the in-between one. */
const TUNINGS: Record<string, ListTuning> = {
  default: LIST_TUNING,
  rare: { ...LIST_TUNING, rare: 1e9 },
  common: { rare: 0, budgetPerRow: 1e6, maxBudget: 1e9, firstStepPerRow: 1e6 },
  between: { rare: 0, budgetPerRow: 0, maxBudget: 1, firstStepPerRow: 1 },
  // A step or two of the walk within a small budget, then the in-between plan.
  steps: { rare: 0, budgetPerRow: 2, maxBudget: 1e9, firstStepPerRow: 1 },
  // Short steps, each as long as the matches so far say, with no budget to stop them.
  walk: { rare: 0, budgetPerRow: 1e6, maxBudget: 1e9, firstStepPerRow: 0.25 }
}

// Words the case texts are made of: 1–3-character overlaps, ASCII in both cases, a non-ASCII letter
// with case, LIKE's special characters, and a rare character.
const WORDS = [
  '超市',
  '明码标价',
  '标价签',
  '价格',
  '过期食品',
  '市场',
  'ABC',
  'abc',
  'Ωmega',
  'ωmega'
]
const RARE_WORDS = ['罍', '%', '_', '\\', '"']
const PERSONS = ['张伟', '王芳', '李超', '赵市场']
const ORGS = ['晴川超市有限公司', '龟山药房', '汉阳造文创', '钟家村餐馆']
const REPRESENTATIVES = ['李明', '黄博文', '罍', '王Ab']
const ORG_CODES = ['MA4KXY12', 'MA4KXY13', 'MA4KXW14', 'MB0143AB']

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let x = Math.imul(a ^ (a >>> 15), 1 | a)
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296
  }
}

function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)] as T
}

function party(next: () => number): PartyInput {
  if (next() < 0.4) {
    const name = pick(next, PERSONS)
    return { kind: 'person', name, idNumber: '11010519491231002X', address: '汉阳', contact: '' }
  }
  return {
    kind: 'organisation',
    name: pick(next, ORGS),
    uscc: makeUscc('420105', pick(next, ORG_CODES)),
    legalRepresentative: pick(next, REPRESENTATIVES),
    address: '武汉市汉阳区',
    contact: '13800000000'
  }
}

function caseInput(next: () => number, i: number, officers: [string, string]): CaseCreateInput {
  const words = Array.from({ length: 2 + Math.floor(next() * 4) }, () => pick(next, WORDS))
  // Every fourth case ends its facts with a rare word: the end of a column begins no trigram.
  if (i % 4 === 0) words.push(pick(next, RARE_WORDS))
  const day = String(1 + Math.floor(next() * 20)).padStart(2, '0')
  const filed = next() < 0.8
  return {
    cause: next() < 0.5 ? '未按规定明码标价' : '销售过期食品',
    source: 'inspection',
    discoveredOn: `2026-01-${day}`,
    violationOn: `2026-01-${day}`,
    // Several cases share a date: the id breaks the tie.
    filedOn: filed ? `2026-02-${day}` : null,
    facts: words.join(''),
    officerIds: officers,
    parties: Array.from({ length: 1 + Math.floor(next() * 2) }, () => party(next))
  }
}

type Indexed = {
  id: string
  sort_on: string
  status: CaseStatus
  officer1_id: string
  officer2_id: string
  parties: string
  body: string
}

let t: TestServer
let officers: { id: string; token: string }[]
let indexed: Indexed[]

beforeAll(async () => {
  t = await makeTestServer()
  officers = []
  for (const name of ['zhangwei', 'wangfang', 'lina']) {
    const u = await t.addUser(name, ['officer'])
    officers.push({ id: u.user.id, token: u.token })
  }
  const next = random(7)
  const ids: string[] = []
  for (let i = 0; i < 48; i++) {
    const a = officers[i % 3]!
    const b = officers[(i + 1) % 3]!
    ids.push((await t.call('cases/create', caseInput(next, i, [a.id, b.id]), a.token)).id)
  }
  // Deleted cases leave the index and the list; an edited case is indexed with its new text.
  // Each by its first officer (case i: officers i mod 3 and i + 1 mod 3).
  for (const [i, id] of ids.slice(0, 4).entries()) {
    await t.call('cases/delete', { id, rev: 1, reason: '重复录入' }, officers[i % 3]!.token)
  }
  const edited = await t.call('cases/get', { id: ids[4]! }, officers[1]!.token)
  await t.call(
    'cases/update',
    {
      id: edited.id,
      rev: edited.rev,
      cause: edited.cause,
      source: edited.source,
      discoveredOn: edited.discoveredOn,
      filedOn: edited.filedOn,
      violationOn: edited.violationOn,
      officerIds: edited.officers.map((o) => o.id),
      facts: '改正后的事实：现场检查未发现问题',
      parties: [
        {
          kind: 'person',
          name: '琴台书店',
          idNumber: '11010519491231002X',
          address: '',
          contact: ''
        }
      ]
    },
    officers[1]!.token
  )
  indexed = t.server.deps.db
    .prepare(
      `SELECT c.id, c.sort_on, c.status, c.officer1_id, c.officer2_id, s.parties, s.body
         FROM cases c JOIN case_search s ON s.rowid = c.row_no WHERE c.deleted_at IS NULL`
    )
    .all() as Indexed[]
}, 60_000)

const foldAscii = (s: string) => s.replace(/[A-Z]/g, (ch) => ch.toLowerCase())

/** The oracle: the live cases whose indexed text contains every query, in the list's order. */
function expected(filter: Omit<ListFilter, 'limit' | 'after'>): string[] {
  const has = (text: string, query: string) => foldAscii(text).includes(foldAscii(query))
  return indexed
    .filter(
      (c) =>
        (!filter.status || c.status === filter.status) &&
        (!filter.from || c.sort_on >= filter.from) &&
        (!filter.to || c.sort_on <= filter.to) &&
        (!filter.officerId ||
          c.officer1_id === filter.officerId ||
          c.officer2_id === filter.officerId) &&
        (!filter.party || has(c.parties, filter.party)) &&
        (!filter.text || has(c.parties, filter.text) || has(c.body, filter.text))
    )
    .sort((x, y) =>
      x.sort_on === y.sort_on ? (x.id < y.id ? 1 : -1) : x.sort_on < y.sort_on ? 1 : -1
    )
    .map((c) => c.id)
}

/** Every page of the list, each continuing after the last row of the one before (as the handler does). */
function allPages(
  filter: Omit<ListFilter, 'limit' | 'after'>,
  tuning: ListTuning,
  limit = 4
): string[] {
  const out: string[] = []
  let after: ListFilter['after']
  for (;;) {
    const page = listCaseSummaries(t.server.deps.db, { ...filter, after, limit }, { tuning })
    out.push(...page.map((c) => c.id))
    const last = page.at(-1)
    if (page.length < limit || !last) return out
    after = { sortOn: last.filedOn ?? last.discoveredOn, id: last.id }
  }
}

const QUERIES = [
  // 1 character: common, rare, at the very end of a column, ASCII, non-ASCII with case, LIKE's specials
  '超',
  '罍',
  '文',
  'a',
  'B',
  'Ω',
  '%',
  '_',
  '\\',
  '"',
  // 2 characters
  '超市',
  '博文',
  '市场',
  'ab',
  'AB',
  'Ωm',
  'ωm',
  '明码',
  '书店',
  '晴川',
  // 3 and more
  '明码标价',
  '有限公司',
  'abc',
  'ABC',
  'Ωme',
  'ma4kxy',
  '黄博文',
  '晴川超市有限公司',
  '明"码',
  '不存在的词'
]

describe('cases/list search', () => {
  it('finds exactly the matching cases, in list order, across pages, with every plan', () => {
    expect(indexed.length).toBe(44)
    for (const query of QUERIES) {
      for (const filter of [{ text: query }, { party: query }]) {
        const want = expected(filter)
        for (const [name, tuning] of Object.entries(TUNINGS)) {
          expect({ query, filter, name, got: allPages(filter, tuning) }).toEqual({
            query,
            filter,
            name,
            got: want
          })
        }
      }
    }
    // The oracle is not vacuous: some queries match many cases, the end-of-column ones match too.
    expect(expected({ text: '超' }).length).toBeGreaterThan(20)
    expect(expected({ party: '博文' }).length).toBeGreaterThan(0)
    expect(expected({ text: '罍' }).length).toBeGreaterThan(0)
    expect(expected({ text: 'Ωme' })).not.toEqual(expected({ text: 'ωme' }))
  })

  it('combines search with the status, date and officer filters and both search fields', () => {
    const filters: Omit<ListFilter, 'limit' | 'after'>[] = [
      { text: '超市', status: 'REGISTERED' },
      { text: '价', status: 'FILED', from: '2026-02-05', to: '2026-02-15' },
      { text: '明码标价', officerId: officers[1]!.id },
      { party: '超', text: '过期' },
      { party: '有限公司', text: 'a', officerId: officers[2]!.id },
      { party: 'ma4kxy1', text: '价格', from: '2026-01-01', to: '2026-02-10' }
    ]
    for (const filter of filters) {
      const want = expected(filter)
      for (const [name, tuning] of Object.entries(TUNINGS)) {
        for (const limit of [1, 3, 50]) {
          expect({ filter, name, limit, got: allPages(filter, tuning, limit) }).toEqual({
            filter,
            name,
            limit,
            got: want
          })
        }
      }
    }
  })

  it('excludes deleted cases and the old text of an edited case', async () => {
    const token = officers[0]!.token
    const old = await t.call('cases/list', { party: '琴台书店' }, token)
    expect(old.items.map((c) => c.partyNames)).toEqual([['琴台书店']])
    const deleted = t.server.deps.db
      .prepare('SELECT id FROM cases WHERE deleted_at IS NOT NULL')
      .all() as { id: string }[]
    expect(deleted).toHaveLength(4)
    const everything = [
      ...allPages({ text: '超' }, LIST_TUNING),
      ...allPages({ text: 'a' }, LIST_TUNING)
    ]
    for (const { id } of deleted) expect(everything).not.toContain(id)
  })

  it('pages through the handler with its cursor, without gaps or repeats', async () => {
    const token = officers[0]!.token
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await t.call(
        'cases/list',
        { text: '超', limit: 5, ...(cursor ? { cursor } : {}) },
        token
      )
      seen.push(...page.items.map((c) => c.id))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toEqual(expected({ text: '超' }))
  })
})

describe('cases/count', () => {
  const COUNT_FILTERS: Omit<ListFilter, 'limit' | 'after'>[] = [
    {},
    { status: 'FILED' },
    { status: 'REGISTERED' },
    { status: 'CLOSED' },
    { from: '2026-02-05', to: '2026-02-15' },
    { officerId: '' },
    { text: '超市', status: 'REGISTERED' },
    { text: '价', status: 'FILED', from: '2026-02-05', to: '2026-02-15' },
    { party: '有限公司', text: 'a' },
    { party: 'ma4kxy1', text: '价格', from: '2026-01-01', to: '2026-02-10' }
  ]

  it('counts exactly the cases the list shows, for every filter and query, with either plan', () => {
    const filters = [
      ...COUNT_FILTERS.map((f) => (f.officerId === '' ? { officerId: officers[1]!.id } : f)),
      ...QUERIES.flatMap((query) => [{ text: query }, { party: query }])
    ]
    for (const filter of filters) {
      const want = expected(filter).length
      for (const name of ['default', 'rare', 'common'] as const) {
        const got = countCases(t.server.deps.db, filter, { tuning: TUNINGS[name]! })
        expect({ filter, name, got }).toEqual({ filter, name, got: want })
      }
    }
    expect(expected({}).length).toBe(44)
  })

  it('answers through the handler, and the status tally follows creation, deletion and edits', async () => {
    const token = officers[0]!.token
    const before = await t.call('cases/count', {}, token)
    expect(before.count).toBe(expected({}).length)
    const filed = (await t.call('cases/count', { status: 'FILED' }, token)).count
    expect(filed).toBe(expected({ status: 'FILED' }).length)
    const db = t.server.deps.db
    // A status change, a deletion and a restoration straight in SQL: the triggers keep the tally.
    const row = db
      .prepare("SELECT id FROM cases WHERE status = 'FILED' AND deleted_at IS NULL LIMIT 1")
      .get() as { id: string }
    db.prepare("UPDATE cases SET status = 'CLOSED' WHERE id = ?").run(row.id)
    expect((await t.call('cases/count', { status: 'FILED' }, token)).count).toBe(filed - 1)
    expect((await t.call('cases/count', { status: 'CLOSED' }, token)).count).toBe(1)
    db.prepare("UPDATE cases SET deleted_at = '2026-03-01T00:00:00.000Z' WHERE id = ?").run(row.id)
    expect((await t.call('cases/count', { status: 'CLOSED' }, token)).count).toBe(0)
    expect((await t.call('cases/count', {}, token)).count).toBe(before.count - 1)
    db.prepare("UPDATE cases SET deleted_at = NULL, status = 'FILED' WHERE id = ?").run(row.id)
    expect((await t.call('cases/count', { status: 'FILED' }, token)).count).toBe(filed)
    // Counting the register again gives the same tally as the triggers kept.
    const tally = () => db.prepare('SELECT status, live FROM case_tally ORDER BY status').all()
    const kept = tally()
    db.prepare('UPDATE case_tally SET live = 0').run()
    recountTally(db)
    expect(tally()).toEqual(kept)
  })

  it('never scans the register: the tally, an index range, or the search candidates', () => {
    const db = t.server.deps.db
    const plansOf = (filter: Omit<ListFilter, 'limit' | 'after'>) => {
      const statements: { sql: string; params: readonly unknown[] }[] = []
      countCases(db, filter, { trace: (sql, params) => statements.push({ sql, params }) })
      return statements.map(({ sql, params }) =>
        (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
          .map((r) => r.detail)
          .join(' | ')
      )
    }
    // No statement traced: the register and a status are read from the tally.
    expect(plansOf({})).toEqual([])
    expect(plansOf({ status: 'FILED' })).toEqual([])
    const [range] = plansOf({ from: '2026-02-01', to: '2026-02-10' })
    expect(range).toMatch(
      /^SEARCH c USING (COVERING )?INDEX cases_live_sort \(sort_on>\? AND sort_on<\?\)/
    )
    const [byOfficer] = plansOf({ officerId: officers[0]!.id })
    expect(byOfficer).toMatch(/cases_live_officer1 \(officer1_id=\?\)/)
    expect(byOfficer).toMatch(/cases_live_officer2 \(officer2_id=\?\)/)
    const [, searched] = plansOf({ text: '明码标价', status: 'FILED' })
    expect(searched).toMatch(/^SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\)/)
    for (const plan of [range, byOfficer, searched]) expect(plan).not.toMatch(/^SCAN c/)
  })
})

/** The plans of every statement a listing runs, as one string each. */
function plans(filter: Omit<ListFilter, 'limit'>, tuning: ListTuning): string[] {
  const db = t.server.deps.db
  const statements: { sql: string; params: readonly unknown[] }[] = []
  listCaseSummaries(
    db,
    { ...filter, limit: 51 },
    { tuning, trace: (sql, params) => statements.push({ sql, params }) }
  )
  return statements.map(({ sql, params }) =>
    (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as { detail: string }[])
      .map((r) => r.detail)
      .join(' | ')
  )
}

/** fts5vocab's plan number: bit 0x200 = term >= ?, 0x400 = term <= ? (a range read, not a scan). */
function vocabRange(plan: string): boolean {
  const m = /case_search_terms VIRTUAL TABLE INDEX (\d+)/.exec(plan)
  return m !== null && (Number(m[1]) & 0x600) === 0x600
}

describe('cases/list search query plans', () => {
  it('rare: reads the candidates from the index once, then the cases by row number', () => {
    const [read3, page3] = plans({ text: '黄博文' }, TUNINGS.rare!)
    expect(read3).toMatch(/case_search_text VIRTUAL TABLE INDEX 0:M/)
    expect(page3).toMatch(
      /^SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY 1 \| SCAN json_each/
    )
    expect(page3).not.toMatch(/case_search_text VIRTUAL TABLE INDEX 0:M/)
    const [read2, page2] = plans(
      { party: '博文', status: 'FILED', from: '2026-02-01' },
      TUNINGS.rare!
    )
    expect(vocabRange(read2!)).toBe(true)
    expect(page2).toMatch(
      /^SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY 1 \| SCAN json_each/
    )
  })

  it('common: walks the list index in order, reading one text per case by rowid, no sort', () => {
    // A budget smaller than the register: the walk stops at the budget's boundary.
    const walk = { rare: 0, budgetPerRow: 1, maxBudget: 10, firstStepPerRow: 1 }
    const [, keyAt, page] = plans({ text: '明码标价' }, walk)
    expect(keyAt).toMatch(/^SCAN c USING (COVERING )?INDEX cases_live_sort$/)
    expect(page).toMatch(/^SEARCH c USING INDEX cases_live_sort \(\(sort_on,id\)>\(\?,\?\)\)/)
    // The text test looks the row up by rowid (0:=); a LIKE handed to FTS5 would show as 0:L.
    expect(page).toMatch(/SCAN s EXISTS VIRTUAL TABLE INDEX 0:=$/)
    expect(page).not.toMatch(/TEMP B-TREE/)
    const [, , byStatus] = plans({ text: 'abc', status: 'FILED' }, walk)
    expect(byStatus).toMatch(/^SEARCH c USING INDEX cases_live_status \(status=\? AND/)
    expect(byStatus).toMatch(/VIRTUAL TABLE INDEX 0:=$/)
    expect(byStatus).not.toMatch(/TEMP B-TREE/)
  })

  it('in between: walks the list index and probes the candidate set built once', () => {
    const [, , , between] = plans({ text: '明码标价' }, TUNINGS.between!)
    expect(between).toMatch(
      /^SEARCH c USING INDEX cases_live_sort \(\(sort_on,id\)<\(\?,\?\)\) \| LIST SUBQUERY/
    )
    expect(between).toMatch(/case_search_text VIRTUAL TABLE INDEX 0:M/)
    expect(between).not.toMatch(/TEMP B-TREE/)
    const [, , , short] = plans({ text: '超市', status: 'FILED' }, TUNINGS.between!)
    expect(short).toMatch(/^SEARCH c USING INDEX cases_live_status/)
    expect(vocabRange(short!)).toBe(true)
  })

  it('a short query with a non-ASCII letter that has case: walks, then reads all the text once', () => {
    const [keyAt, walk, rest] = plans({ text: 'Ω' }, TUNINGS.between!)
    expect(keyAt).toMatch(/^SCAN c USING (COVERING )?INDEX cases_live_sort$/)
    expect(walk).toMatch(/^SEARCH c USING INDEX cases_live_sort .*VIRTUAL TABLE INDEX 0:=$/)
    // One scan of the index table (no MATCH, no LIKE handed to FTS5), its cases looked up and sorted.
    expect(rest).toMatch(
      /^SEARCH c USING INTEGER PRIMARY KEY \(rowid=\?\) \| LIST SUBQUERY 1 \| SCAN s VIRTUAL TABLE INDEX 0: \|/
    )
  })
})

describe('migration 0100', () => {
  it('carries the index over, padded, behind a view that reads and writes as before', () => {
    const db = new Database(':memory:')
    migrate(
      db,
      MIGRATIONS.filter((m) => m.version < 100)
    )
    const insert = db.prepare('INSERT INTO case_search (rowid, parties, body) VALUES (?, ?, ?)')
    insert.run(
      7,
      '晴川超市有限公司 91420105MA4KXY120X 黄博文',
      '汉阳市监立〔2026〕1号\n未按规定明码标价\n罍'
    )
    insert.run(9, '张伟 11010519491231002X ', '汉阳市监立〔2026〕2号\n销售过期食品\n经查')
    migrate(db)
    expect(db.prepare('SELECT rowid, parties, body FROM case_search ORDER BY rowid').all()).toEqual(
      [
        {
          rowid: 7,
          parties: '晴川超市有限公司 91420105MA4KXY120X 黄博文',
          body: '汉阳市监立〔2026〕1号\n未按规定明码标价\n罍'
        },
        {
          rowid: 9,
          parties: '张伟 11010519491231002X ',
          body: '汉阳市监立〔2026〕2号\n销售过期食品\n经查'
        }
      ]
    )
    const stored = db.prepare('SELECT parties FROM case_search_text WHERE rowid = 7').get() as {
      parties: string
    }
    expect(stored.parties.endsWith('\u001f\u001f')).toBe(true)
    // The last characters of a column now begin a trigram: 1–2-character queries see them.
    const docs = (q: string) =>
      (
        db
          .prepare(
            'SELECT DISTINCT doc FROM case_search_terms WHERE term >= ? AND term <= ? ORDER BY doc'
          )
          .all(q, `${q}\u{10FFFF}\u{10FFFF}`) as { doc: number }[]
      ).map((r) => r.doc)
    expect(docs('博文')).toEqual([7])
    expect(docs('罍')).toEqual([7])
    expect(docs('查')).toEqual([9])
    // Writes through the view: update and delete reach the index.
    db.prepare("UPDATE case_search SET parties = '琴台书店' WHERE rowid = 9").run()
    expect(docs('书店')).toEqual([9])
    expect(docs('张伟')).toEqual([])
    db.prepare('DELETE FROM case_search WHERE rowid = 7').run()
    expect(db.prepare('SELECT rowid FROM case_search_text').all()).toEqual([{ rowid: 9 }])
  })
})
