// Malformed and hostile packages: each is refused with a message that says what is wrong, and the
// receiving database is byte for byte as it was (issue 8 "Must show": at least 20 of them).
import { gzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import type { Manifest } from '../../shared/schemas/exchange'
import type { TestServer } from '../test-support'
import {
  COUNTY_A,
  countLines,
  databaseHash,
  exportFrom,
  forge,
  importInto,
  makeCity,
  makeCounty,
  unpack
} from './exchange.test-support'
import type { PackageLimits } from './read-package'

/** Small limits, so that the bomb and the huge string stay small in the test too. */
const LIMITS: PackageLimits = {
  maxFileBytes: 32 * 1024 * 1024,
  maxContentBytes: 8 * 1024 * 1024,
  maxLineBytes: 256 * 1024
}

let city: TestServer
let good: Buffer
let manifest: Manifest
let lines: string[]

beforeAll(async () => {
  const county = await makeCounty(COUNTY_A, 5, 12)
  const pkg = await exportFrom(county)
  good = pkg.bytes
  ;({ manifest, lines } = unpack(good))
  city = await makeCity()
  // The city already knows this county's key: a package signed by another key claiming to be it is
  // refused below.
  await importInto(city, good)
}, 120_000)

type Line = { k: string; r: Record<string, unknown>; v?: unknown }
const parse = (l: string) => JSON.parse(l) as Line
const firstOf = (kind: string) => lines.findIndex((l) => parse(l).k === kind)

/** The package's lines with one of them rewritten. */
function withLine(index: number, edit: (line: Line) => Line | string): string[] {
  return lines.map((l, i) => {
    if (i !== index) return l
    const edited = edit(parse(l))
    return typeof edited === 'string' ? edited : JSON.stringify(edited)
  })
}

/** Forged with a correct hash, signature and counts, so the record checks are what refuse it. */
function forged(body: string[], patch?: (m: Record<string, unknown>) => void): Buffer {
  return forge(manifest, body, (m) => {
    m.counts = countLines(
      manifest,
      body.filter((l) => l.startsWith('{"k"'))
    )
    patch?.(m)
  })
}

function gz(text: string): Buffer {
  return gzipSync(Buffer.from(text))
}

function deepNesting(depth: number): string {
  return `${'['.repeat(depth)}${']'.repeat(depth)}`
}

const caseLine = () => firstOf('case')
const eventLine = () => firstOf('caseEvent')
const paymentLine = () => firstOf('payment')

const HOSTILE: [string, () => Buffer, RegExp][] = [
  ['an empty file', () => Buffer.alloc(0), /文件为空/],
  [
    'not gzip at all',
    () => Buffer.from('PK\u0003\u0004 this is a zip, not a package'),
    /不是有效的 gzip/
  ],
  ['a truncated file', () => good.subarray(0, good.length - 200), /不完整|截断|不是有效的 gzip/],
  [
    'a decompression bomb',
    () => gzipSync(Buffer.alloc(LIMITS.maxContentBytes * 2, 0x20)),
    /上限|清单/
  ],
  ['a manifest that is not JSON', () => gz('{"format": yardstick\n'), /清单）不是有效的 JSON/],
  ['no line break after the manifest', () => gz(JSON.stringify(manifest)), /缺少清单行/],
  [
    'another format',
    () => gz(`${JSON.stringify({ ...manifest, format: 'excel' })}\n`),
    /不是案衡数据包/
  ],
  [
    'an unknown format version',
    () => gz(`${JSON.stringify({ ...manifest, formatVersion: 2 })}\n${lines.join('\n')}\n`),
    /格式版本 2 不受支持/
  ],
  [
    'a newer schema',
    () => forged(lines, (m) => (m.schemaVersion = 9_999)),
    /较新版本.*数据库版本 9999/
  ],
  ['an unknown manifest field', () => forged(lines, (m) => (m.remark = 'extra')), /清单不符合格式/],
  [
    'content changed after signing (wrong hash)',
    () => {
      const body = withLine(caseLine(), (l) => ({ ...l, r: { ...l.r, cause: '篡改' } }))
      const text = `${JSON.stringify(manifest)}\n${body.join('\n')}\n`
      return gz(text)
    },
    /SHA-256 与清单不符|内容长度/
  ],
  [
    'a record appended after signing',
    () => gz(`${JSON.stringify(manifest)}\n${lines.join('\n')}\n${lines[0]}\n`),
    /内容长度/
  ],
  [
    'a manifest altered after signing',
    () => {
      const content = `${lines.join('\n')}\n`
      return gz(
        `${JSON.stringify({ ...manifest, source: { ...manifest.source, unitName: '伪造单位' } })}\n${content}`
      )
    },
    /签名无效/
  ],
  [
    'a known source signed by another key',
    () => forged(lines, (m) => (m.source = manifest.source)),
    /签名密钥与此前登记的不同/
  ],
  [
    'a __proto__ key in a record',
    () =>
      forged(
        withLine(paymentLine(), (l) =>
          JSON.stringify(l).replace('"r":{', '"r":{"__proto__":{"isAdmin":true},')
        )
      ),
    /__proto__|Unrecognized|未知/
  ],
  [
    'a __proto__ key on the line',
    () =>
      forged(
        withLine(paymentLine(), (l) => JSON.stringify(l).replace('{"k"', '{"__proto__":{},"k"'))
      ),
    /未知字段“__proto__”/
  ],
  [
    'an unknown field in a record',
    () => forged(withLine(caseLine(), (l) => ({ ...l, r: { ...l.r, secret: 'x' } }))),
    /第 \d+ 行（case）/
  ],
  [
    'a wrong type (an amount as text)',
    () => forged(withLine(paymentLine(), (l) => ({ ...l, r: { ...l.r, amount_fen: '100' } }))),
    /第 \d+ 行（payment）：amount_fen：类型不对（应为 number）/
  ],
  [
    'a huge string',
    () =>
      forged(
        withLine(eventLine(), (l) => ({
          ...l,
          r: { ...l.r, kind: 'x'.repeat(LIMITS.maxLineBytes) }
        }))
      ),
    /单条记录上限/
  ],
  [
    'deeply nested JSON',
    () =>
      forged(
        withLine(eventLine(), (l) =>
          JSON.stringify(l).replace('"r":{', `"z":${deepNesting(100_000)},"r":{`)
        )
      ),
    /不是有效的 JSON|未知字段/
  ],
  [
    'an unknown record kind',
    () => forge(manifest, [...lines, JSON.stringify({ k: 'salary', r: {} })]),
    /记录类型“salary”未知/
  ],
  [
    'records out of order (an event before its case)',
    () => {
      const body = [...lines]
      const [event] = body.splice(eventLine(), 1)
      body.splice(caseLine(), 0, event as string)
      return forged(body)
    },
    /记录顺序不对/
  ],
  [
    'the same record twice',
    () => {
      const body = [...lines]
      body.splice(paymentLine(), 0, lines[paymentLine()] as string)
      return forged(body)
    },
    /与前面的记录重复/
  ],
  [
    'counts that disagree with the manifest',
    () =>
      forge(manifest, lines, (m) => {
        m.counts = { ...manifest.counts, payment: manifest.counts.payment + 1 }
      }),
    /payment 记录 \d+ 条，与清单所记 \d+ 条不符/
  ],
  [
    'a version hash that is not the content’s',
    () =>
      forged(
        withLine(caseLine(), (l) => ({ ...l, r: { ...l.r, cause: `${String(l.r.cause)}（改）` } }))
      ),
    /版本哈希与内容不符/
  ],
  [
    'an impossible date',
    () => forged(withLine(paymentLine(), (l) => ({ ...l, r: { ...l.r, paid_on: '2025-02-30' } }))),
    /paid_on/
  ],
  [
    'a bidi override hidden in a name',
    () =>
      forged(withLine(paymentLine(), (l) => ({ ...l, r: { ...l.r, note: 'abc\u202Eexe.pdf' } }))),
    /note：含有不允许的控制字符/
  ],
  [
    'a record pointing at a case that exists nowhere',
    () =>
      forged([
        ...lines.filter((l) => parse(l).k === 'user'),
        JSON.stringify({
          ...parse(lines[paymentLine()] as string),
          r: {
            ...parse(lines[paymentLine()] as string).r,
            id: '01900000-0000-7000-8000-0000000000aa',
            case_id: '01900000-0000-7000-8000-0000000000bb'
          }
        })
      ]),
    /引用的记录在本库和数据包中都不存在/
  ],
  [
    'a value the table refuses (a zero payment)',
    () =>
      forged(
        withLine(paymentLine(), (l) => ({
          ...l,
          r: { ...l.r, id: '01900000-0000-7000-8000-0000000000cc', amount_fen: 0 }
        }))
      ),
    /不符合本库的约束.*CHECK/
  ]
]

describe('hostile and malformed packages', () => {
  it('has at least 20 of them', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(20)
  })

  it.each(HOSTILE)(
    'refuses %s with a clear message, changing nothing',
    async (_name, make, message) => {
      expect(paymentLine()).toBeGreaterThan(0)
      const before = databaseHash(city.server.deps.db)
      const error = await importInto(city, make(), { limits: LIMITS }).then(
        () => null,
        (e: unknown) => e
      )
      expect(error).toBeInstanceOf(Error)
      expect((error as Error).message).toMatch(message)
      expect((error as Error).message).toMatch(/数据库未做任何修改/)
      expect(databaseHash(city.server.deps.db)).toBe(before)
    }
  )

  it('accepts the genuine package again (the fixtures are sound)', async () => {
    const before = databaseHash(city.server.deps.db)
    const again = await importInto(city, good, { dryRun: true })
    expect(again.report.totals.new).toBe(0)
    expect(databaseHash(city.server.deps.db)).toBe(before)
  })
})
