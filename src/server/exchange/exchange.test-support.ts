// Fixtures of the consolidation tests: county units with seeded cases, export and import through the
// real package functions, a hash of the whole database, and a way to forge packages (correctly
// hashed and signed) to test what verification alone cannot catch.
import { createHash, generateKeyPairSync } from 'node:crypto'
import { gunzipSync, gzipSync } from 'node:zlib'
import type Database from 'better-sqlite3'
import type { PackageScope } from '../../shared/schemas/exchange'
import type { Manifest } from '../../shared/schemas/exchange'
import { seedCases } from '../seed/seed'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'
import { signBytes, signedBytes } from './identity'
import { mergePackage, recallAppliedFile, type MergeResult } from './merge'
import { readPackage, type PackageLimits, DEFAULT_LIMITS } from './read-package'
import { buildPackage } from './write-package'

export const COUNTY_A = {
  code: makeUscc('420105', 'MB014302'),
  name: '汉阳区市场监督管理局',
  casePrefix: '汉阳市监立'
}
export const COUNTY_B = {
  code: makeUscc('420106', 'MB014303'),
  name: '武昌区市场监督管理局',
  casePrefix: '武昌市监立'
}
export const CITY = {
  code: makeUscc('420100', 'MB014300'),
  name: '武汉市市场监督管理局',
  casePrefix: '武汉市监立'
}

/** A county with `cases` seeded cases, the older ones carried through to decisions and payments. */
export async function makeCounty(
  unit: typeof COUNTY_A,
  seed: number,
  cases: number
): Promise<TestServer> {
  const t = await makeTestServer({ unit, idleMs: 365 * 24 * 3600_000 })
  if (cases > 0) {
    await seedCases(t.server, {
      cases,
      seed,
      baseDate: '2026-03-01',
      adminToken: t.admin.token,
      outcomes: true
    })
  }
  return t
}

export async function makeCity(): Promise<TestServer> {
  return makeTestServer({ unit: CITY, idleMs: 365 * 24 * 3600_000 })
}

export async function exportFrom(t: TestServer, scope: PackageScope = { kind: 'all' }) {
  const deps = t.server.deps
  return buildPackage(deps.db, {
    scope,
    actor: t.admin.user,
    now: deps.clock.now(),
    newId: deps.newId
  })
}

export async function importInto(
  t: TestServer,
  bytes: Buffer,
  options: { dryRun?: boolean; limits?: PackageLimits; reread?: boolean } = {}
): Promise<MergeResult> {
  // `reread`: read the records even of a file applied before (the full merge, not the recall).
  const recall = options.reread ? undefined : recallAppliedFile(t.server.deps.db)
  const pkg = await readPackage(bytes, options.limits ?? DEFAULT_LIMITS, undefined, recall)
  const ctx = { ...t.server.deps, user: t.admin.user, sessionToken: null }
  return mergePackage(ctx, pkg, { dryRun: options.dryRun ?? false, fileName: 'test.yspkg' })
}

/** Every row of every table, in rowid order: any write at all changes it. */
export function databaseHash(db: Database.Database): string {
  const hash = createHash('sha256')
  const tables = db
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'
        AND sql NOT LIKE 'CREATE VIRTUAL TABLE%' ORDER BY name`
    )
    .all() as { name: string }[]
  for (const { name } of tables) {
    hash.update(name)
    for (const row of db.prepare(`SELECT * FROM "${name}"`).iterate()) {
      hash.update(JSON.stringify(row))
    }
  }
  return hash.digest('hex')
}

/** The package's text: its manifest and its lines, decompressed. */
export function unpack(bytes: Buffer): { manifest: Manifest; lines: string[] } {
  const text = gunzipSync(bytes).toString('utf8')
  const [first, ...rest] = text.split('\n')
  return { manifest: JSON.parse(first ?? '') as Manifest, lines: rest.filter((l) => l !== '') }
}

/**
 * A package with these lines, hashed and signed as a real one would be (by a key of its own, so a
 * forged package reaches the record checks). `patch` changes the manifest before signing.
 */
export function forge(
  base: Manifest,
  lines: readonly string[],
  patch: (m: Record<string, unknown>) => void = () => {}
): Buffer {
  const content = Buffer.from(lines.map((l) => `${l}\n`).join(''))
  const pair = generateKeyPairSync('ed25519')
  const publicKey = pair.publicKey.export({ type: 'spki', format: 'der' }).toString('base64')
  const privateKey = pair.privateKey.export({ type: 'pkcs8', format: 'der' }).toString('base64')
  const { signature: _old, ...rest } = base
  const unsigned: Record<string, unknown> = {
    ...rest,
    source: { ...base.source, id: '01900000-0000-7000-8000-00000000f0f0' },
    contentBytes: content.length,
    contentSha256: createHash('sha256').update(content).digest('hex')
  }
  patch(unsigned)
  const signature = {
    alg: 'ed25519',
    publicKey,
    value: signBytes(privateKey, signedBytes(unsigned as Omit<Manifest, 'signature'>))
  }
  return gzipSync(
    Buffer.concat([Buffer.from(`${JSON.stringify({ ...unsigned, signature })}\n`), content])
  )
}

/** Counts per kind of a list of package lines, for a forged manifest. */
export function countLines(base: Manifest, lines: readonly string[]): Manifest['counts'] {
  const counts = Object.fromEntries(
    Object.keys(base.counts).map((k) => [k, 0])
  ) as Manifest['counts']
  for (const l of lines) {
    const k = (JSON.parse(l) as { k: keyof Manifest['counts'] }).k
    counts[k]++
  }
  return counts
}
