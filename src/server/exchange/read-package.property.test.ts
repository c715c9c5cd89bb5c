// Property tests of the package importer (issue 9 item 6), beside the example-based
// hostile-packages.test.ts. Whatever the bytes, an import either applies a package whole or refuses
// it with an AppError whose Chinese message names what is wrong, and a refused import leaves the
// database byte for byte as it was. Edited packages are re-hashed and re-signed with the county's
// own key, so that the checks after the signature (record schemas, version hashes, the merge) are
// reached, not just the SHA-256.
import { createHash } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import {
  array,
  assert as fcAssert,
  asyncProperty,
  constant,
  constantFrom,
  dictionary,
  integer,
  jsonValue,
  nat,
  oneof,
  property,
  string,
  tuple,
  uuid,
  type Arbitrary
} from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import { manifestSchema, type Manifest } from '../../shared/schemas/exchange'
import {
  EXCHANGE_COLUMNS,
  recordSchemas,
  type RecordKind
} from '../../shared/schemas/exchange-records'
import { hasForbiddenChars } from '../../core/text/clean-text'
import type { TestServer } from '../test-support'
import {
  COUNTY_A,
  databaseHash,
  exportFrom,
  importInto,
  makeCity,
  makeCounty,
  unpack
} from './exchange.test-support'
import { signBytes, signedBytes, sourceIdentity } from './identity'
import type { PackageLimits } from './read-package'
import { KIND_TABLES, recordHash, type Row } from './records'

/** Small limits, so that a huge string is a few hundred KB here too. */
const LIMITS: PackageLimits = {
  maxFileBytes: 8 * 1024 * 1024,
  maxContentBytes: 8 * 1024 * 1024,
  maxLineBytes: 128 * 1024
}

let city: TestServer
let good: Buffer
let goodContent: Buffer
let manifest: Manifest
let lines: string[]
let countyKey: string

beforeAll(async () => {
  const county = await makeCounty(COUNTY_A, 9, 4)
  good = (await exportFrom(county)).bytes
  goodContent = gunzipSync(good)
  ;({ manifest, lines } = unpack(good))
  countyKey = sourceIdentity(
    county.server.deps.db,
    () => {
      throw new Error('the county has exported, so it has a key')
    },
    ''
  ).privateKey
  city = await makeCity()
  // The city knows the county and its key from here on; every package below claims to be from it.
  await importInto(city, good)
}, 120_000)

type Line = { k: RecordKind; r: Row; v?: { h: string; a: string[] } }
const parseLine = (l: string) => JSON.parse(l) as Line
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

/** The manifest's `counts` for these lines (whose kinds are never edited here). */
function countsOf(body: readonly string[]): Manifest['counts'] {
  const counts: Record<string, number> = Object.fromEntries(
    Object.keys(manifest.counts).map((k) => [k, 0])
  )
  for (const l of body) {
    const kind = /^\{"k":"(\w+)"/.exec(l)?.[1] ?? ''
    counts[kind] = (counts[kind] ?? 0) + 1
  }
  return counts as Manifest['counts']
}

/**
 * A package of these lines, hashed and signed with the county's key as its own export would be.
 * `manifestText` may rewrite the manifest's JSON after signing (a raw hostile value); the signature
 * covers the manifest as the reader will parse it whenever that manifest is valid.
 */
function resign(
  body: readonly string[],
  patch: (m: Record<string, unknown>) => void = () => {},
  manifestText: (signed: string) => string = (s) => s
): Buffer {
  const content = Buffer.from(body.map((l) => `${l}\n`).join(''))
  const { signature, ...rest } = manifest
  const unsigned: Record<string, unknown> = {
    ...rest,
    counts: countsOf(body),
    contentBytes: content.length,
    contentSha256: sha256(content)
  }
  patch(unsigned)
  let value = 'AAAA'
  try {
    value = signBytes(countyKey, signedBytes(unsigned as Omit<Manifest, 'signature'>))
  } catch {
    // A value too deep to serialise: the manifest schema refuses it before the signature matters.
  }
  const head = manifestText(JSON.stringify({ ...unsigned, signature: { ...signature, value } }))
  return gzipSync(Buffer.concat([Buffer.from(`${head}\n`), content]))
}

type Outcome =
  { ok: true; applied: Awaited<ReturnType<typeof importInto>> } | { ok: false; error: AppError }

/** A real import (not a dry run, so a partial write would show); any error but an AppError fails. */
async function attempt(bytes: Buffer): Promise<{ outcome: Outcome; changed: boolean }> {
  const before = databaseHash(city.server.deps.db)
  let outcome: Outcome
  try {
    outcome = { ok: true, applied: await importInto(city, bytes, { limits: LIMITS }) }
  } catch (e) {
    if (!(e instanceof AppError)) throw e
    outcome = { ok: false, error: e }
  }
  return { outcome, changed: databaseHash(city.server.deps.db) !== before }
}

/** The refusal contract: code, Chinese wording, the promise that nothing changed, and no change. */
function expectRefusal(error: AppError, changed: boolean): void {
  expect(error.code).toBe('REFUSED')
  expect(error.message).toMatch(/^数据包(未通过校验：|第 \d+ 行)/)
  expect(error.message).toMatch(/数据库未做任何修改。$/)
  expect(changed).toBe(false)
}

/** An applied package landed whole: each record is counted once, and applying it again finds
 * nothing new, nothing updated and no new conflict. */
async function expectWhole(bytes: Buffer, applied: Awaited<ReturnType<typeof importInto>>) {
  const counted = applied.report.byKind.reduce(
    (n, k) => n + k.new + k.updated + k.unchanged + k.conflicts,
    0
  )
  expect(counted).toBe(applied.report.manifest.recordCount)
  const again = await importInto(city, bytes, { limits: LIMITS, dryRun: true, reread: true })
  expect(again.report.totals).toMatchObject({ new: 0, updated: 0, conflicts: 0 })
}

// ── Values ──

const FORBIDDEN = ['\u202E', '\u202A', '\u2066', '\u2069', '\u0000', '\u0007', '\u001B', '\u0085']
const withForbidden = tuple(
  string({ maxLength: 12 }),
  constantFrom(...FORBIDDEN),
  string({ maxLength: 12 })
).map(([a, c, b]) => `${a}${c}${b}`)

/** Raw JSON text for a field: wrong types, hostile keys, deep nesting, huge and unsafe strings. */
const hostileRaw: Arbitrary<string> = oneof(
  jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
  withForbidden.map((s) => JSON.stringify(s)),
  constantFrom(
    'NaN',
    'Infinity',
    '1e400',
    '9007199254740993',
    '-1',
    '0.5',
    'true',
    '[]',
    '{}',
    '""'
  ),
  constantFrom(
    '{"__proto__":{"isAdmin":true}}',
    '{"constructor":{"prototype":{"polluted":1}}}',
    '{"a":1,"a":2}'
  ),
  integer({ min: 50, max: 5_000 }).map((d) => `${'['.repeat(d)}${']'.repeat(d)}`),
  constant(JSON.stringify('长'.repeat(LIMITS.maxLineBytes / 2)))
)

const lineIndex = () => nat({ max: lines.length - 1 })

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/g
const hasUnsafe = (s: string) => new RegExp(UNSAFE.source).test(s)
/** JSON text with every unsafe character spelled as a \uXXXX escape (still the same JSON value). */
const escapeUnsafe = (json: string) =>
  json.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)

/** The record's JSON with `field` set to `raw` (added when the record has no such field). */
function recordWith(r: Row, field: string, raw: string): string {
  const parts = Object.entries(r).map(
    ([k, v]) => `${JSON.stringify(k)}:${k === field ? raw : JSON.stringify(v)}`
  )
  if (!Object.hasOwn(r, field)) parts.push(`${JSON.stringify(field)}:${raw}`)
  return `{${parts.join(',')}}`
}

function lineText(l: Line, recordJson: string, lineage: Line['v']): string {
  const v = lineage === undefined ? '' : `,"v":${JSON.stringify(lineage)}`
  return `{"k":${JSON.stringify(l.k)},"r":${recordJson}${v}}`
}

/** The first schema issue's top-level field for a record text, or null when it is valid. */
function schemaProblem(kind: RecordKind, recordJson: string): string | null {
  let raw: unknown
  try {
    raw = JSON.parse(recordJson)
  } catch {
    return '(JSON)'
  }
  const parsed = recordSchemas[kind].safeParse(raw)
  if (parsed.success) return null
  const issue = parsed.error.issues[0]
  if (!issue) return '(unknown)'
  const keys = 'keys' in issue && Array.isArray(issue.keys) ? issue.keys.join('') : ''
  return String(issue.path[0] ?? keys)
}

/**
 * The package with one manifest field (`top`, or `top.sub`) set to the raw JSON text `raw`, signed
 * over that value whenever it is a value the signature could cover.
 */
function manifestWith(top: string, sub: string | undefined, raw: string): Buffer {
  let value: unknown = 'placeholder'
  try {
    const parsed: unknown = JSON.parse(raw)
    JSON.stringify(parsed)
    value = parsed
  } catch {
    // Not JSON, or too deep to serialise: the reader refuses it before the signature matters.
  }
  const key = sub ?? top
  return resign(
    lines,
    (m) => {
      if (sub) m[top] = { ...(m[top] as Row), [sub]: value }
      else if (top !== '__proto__') m[top] = value
    },
    (json) => {
      const obj = JSON.parse(json) as Row
      const withRaw = (o: Row) =>
        `{${[
          ...Object.entries(o)
            .filter(([k]) => k !== key)
            .map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v)}`),
          `${JSON.stringify(key)}:${raw}`
        ].join(',')}}`
      if (!sub) return withRaw(obj)
      return `{${Object.entries(obj)
        .map(
          ([k, v]) => `${JSON.stringify(k)}:${k === top ? withRaw(v as Row) : JSON.stringify(v)}`
        )
        .join(',')}}`
    }
  )
}

describe('package importer properties', () => {
  it('refuses any byte mutation, truncation or insertion, unless the content is untouched', async () => {
    // Half the positions fall in the first 1.5 KB: the gzip header, or the manifest line.
    const position = oneof(nat(), nat({ max: 1500 }))
    const mutation = oneof(
      tuple(constant('flip' as const), position, integer({ min: 1, max: 255 })),
      tuple(constant('cut' as const), position, constant(0)),
      tuple(constant('insert' as const), position, integer({ min: 0, max: 255 })),
      tuple(constant('delete' as const), position, integer({ min: 1, max: 64 }))
    )
    // 'file': the bytes as received, so gzip's own checks answer first. 'content': the text inside,
    // compressed again, so the manifest, length, SHA-256 and signature checks are what answer.
    const layer = constantFrom('file' as const, 'content' as const)
    await fcAssert(
      asyncProperty(
        layer,
        array(mutation, { minLength: 1, maxLength: 3 }),
        async (where, edits) => {
          let bytes = Buffer.from(where === 'file' ? good : goodContent)
          for (const [op, at, n] of edits) {
            const i = at % (bytes.length + 1)
            if (op === 'flip' && i < bytes.length) bytes[i] = (bytes[i] as number) ^ n
            if (op === 'cut') bytes = bytes.subarray(0, i)
            if (op === 'insert')
              bytes = Buffer.concat([bytes.subarray(0, i), Buffer.from([n]), bytes.subarray(i)])
            if (op === 'delete')
              bytes = Buffer.concat([bytes.subarray(0, i), bytes.subarray(i + n)])
          }
          if (where === 'content') bytes = gzipSync(bytes)
          const { outcome, changed } = await attempt(bytes)
          if (outcome.ok) {
            // Only bytes gzip does not check (the header's time, trailing data) can change and still
            // verify: the package read is then the genuine one, already merged here.
            expect(gunzipSync(bytes).equals(goodContent)).toBe(true)
            expect(outcome.applied.report.totals).toMatchObject({
              new: 0,
              updated: 0,
              conflicts: 0
            })
          } else expectRefusal(outcome.error, changed)
        }
      ),
      { numRuns: 200 }
    )
  }, 120_000)

  it('refuses hostile values in any manifest field, naming the field, or applies a valid one', async () => {
    const FIELDS = [
      ...Object.keys(manifest).filter((k) => k !== 'signature'),
      'source.id',
      'source.unitName',
      'audit.count',
      'scope.kind',
      '__proto__',
      'remark'
    ]
    await fcAssert(
      asyncProperty(constantFrom(...FIELDS), hostileRaw, async (field, raw) => {
        const [top, sub] = field.split('.') as [string, string | undefined]
        const bytes = manifestWith(top, sub, raw)
        const { outcome, changed } = await attempt(bytes)
        if (!outcome.ok) {
          expectRefusal(outcome.error, changed)
          expect(outcome.error.message).toMatch(
            new RegExp(
              `${top}|不是案衡数据包|格式版本|较新版本|内容长度|SHA-256|记录 \\d+ 条|缺少清单行|清单）不是有效的 JSON|Unrecognized key|签名`
            )
          )
          return
        }
        // Applied: only a value the manifest schema accepts gets this far.
        const head = gunzipSync(bytes).toString('utf8').split('\n', 1)[0] ?? ''
        expect(manifestSchema.safeParse(JSON.parse(head)).success).toBe(true)
        await expectWhole(bytes, outcome.applied)
      }),
      { numRuns: 120 }
    )
  }, 120_000)

  it('refuses hostile values in any record field, naming the line and the field', async () => {
    const field = (r: Row) =>
      oneof(constantFrom(...Object.keys(r)), constantFrom('__proto__', 'constructor', 'prototype'))
    await fcAssert(
      asyncProperty(
        lineIndex().chain((i) =>
          tuple(constant(i), field(parseLine(lines[i] as string).r), hostileRaw)
        ),
        async ([i, name, raw]) => {
          const l = parseLine(lines[i] as string)
          const recordJson = recordWith(l.r, name, raw)
          const body = lines.map((x, j) => (j === i ? lineText(l, recordJson, l.v) : x))
          const bytes = resign(body)
          const { outcome, changed } = await attempt(bytes)
          const problem = schemaProblem(l.k, recordJson)
          if (outcome.ok) {
            // Only a schema-valid value (say, another string for a note) can be applied.
            expect(problem).toBeNull()
            await expectWhole(bytes, outcome.applied)
            return
          }
          expectRefusal(outcome.error, changed)
          const line = i + 2
          const tooLong = Buffer.byteLength(body[i] as string) > LIMITS.maxLineBytes
          if (tooLong) expect(outcome.error.message).toMatch(`第 ${line} 行超过`)
          else if (problem === '(JSON)')
            expect(outcome.error.message).toMatch(`第 ${line} 行不是有效的 JSON`)
          else if (problem !== null) {
            expect(outcome.error.message).toContain(`第 ${line} 行（${l.k}）：`)
            expect(outcome.error.message).toContain(problem)
          } else expect(outcome.error.message).toMatch(/第 \d+ 行/)
        }
      ),
      { numRuns: 150 }
    )
  }, 120_000)

  it('applies re-signed packages with random edits whole, or refuses them naming the field', async () => {
    const plausible: Arbitrary<unknown> = oneof(
      string({ maxLength: 30 }),
      string({ unit: 'grapheme', maxLength: 600 }),
      withForbidden,
      integer({ min: -10, max: 2_000_000_000 }),
      constantFrom(
        null,
        0,
        1,
        '2026-02-30',
        '2026-03-01',
        '2026-03-01T08:00:00.000Z',
        'x'.repeat(60_000)
      ),
      uuid({ version: 7 })
    )
    const edit = tuple(lineIndex(), nat(), plausible)
    await fcAssert(
      asyncProperty(array(edit, { minLength: 1, maxLength: 3 }), async (edits) => {
        const body = [...lines]
        const edited = new Map<number, { kind: RecordKind; field: string; json: string }>()
        for (const [i, pick, value] of edits) {
          const l = parseLine(body[i] as string)
          const keys = Object.keys(l.r)
          const field = keys[pick % keys.length] as string
          const r = { ...l.r, [field]: value }
          const json = JSON.stringify(r)
          // A schema-valid version gets its own version hash, so the merge is what decides.
          const parsed = recordSchemas[l.k].safeParse(r)
          const v =
            KIND_TABLES[l.k].versioned && l.v && parsed.success
              ? { ...l.v, h: recordHash(l.k, parsed.data as Row) }
              : l.v
          body[i] = lineText(l, json, v)
          edited.set(i, { kind: l.k, field, json })
        }
        const bytes = resign(body)
        const { outcome, changed } = await attempt(bytes)
        const invalid = [...edited.entries()]
          .map(([i, e]) => ({ line: i + 2, ...e, problem: schemaProblem(e.kind, e.json) }))
          .filter((e) => e.problem !== null)
          .sort((a, b) => a.line - b.line)
        if (outcome.ok) {
          expect(invalid).toEqual([])
          await expectWhole(bytes, outcome.applied)
          return
        }
        expectRefusal(outcome.error, changed)
        const named = Number(/第 (\d+) 行/.exec(outcome.error.message)?.[1])
        const first = invalid[0]
        if (first) {
          // Lines are checked in order: the refusal is at the first invalid line or before it.
          expect(named).toBeLessThanOrEqual(first.line)
          if (named === first.line) expect(outcome.error.message).toContain(first.problem as string)
        }
      }),
      { numRuns: 100 }
    )
  }, 120_000)

  it('refuses control and bidi characters spelled as escapes inside JSON text fields', async () => {
    // Fixed in exchange-records.ts (jsonText): `"{\"x\":\"\\u202e\"}"` is clean text, but whoever
    // parses the stored JSON (the timeline, a document) gets U+202E.
    const JSON_FIELDS: Partial<Record<RecordKind, string[]>> = {
      caseEvent: ['action'],
      evaluation: ['facts', 'result'],
      document: ['snapshot'],
      verdict: ['flag']
    }
    const targets = lines.flatMap((l, i) =>
      (JSON_FIELDS[parseLine(l).k] ?? []).map((field) => ({ i, field }))
    )
    expect(targets.length).toBeGreaterThan(0)
    const nested = tuple(withForbidden, nat({ max: 6 }), constantFrom('key', 'value')).map(
      ([text, depth, where]) => {
        let v: unknown = where === 'key' ? { [text]: 1 } : text
        for (let d = 0; d < depth; d++) v = d % 2 === 0 ? [v] : { n: v }
        return v
      }
    )
    await fcAssert(
      asyncProperty(constantFrom(...targets), nested, async ({ i, field }, value) => {
        const l = parseLine(lines[i] as string)
        const inner = { ...(JSON.parse(String(l.r[field])) as Row), extra: value }
        const json = escapeUnsafe(JSON.stringify(inner))
        expect(hasUnsafe(json)).toBe(false)
        const body = lines.map((x, j) =>
          j === i ? lineText(l, JSON.stringify({ ...l.r, [field]: json }), l.v) : x
        )
        const { outcome, changed } = await attempt(resign(body))
        expect(outcome.ok).toBe(false)
        if (outcome.ok) return
        expectRefusal(outcome.error, changed)
        expect(outcome.error.message).toContain(
          `第 ${i + 2} 行（${l.k}）：${field}：含有不允许的控制字符`
        )
      }),
      { numRuns: 40 }
    )
  }, 60_000)

  it('finds a refused character in JSON text exactly when the parsed JSON holds one', () => {
    // The schema scans the JSON text for escapes (exchange-records.ts, FORBIDDEN_ESCAPE); the
    // oracle parses and looks at every key and string.
    const ALPHABET = ['a', '汉', '\\', '"', 'u', '2', '0', 'e', '\t', '\n', '\r', '\b', '\f']
    const char = oneof(
      constantFrom(...ALPHABET),
      constantFrom(...FORBIDDEN, '\u001F', '\u007F', '\u009F', '\u202D', '\u2068', '\u200E')
    )
    const text = array(char, { maxLength: 8 }).map((cs) => cs.join(''))
    const value = dictionary(text, oneof(text, array(text, { maxLength: 3 })), { maxKeys: 4 })
    const spelled = constantFrom('as-is', 'escaped', 'upper-hex')
    const schema = EXCHANGE_COLUMNS.caseEvent.action
    fcAssert(
      property(value, spelled, (v, how) => {
        let json = JSON.stringify(v)
        if (how !== 'as-is') json = escapeUnsafe(json)
        if (how === 'upper-hex')
          json = json.replace(/\\u([0-9a-f]{4})/g, (_m, h: string) => `\\u${h.toUpperCase()}`)
        const strings = Object.entries(v).flatMap(([k, x]) => [k, ...(Array.isArray(x) ? x : [x])])
        const unsafe = strings.some((x) => hasForbiddenChars(x))
        const parsed = schema.safeParse(json)
        expect(parsed.success).toBe(!unsafe)
        if (!parsed.success) expect(parsed.error.issues[0]?.message).toBe('v.forbiddenChars')
      }),
      { numRuns: 500 }
    )
  })

  // The manifest's `software` and `createdAt` reach merge_receipts.manifest and the dry-run report:
  // they are checked like record text (a bidi override refused) and as a timestamp.
  it('refuses a bidi override in the manifest software field', async () => {
    const { outcome } = await attempt(
      manifestWith('software', undefined, '"yardstick \u202Eexe.1"')
    )
    expect(outcome.ok).toBe(false)
  })

  it('refuses a control character in the manifest createdAt field', async () => {
    const { outcome } = await attempt(manifestWith('createdAt', undefined, '"2026-03-01\\u0000Z"'))
    expect(outcome.ok).toBe(false)
  })
})
