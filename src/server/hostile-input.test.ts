// Hostile input at the one entry point every transport shares (perf-reliability-security.md C10, C12 #4).
// Whatever a compromised renderer, a forged HTTP request or a buggy client sends, the server must answer
// with an envelope (never crash, never INTERNAL, which tells the user "data was not modified" for a
// fault of ours), must not write anything when it refuses, and must not pollute Object.prototype.
import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import {
  array,
  constant,
  constantFrom,
  assert as fcAssert,
  asyncProperty,
  integer,
  jsonValue,
  nat,
  oneof,
  string,
  tuple,
  uuid,
  type Arbitrary
} from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROLES } from '../core/cases/vocabulary'
import { inputSchemas, METHODS, type Input, type Method } from '../shared/api'
import type { Envelope } from '../shared/errors'
import type { CaseCreateInput } from '../shared/schemas/cases'
import { makeTestServer, makeUscc, UNIT_CODE, type TestServer } from './test-support'

const RUNS = { numRuns: 120 }
/**
 * Methods whose shape-valid inputs run scrypt (≈ 95 ms each: login, setup, user creation, password
 * reset): fewer runs keep the file fast, and their refusal paths are the same zod code as the rest.
 */
const SLOW: readonly Method[] = ['session/login', 'users/create', 'users/reset-password']

let t: TestServer
let token = ''
let userId = ''
/**
 * One valid input per method, the starting point of the mutations. Partial, because methods are added
 * while this file stays as it is: a method without a base is still fuzzed (hostile values, and extra
 * keys on an empty object), only less deeply. Add a base here when adding a method.
 */
let bases: Partial<{ [M in Method]: Input<M> }>
let caseInput: CaseCreateInput
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort()

/** A digest of every stored row but the derived ones: the search index and the statistics projection
 * (case_facts, re-derived from the records before any count, so a read may bring it up to date). */
function fingerprint(db: Database.Database): string {
  const tables = db
    .prepare(
      "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE 'case_search_%' AND name NOT LIKE 'case_facts%' AND name <> 'audit_log' ORDER BY name"
    )
    .all() as { name: string }[]
  const hash = createHash('sha256')
  for (const { name } of tables) {
    hash.update(name).update(JSON.stringify(db.prepare(`SELECT * FROM "${name}"`).raw().all()))
  }
  return hash.digest('hex')
}

function auditRows(db: Database.Database): { seq: number; action: string }[] {
  return db.prepare('SELECT seq, action FROM audit_log ORDER BY seq').all() as {
    seq: number
    action: string
  }[]
}

/**
 * Audit rows a refusal may add by design: a failed or throttled login is evidence of a password
 * guessing attempt. Every other refusal by a user holding all roles leaves the audit log untouched.
 */
const AUDITED_REFUSALS: Partial<Record<Method, string[]>> = {
  'session/login': ['session/login-failed', 'session/login-throttled']
}

function isEnvelope(value: unknown): value is Envelope<unknown> {
  if (typeof value !== 'object' || value === null) return false
  const v = value as Record<string, unknown>
  if (v['ok'] === true) return 'value' in v
  const error = v['error'] as Record<string, unknown> | undefined
  return v['ok'] === false && typeof error?.['code'] === 'string'
}

/** Sends one input and checks the invariants every call must keep, whatever the input. */
async function probe(method: Method, input: unknown): Promise<Envelope<unknown>> {
  const db = t.server.deps.db
  const before = fingerprint(db)
  const auditBefore = auditRows(db).length
  // session/logout with acceptable input really ends the session: give it a throwaway one.
  const caller =
    method === 'session/logout'
      ? t.server.deps.sessions.open(userId, t.clock.now().getTime())
      : token
  const result = await t.server.dispatch(method, input, caller)
  expect(isEnvelope(result), `${method} answered ${String(result)}`).toBe(true)
  expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys)
  expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
  if (!result.ok) {
    expect([method, result.error.code]).not.toEqual([method, 'INTERNAL'])
    expect(fingerprint(db), `${method} refused with ${result.error.code} but wrote`).toBe(before)
    const added = auditRows(db).slice(auditBefore)
    const allowed = AUDITED_REFUSALS[method] ?? []
    expect(added.filter((row) => !allowed.includes(row.action))).toEqual([])
  }
  return result
}

// ── Hostile values ──

/** Built once: a megabyte string per run would dominate the run time without finding more. */
const HUGE = ['x'.repeat(1_000_001), '汉'.repeat(100_001), `${'9'.repeat(400)}`]

function nested(depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown {
  let value = leaf
  for (let i = 0; i < depth; i++) value = wrap(value)
  return value
}

const DEEP = [
  nested(10_000, 'x', (inner) => [inner]),
  nested(10_000, 'x', (inner) => ({ a: inner })),
  nested(2_000, {}, (inner) => ({ id: inner, rev: inner }))
]

/** Own `__proto__` / `constructor` / `prototype` keys, as JSON.parse produces them from a payload. */
const POLLUTERS = [
  '{"__proto__":{"polluted":"yes"}}',
  '{"constructor":{"prototype":{"polluted":"yes"}}}',
  '{"prototype":{"polluted":"yes"}}',
  '{"__proto__":{"__proto__":{"polluted":"yes"}}}',
  '[{"__proto__":{"polluted":"yes"}}]'
].map((json) => JSON.parse(json) as unknown)

/** Characters that can hide or reorder text on a printed decision (C10). */
const CONTROL_CHARS = [
  ...Array.from({ length: 0x20 }, (_, i) => String.fromCharCode(i)).filter(
    (c) => !'\t\n\r'.includes(c)
  ),
  '\u007f'
]
const BIDI_CHARS = [
  '\u202a',
  '\u202b',
  '\u202c',
  '\u202d',
  '\u202e',
  '\u2066',
  '\u2067',
  '\u2068',
  '\u2069'
]
const FORBIDDEN_CHARS = [...CONTROL_CHARS, ...BIDI_CHARS]

const textWith = (ch: string) =>
  tuple(
    string({ unit: constantFrom(...'当事人晴川超市ABC123'), minLength: 1, maxLength: 6 }),
    string({ unit: constantFrom(...'有限公司明码标价xyz'), minLength: 1, maxLength: 6 })
  ).map(([head, tail]) => head + ch + tail)

const hostileValue: Arbitrary<unknown> = oneof(
  jsonValue({ maxDepth: 3 }),
  constantFrom<unknown>(
    NaN,
    Infinity,
    -Infinity,
    -0,
    Number.MAX_SAFE_INTEGER + 2,
    1e308,
    0.5,
    -1,
    'NaN',
    'Infinity',
    '-Infinity',
    '1e309',
    '0x1F',
    '1_000',
    '',
    '   ',
    'null',
    'undefined',
    'true',
    '[]',
    '{}',
    '2026-02-30',
    '00000000-0000-0000-0000-00000000000G',
    true,
    null,
    [],
    {},
    ...HUGE,
    ...DEEP,
    ...POLLUTERS
  ),
  constantFrom(...FORBIDDEN_CHARS).chain(textWith),
  uuid().map((u) => u.toUpperCase())
)

// ── Mutations of a valid input: the realistic attack, which gets past the outer shape ──

type PathStep = string | number

/** Every path below the root of a JSON-like value (objects and arrays), sub-trees included. */
function paths(value: unknown, prefix: PathStep[] = []): PathStep[][] {
  if (Array.isArray(value)) {
    return value.flatMap((v, i) => [[...prefix, i], ...paths(v, [...prefix, i])])
  }
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([k, v]) => [[...prefix, k], ...paths(v, [...prefix, k])])
  }
  return []
}

type Mutation = 'replace' | 'delete' | 'extraKey' | 'ownProtoKey'

/** The parent container of `path` in `root`, and the last step. */
function parentOf(root: unknown, path: PathStep[]): [Record<PathStep, unknown>, PathStep] | null {
  let node = root
  for (const step of path.slice(0, -1)) node = (node as Record<PathStep, unknown>)[step]
  const last = path.at(-1)
  return last === undefined || typeof node !== 'object' || node === null
    ? null
    : [node as Record<PathStep, unknown>, last]
}

function mutate(base: unknown, pick: number, mutation: Mutation, value: unknown): unknown {
  const copy = structuredClone(base)
  const all = paths(copy)
  const target = all.length === 0 ? null : parentOf(copy, all[pick % all.length] ?? [])
  if (mutation === 'extraKey' || mutation === 'ownProtoKey' || !target) {
    // Defined, not assigned: assigning `__proto__` would change the copy's prototype instead.
    const key = mutation === 'ownProtoKey' ? '__proto__' : 'unexpected'
    const holder =
      target && typeof target[0] === 'object' && !Array.isArray(target[0]) ? target[0] : copy
    Object.defineProperty(holder, key, {
      value,
      enumerable: true,
      configurable: true,
      writable: true
    })
    return copy
  }
  const [parent, last] = target
  if (mutation === 'delete') {
    if (Array.isArray(parent) && typeof last === 'number') parent.splice(last, 1)
    else delete parent[last]
  } else parent[last] = value
  return copy
}

const mutationKind = constantFrom<Mutation>(
  'replace',
  'replace',
  'replace',
  'delete',
  'extraKey',
  'ownProtoKey'
)

function inputFor(method: Method): Arbitrary<unknown> {
  return oneof(
    { arbitrary: hostileValue, weight: 1 },
    {
      arbitrary: tuple(nat(), mutationKind, hostileValue).map(([pick, kind, value]) =>
        mutate(bases[method] ?? {}, pick, kind, value)
      ),
      weight: 3
    }
  )
}

// ── Fixtures ──

beforeAll(async () => {
  t = await makeTestServer()
  const all = await t.addUser('allroles', [...ROLES])
  const partner = await t.addUser('partner', ['officer'])
  token = all.token
  userId = all.user.id
  caseInput = {
    cause: '未按规定明码标价',
    source: 'inspection',
    discoveredOn: '2026-02-20',
    violationOn: '2026-02-20',
    filedOn: '2026-02-25',
    facts: '经检查，当事人经营的商品未标明价格。',
    officerIds: [all.user.id, partner.user.id],
    parties: [
      {
        kind: 'organisation',
        name: '武汉市汉阳区晴川超市有限公司',
        uscc: makeUscc('420105', 'MA4KXY12'),
        legalRepresentative: '李明',
        address: '武汉市汉阳区晴川街1号',
        contact: '13800000000'
      },
      {
        kind: 'person',
        name: '王芳',
        idNumber: '11010519491231002X',
        address: '',
        contact: ''
      }
    ]
  }
  const created = await t.call('cases/create', caseInput, token)
  const facts = {
    itemCode: 'SC-PR-13-01',
    party: { kind: 'organisation' as const },
    dates: { violation: '2026-02-20', discovery: '2026-02-20', decision: '2026-03-01' },
    harm: 'slight' as const,
    correction: { corrected: true, prompt: true }
  }
  const ref = { id: created.id }
  // Enterprise supervision: one enterprise, a clue about it, a ledger entry and an inspection.
  const USCC = makeUscc('420105', 'MA4K1234')
  const enterprise = { uscc: USCC, enterpriseName: '汉阳晴川食品有限公司' }
  const clue = await t.call(
    'clues/register',
    {
      receivedOn: '2026-03-02',
      channel: 'hotline12345',
      reporter: '王先生',
      ...enterprise,
      agency: '区住建局',
      problemType: 'illegalFee',
      amountFen: 15_000_000,
      summary: '企业反映被违规收取检测费15万元'
    },
    token
  )
  const lossInput = {
    ...enterprise,
    category: 'illegalFeeRefunded' as const,
    amountFen: 15_000_000,
    on: '2026-03-02',
    caseId: null,
    clueId: clue.id,
    evidence: '退费凭证 HY-2026-001',
    note: '',
    acknowledgeDuplicate: false
  }
  // Later valid probes of losses/record meet this entry: a DUPLICATE refusal, which writes nothing.
  const entry = await t.call('losses/record', lossInput, token)
  const inspection = await t.call(
    'inspections/record',
    {
      ...enterprise,
      on: '2026-03-02',
      agency: '汉阳区市场监督管理局',
      legalBasis: '“双随机、一公开”抽查计划',
      result: 'noProblem',
      resultNote: '',
      caseId: null
    },
    token
  )
  const year2026 = { from: '2026-01-01', to: '2026-12-31' }
  bases = {
    'session/status': {},
    'session/setup': {
      unitCode: UNIT_CODE,
      unitName: '另一个单位',
      casePrefix: '另立',
      adminUsername: 'admin2',
      adminDisplayName: '管理员二',
      adminPassword: 'admin-pass-2027'
    },
    'session/login': { username: 'allroles', password: 'not-the-password-1' },
    'session/logout': {},
    'users/list': {},
    'users/officers': { includeInactive: true },
    'users/create': {
      username: 'newcomer',
      displayName: '新来的',
      roles: ['officer'],
      password: 'password-2027'
    },
    'users/update': {
      id: partner.user.id,
      rev: partner.user.rev,
      displayName: '搭档',
      roles: ['officer'],
      active: true
    },
    'users/reset-password': { id: partner.user.id, password: 'password-2027' },
    'cases/create': caseInput,
    'cases/update': { id: created.id, rev: created.rev, ...caseInput },
    'cases/get': ref,
    'cases/list': { status: 'FILED', from: '2026-01-01', text: '超市', limit: 10 },
    'cases/count': { status: 'FILED', from: '2026-01-01', party: '超市', text: '价格' },
    'cases/delete': { id: created.id, rev: created.rev, reason: '重复立案' },
    'cases/history': ref,
    'cases/clocks': ref,
    'dashboard/deadlines': { officerId: partner.user.id },
    'discretion/items': { query: '标价' },
    'discretion/preview': { caseId: created.id, facts },
    'discretion/apply': { caseId: created.id, rev: created.rev, facts, choice: 'accept' },
    'discretion/evaluations': { caseId: created.id },
    'catalogue/packages': {},
    'catalogue/save-draft': { yaml: 'id: UNIT-TEST-01\ntitle: 测试\nstatus: draft\n' },
    'catalogue/publish': { id: '01900000-0000-7000-8000-000000000000', rev: 1 },
    'clues/register': {
      receivedOn: '2026-03-02',
      channel: 'supervisor',
      reporter: '社会监督员李某',
      ...enterprise,
      agency: '区城管局',
      problemType: 'illegalInspection',
      amountFen: null,
      summary: '一月内三次入企检查'
    },
    'clues/step': {
      kind: 'transfer',
      clueId: clue.id,
      rev: clue.rev,
      on: '2026-03-02',
      note: '转区住建局核查',
      toAgency: '区住建局',
      deadlineOn: '2026-03-16'
    },
    'clues/list': { status: 'open', uscc: USCC },
    'clues/get': { clueId: clue.id },
    'losses/record': lossInput,
    'losses/reverse': { entryId: entry.id, amountFen: 100, on: '2026-03-02', reason: '部分冲正' },
    'losses/list': { uscc: USCC },
    'losses/totals': year2026,
    'inspections/record': {
      ...enterprise,
      on: '2026-03-01',
      agency: '汉阳区应急管理局',
      legalBasis: '安全生产检查计划',
      result: 'corrected',
      resultNote: '责令当场整改',
      caseId: null
    },
    'inspections/void': { inspectionId: inspection.id, reason: '录入重复' },
    'inspections/list': { uscc: USCC, ...year2026 },
    'inspections/stats': { year: 2026 },
    'publicService/catalogue': {},
    'publicService/list': { caseId: created.id },
    'stats/period': year2026,
    'stats/series': year2026,
    'stats/drill': { ...year2026, metric: 'filed', offset: 0, limit: 10 },
    'exports/start': { kind: 'annual', ...year2026, format: 'csv' },
    'exports/column-sets': { list: 'cases' },
    'exports/save-column-set': {
      list: 'cases',
      name: '简表',
      columns: ['caseNumber', 'decidedOn']
    },
    'cases/revoke': {
      caseId: created.id,
      on: '2026-03-02',
      authority: 'selfCorrection',
      reason: '自行纠错'
    }
  }
}, 30_000)

describe('hostile input through dispatch', () => {
  // The mutations below only probe deep if they start from inputs the schema accepts.
  it('starts the mutations from valid inputs', () => {
    for (const method of METHODS) {
      const base = bases[method]
      if (base === undefined) continue
      const parsed = inputSchemas[method].safeParse(base)
      expect([method, parsed.success]).toEqual([method, true])
    }
  })

  it.each(METHODS)(
    '%s answers any input with an envelope, never INTERNAL, and refuses without writing',
    async (method) => {
      await fcAssert(
        asyncProperty(inputFor(method), async (input) => {
          await probe(method, input)
        }),
        SLOW.includes(method) ? { numRuns: 50 } : RUNS
      )
      // The session used for the probes is still good: nothing above signed the user out.
      expect((await t.server.dispatch('users/list', {}, token)).ok).toBe(true)
    }
  )

  it('refuses unknown method names, including Object.prototype members, without writing', async () => {
    const before = fingerprint(t.server.deps.db)
    await fcAssert(
      asyncProperty(
        oneof(
          string({ unit: 'binary', maxLength: 80 }),
          constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf'),
          constant(HUGE[0] ?? '')
        ),
        hostileValue,
        async (name, input) => {
          if ((METHODS as string[]).includes(name)) return
          const result = await t.server.dispatch(name, input, token)
          expect(result.ok ? 'OK' : result.error.code).toBe('UNKNOWN_METHOD')
          // The echo of the name is bounded, so a huge name cannot blow up logs or the UI.
          if (!result.ok) expect(result.error.message.length).toBeLessThan(100)
        }
      ),
      RUNS
    )
    expect(fingerprint(t.server.deps.db)).toBe(before)
  })
})

// ── Text that would print differently from what it says ──

/** Every free-text field of a case, by its path in the case-create input. */
const TEXT_FIELDS: PathStep[][] = [
  ['cause'],
  ['facts'],
  ['parties', 0, 'name'],
  ['parties', 0, 'address'],
  ['parties', 0, 'contact'],
  ['parties', 0, 'legalRepresentative'],
  ['parties', 1, 'name'],
  ['parties', 1, 'address'],
  ['parties', 1, 'contact']
]

function withText(field: PathStep[], value: string): unknown {
  const copy = structuredClone(caseInput)
  const target = parentOf(copy, field)
  if (target) target[0][target[1]] = value
  return copy
}

async function expectRefusedAt(field: PathStep[], value: string): Promise<void> {
  const result = await probe('cases/create', withText(field, value))
  expect(result.ok ? 'OK' : result.error.code, JSON.stringify(value)).toBe('VALIDATION')
  if (!result.ok) expect(result.error.issues?.map((i) => i.path)).toContain(field.join('.'))
}

describe('control and bidi-override characters in case text', () => {
  it('refuses a case whose text field contains a control or bidi-override character', async () => {
    await fcAssert(
      asyncProperty(
        constantFrom(...TEXT_FIELDS),
        constantFrom(...FORBIDDEN_CHARS).chain(textWith),
        async (field, value) => expectRefusedAt(field, value)
      ),
      { numRuns: 200 }
    )
  })

  it('accepts the same case with ordinary text (the refusal above is about the character)', async () => {
    await fcAssert(
      asyncProperty(constantFrom(...TEXT_FIELDS), textWith('·'), async (field, value) => {
        const result = await probe('cases/create', withText(field, value))
        expect(result.ok).toBe(true)
      }),
      { numRuns: 10 }
    )
  })

  // Regression (found by this property): C1 controls U+0080–U+009F were accepted in free text. U+009B
  // is the 8-bit CSI that starts a terminal escape sequence (the CLI prints party names); U+0085 (NEL)
  // breaks lines in some renderers.
  it('refuses a case whose text field contains a C1 control character', async () => {
    await fcAssert(
      asyncProperty(
        constantFrom(...TEXT_FIELDS),
        integer({ min: 0x80, max: 0x9f }).chain((code) => textWith(String.fromCharCode(code))),
        async (field, value) => expectRefusedAt(field, value)
      ),
      { numRuns: 20 }
    )
  })
})

describe('control and bidi-override characters in discretion facts', () => {
  // Regression (found by this property): the officer's account of how the party corrected the violation
  // skipped the control/bidi check, so such characters could reach the frozen evaluation record.
  it('refuses facts whose correction text contains a control or bidi-override character', async () => {
    await fcAssert(
      asyncProperty(constantFrom(...FORBIDDEN_CHARS).chain(textWith), async (how) => {
        const base = bases['discretion/preview']
        if (!base) throw new Error('fixture: no discretion/preview base')
        const facts = { ...base.facts, correction: { corrected: true, prompt: true, how } }
        const result = await probe('discretion/preview', { ...base, facts })
        expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION')
      }),
      { numRuns: 20 }
    )
  })
})

describe('wrong types per field of a valid case', () => {
  it('refuses a case with any one field of the wrong type, naming that field', async () => {
    const fields = paths(caseInput)
    const wrongFor = (current: unknown): Arbitrary<unknown> =>
      hostileValue.filter(
        (v) =>
          typeof v !== typeof current ||
          Array.isArray(v) !== Array.isArray(current) ||
          (v === null) !== (current === null)
      )
    await fcAssert(
      asyncProperty(
        integer({ min: 0, max: fields.length - 1 }).chain((i) => {
          const path = fields[i] ?? []
          const target = parentOf(caseInput, path)
          return tuple(constant(path), wrongFor(target ? target[0][target[1]] : undefined))
        }),
        async ([path, value]) => {
          // filedOn may legitimately be null (a case registered but not yet filed).
          if (path.join('.') === 'filedOn' && value === null) return
          const copy = structuredClone(caseInput)
          const target = parentOf(copy, path)
          if (target) target[0][target[1]] = value
          const result = await probe('cases/create', copy)
          expect(result.ok ? 'OK' : result.error.code, path.join('.')).toBe('VALIDATION')
          if (!result.ok) {
            // The issue is reported at the replaced field or, for a party's kind, at the party.
            const issuePaths = result.error.issues?.map((i) => i.path) ?? []
            const prefixes = path.map((_, n) => path.slice(0, n + 1).join('.'))
            expect(
              issuePaths.some((p) => prefixes.includes(p) || p.startsWith(`${path.join('.')}.`))
            ).toBe(true)
          }
        }
      ),
      { numRuns: 200 }
    )
  })
})

// A list as the whole input: what a client that batches calls, or a confused one, would send.
describe('batches', () => {
  it('refuses an array of inputs to any method', async () => {
    await fcAssert(
      asyncProperty(
        constantFrom(...METHODS),
        array(hostileValue, { maxLength: 3 }),
        async (m, xs) => {
          const result = await probe(m, xs)
          expect(result.ok ? 'OK' : result.error.code).toBe('VALIDATION')
        }
      ),
      RUNS
    )
  })
})
