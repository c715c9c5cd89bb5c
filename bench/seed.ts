// The bulk seed (issue 10: 1,000,000 cases in ≤ 2 minutes): `yardstick seed --bulk` into a fresh
// database of N cases across three units, with the whole lifecycle, ledgers, clues and indexes. Its
// baseline is the floor of writing the same data: the seeded rows copied table by table into an
// empty database of the same schema with INSERT … SELECT (no JavaScript, no planning), the indexes
// and the search index then built as the seed builds them. Then the seed again on a smaller register
// with one load technique changed at a time, against the seed with its defaults, so each
// technique's gain is measured on this machine in this run.
import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { createServerOnDb, type Server } from '../src/server/app'
import { openDatabase } from '../src/server/db/open'
import {
  bulkSeed,
  cacheFor,
  LOADED_TABLES,
  type BulkSeedReport,
  type BulkTuning
} from '../src/server/seed/bulk/bulk-seed'
import {
  deferObjects,
  enterLoadMode,
  insertTriggers,
  secondaryIndexes
} from '../src/server/seed/bulk/load-mode'
import { indexSeededCases } from '../src/server/seed/bulk/search-index'
import { expectOk } from '../src/server/seed/envelope'
import type { UserView } from '../src/shared/views'
import { BASE_DATE } from './dataset'
import { summarise } from './measure'
import type { Row } from './table'

/** 1,000,000 cases in 120 s. */
export const SEED_TARGET_PER_S = 1_000_000 / 120
/** The register size of the technique rows: large enough for the indexes to matter. */
const ABLATION_CASES = 20_000
/** Runs of each variant and of the defaults beside it: single runs on a shared machine mislead. */
const ABLATION_PAIRS = 3
const UNITS = 3

type Fresh = { db: Database.Database; server: Server; admin: UserView; token: string }

async function freshDatabase(file: string): Promise<Fresh> {
  const db = openDatabase(file)
  const server = createServerOnDb(db, { log: () => undefined })
  const setup = {
    unitCode: '11100000MB0143028R',
    unitName: '武汉市汉阳区市场监督管理局',
    casePrefix: '汉阳市监立',
    adminUsername: 'admin',
    adminDisplayName: '管理员',
    adminPassword: 'bench-pass-2026'
  }
  const session = expectOk(await server.call('session/setup', setup, null))
  return { db, server, admin: session.user, token: session.token }
}

/** The seed into a fresh file, timed to the end of its checkpoint (the data synced in the file). */
async function timedSeed(
  file: string,
  cases: number,
  seed: number,
  tuning: Partial<BulkTuning> = {}
): Promise<{ ms: number; report: BulkSeedReport }> {
  const f = await freshDatabase(file)
  try {
    const t0 = performance.now()
    const report = await bulkSeed(f.server, {
      cases,
      seed,
      baseDate: BASE_DATE,
      units: UNITS,
      actor: f.admin,
      adminToken: f.token,
      tuning,
      progress: (phase, done) => {
        if (phase !== 'cases' || done % 200_000 === 0) {
          process.stderr.write(`… seed ${phase} ${done.toLocaleString('en-US')}\n`)
        }
      }
    })
    return { ms: performance.now() - t0, report }
  } finally {
    f.server.close()
  }
}

/** The floor: the seeded rows copied into an empty database by SQLite alone, indexes after. */
async function rawCopy(from: string, file: string, cases: number): Promise<number> {
  const f = await freshDatabase(file)
  const db = f.db
  try {
    db.prepare('ATTACH DATABASE ? AS seeded').run(from)
    // The seed's own load settings: the same page cache for the same number of cases.
    const restore = enterLoadMode(db, { cacheMiB: cacheFor(cases), unsynced: false })
    const t0 = performance.now()
    db.transaction(() => {
      const putBack = deferObjects(db, [
        ...secondaryIndexes(db, LOADED_TABLES),
        ...insertTriggers(db, LOADED_TABLES)
      ])
      // Every account but the administrator of the setup, who exists in both.
      db.exec(`INSERT INTO main.users SELECT * FROM seeded.users
                WHERE username NOT IN (SELECT username FROM main.users)`)
      db.exec(`INSERT INTO main.user_roles SELECT * FROM seeded.user_roles
                WHERE user_id IN (SELECT id FROM main.users)
                  AND user_id NOT IN (SELECT user_id FROM main.user_roles)`)
      db.exec(
        'INSERT OR REPLACE INTO main.case_number_serials SELECT * FROM seeded.case_number_serials'
      )
      for (const table of LOADED_TABLES)
        db.exec(`INSERT INTO main.${table} SELECT * FROM seeded.${table}`)
      indexSeededCases(db, 0)
      putBack()
    }).immediate()
    db.pragma('wal_checkpoint(TRUNCATE)')
    const ms = performance.now() - t0
    restore()
    db.exec('DETACH DATABASE seeded')
    return ms
  } finally {
    f.server.close()
  }
}

const once = (ms: number) => summarise([ms])
const thousands = (n: number) => Math.round(n).toLocaleString('en-US')

/** Each technique of the load switched off, and synchronous = OFF switched on (bulk-seed.ts
 * BulkTuning, load-mode.ts). */
const TECHNIQUES: readonly [string, Partial<BulkTuning>][] = [
  ['SQLite default page cache (2 MB)', { cacheMiB: 2 }],
  ['secondary indexes kept during the load', { deferIndexes: false }],
  ['INSERT triggers kept during the load', { deferInsertTriggers: false }],
  ['search index written per case', { searchAtEnd: false }],
  ['cases planned on the inserting thread (no plan worker)', { planWorker: false }],
  ['synchronous = OFF during the load (fresh file)', { unsyncedLoad: true }]
]

function reportNote(cases: number, ms: number, r: BulkSeedReport, bytes: number): string {
  const rate = cases / (ms / 1000)
  const verdict = rate >= SEED_TARGET_PER_S ? 'PASS' : 'FAIL'
  const rows = r.rows
  const s = r.seconds
  return (
    `Bulk seed: ${thousands(cases)} cases in ${(ms / 1000).toFixed(1)} s = ${thousands(rate)} cases/s ` +
    `— target ≥ ${thousands(SEED_TARGET_PER_S)}/s (1,000,000 in 120 s): ${verdict}\n` +
    `  phases: cases and their records ${s.cases.toFixed(1)} s, clues ${s.clues.toFixed(1)} s, ` +
    `search index ${s.search.toFixed(1)} s, indexes ${s.indexes.toFixed(1)} s, commit ${s.commit.toFixed(1)} s, ` +
    `checkpoint ${s.checkpoint.toFixed(1)} s; file ${(bytes / 1e6).toFixed(0)} MB; ` +
    `cases planned in the ${r.plannedIn}\n` +
    `  rows: ${thousands(rows.parties)} parties, ${thousands(rows.evaluations)} evaluations, ` +
    `${thousands(rows.events)} actions, ${thousands(rows.payments)} payments, ${thousands(rows.facts)} facts, ` +
    `${thousands(rows.outcomes)} peer rows, ${thousands(rows.clues)} clues, ${thousands(rows.losses)} losses; ` +
    `engine runs ${thousands(r.memo.engineRuns)} for ${thousands(rows.evaluations)} evaluations ` +
    `(${thousands(r.memo.keys)} memo keys, ${thousands(r.memo.verified)} renderings re-checked); ` +
    `lifecycle guards refused ${thousands(r.stopped)} planned steps\n`
  )
}

export async function benchSeed(
  cases: number,
  seed: number
): Promise<{ rows: Row[]; notes: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-seed-'))
  const interrupted = () => {
    rmSync(dir, { recursive: true, force: true })
    process.exit(130)
  }
  process.once('SIGINT', interrupted)
  try {
    // A small seed first: the rows below should not pay for compiling the code.
    const warm = join(dir, 'warm.db')
    await timedSeed(warm, 2_000, seed)
    rmSync(warm, { force: true })
    const seeded = join(dir, 'seeded.db')
    const full = await timedSeed(seeded, cases, seed)
    const bytes = statSync(seeded).size
    process.stderr.write('… raw copy of the same rows\n')
    // The result so far, in case a long run is cut short.
    process.stderr.write(`… ${reportNote(cases, full.ms, full.report, bytes)}`)
    const floor = await rawCopy(seeded, join(dir, 'copy.db'), cases)
    const rows: Row[] = [
      {
        operation: `bulk seed, ${thousands(cases)} cases in ${UNITS} units`,
        samples: once(full.ms),
        baseline: { label: 'raw INSERT … SELECT of the same rows', samples: once(floor) }
      }
    ]
    const small = Math.min(cases, ABLATION_CASES)
    // Each technique changed, beside runs with the defaults made just before or after each of its
    // own (the order alternates), so that a change in the machine's load hits both.
    const file = join(dir, 'variant.db')
    const run = async (tuning: Partial<BulkTuning>) => {
      const { ms } = await timedSeed(file, small, seed, tuning)
      for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true })
      return ms
    }
    for (const [label, tuning] of TECHNIQUES) {
      process.stderr.write(`… seed ${thousands(small)} cases, ${label}\n`)
      const all: number[] = []
      const variant: number[] = []
      for (let i = 0; i < ABLATION_PAIRS; i++) {
        if (i % 2 === 0) all.push(await run({}))
        variant.push(await run(tuning))
        if (i % 2 === 1) all.push(await run({}))
      }
      rows.push({
        operation: `bulk seed ${thousands(small)} cases, ${label}`,
        samples: summarise(variant),
        baseline: { label: 'default techniques', samples: summarise(all) }
      })
    }
    return { rows, notes: [reportNote(cases, full.ms, full.report, bytes)] }
  } finally {
    process.off('SIGINT', interrupted)
    rmSync(dir, { recursive: true, force: true })
  }
}
