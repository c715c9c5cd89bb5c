// `yardstick seed --bulk`: a large, realistic and reproducible dataset in one transaction. The cases
// come from the demo generator (seed/generate.ts) like the handler-path seed, but they and all their
// records are written by prepared INSERTs, with the lifecycle checked by the handlers' own guards,
// the engine's evaluations memoised, the projections the app derives computed in memory, and the
// search index and secondary indexes built once at the end. It is a demo and bench dataset: the
// audit trail gets one row that says what was seeded (the hash chain stays valid), not one per record.
// A failure or a crash leaves the database as it was: everything is in one transaction.
import type { UserView } from '../../../shared/views'
import type { Server } from '../../app'
import { appendAudit } from '../../audit/repo'
import { recountTally } from '../../cases/tally'
import { syncCaseFacts } from '../../statistics/case-facts'
import type { NewAccount } from '../staff'
import { lifecycleEnv } from './environment'
import {
  checkReversalBounds,
  deferObjects,
  enterLoadMode,
  finishLoad,
  insertTriggers,
  secondaryIndexes
} from './load-mode'
import type { MemoStats } from './evaluation-memo'
import { drainPlanWorker, planWorkerFile, startPlanWorker, stopPlanWorker } from './plan-pipe'
import { indexSeededCases, lastCaseRowNo } from './search-index'
import { planSeed, type PlanInput, type PlanResult } from './seed-plan'
import { seedStatements } from './statements'
import { ownUnit, preflight } from './prepare'
import type { RowCounts } from './write-case'
import type { ClueCounts } from './write-clues'

/** What a progress report is about: cases written so far, then each closing step once. */
export type BulkPhase = 'cases' | 'search' | 'indexes' | 'checkpoint'

/** 'full': the lifecycle, clues and losses; 'register': cases as created (the bench register). */
export type BulkShape = 'full' | 'register'

/** The load techniques, switchable so the bench can show what each one gives. */
export type BulkTuning = {
  /** Page cache during the load; 0: sized by the number of cases. */
  cacheMiB: number
  /** Build secondary indexes after the load instead of during it. */
  deferIndexes: boolean
  /** Drop the triggers that fire on INSERT into the loaded tables during the load (load-mode.ts). */
  deferInsertTriggers: boolean
  /** Full-text rows in one INSERT … SELECT at the end instead of one per case. */
  searchAtEnd: boolean
  /** Plan the cases in a worker thread (the second core) while this one inserts the rows planned
   * before (plan-worker.ts); only where the built worker exists and the file is in WAL mode. */
  planWorker: boolean
  /** synchronous = OFF during the load (load-mode.ts says why that is safe); only ever granted to
   * a database that held no case before. */
  unsyncedLoad: boolean
}

export const DEFAULT_TUNING: BulkTuning = {
  cacheMiB: 0,
  deferIndexes: true,
  deferInsertTriggers: true,
  searchAtEnd: true,
  planWorker: true,
  // Measured without a gain: a single transaction syncs its WAL once at the commit either way, and
  // the checkpoint syncs the file in both cases (bench/README.md).
  unsyncedLoad: false
}

/** A page cache for the load's hot pages (the unique indexes take random inserts): 64 MB to 2 GB. */
export function cacheFor(cases: number): number {
  return Math.min(2048, Math.max(64, Math.round(cases / 400)))
}

/** The tables the load writes; their secondary indexes are rebuilt after it. */
export const LOADED_TABLES = [
  'cases',
  'parties',
  'case_events',
  'case_evaluations',
  'payments',
  'education_records',
  'decision_revocations',
  'case_facts',
  'case_outcomes',
  'enterprise_clues',
  'clue_steps',
  'recovered_losses'
] as const

export type BulkSeedOptions = {
  cases: number
  seed: number
  baseDate: string
  /** Units in all: the own one plus merged-in county bureaus (default 1). */
  units?: number
  shape?: BulkShape
  /** Every n-th case is a duplicate registration deleted soon after (default 200; 0: none). */
  deletedEvery?: number
  /**
   * Every n-th case (by its place in the stream, so the same cases whatever the count) has each
   * step checked by the lifecycle guards, the rest are written as planned (default 8; 1: all).
   * The guards' date arithmetic is most of a plan's cost; the plans are built to pass them, and
   * the seed tests check every case.
   */
  guardEvery?: number
  actor: UserView
  adminToken: string
  officerPassword?: string
  progress?: (phase: BulkPhase, done: number, total: number) => void
  tuning?: Partial<BulkTuning>
}

export type BulkSeedReport = {
  cases: number
  liveCases: number
  units: { code: string; name: string; own: boolean }[]
  officersCreated: NewAccount[]
  rows: RowCounts & ClueCounts & { search: number; users: number }
  memo: MemoStats
  /** Where the cases were planned: in the plan worker, or on the thread that inserts them. */
  plannedIn: 'worker' | 'main thread'
  /** Cases a lifecycle guard stopped on the way, and the first few reasons. */
  stopped: number
  problems: string[]
  seconds: {
    cases: number
    clues: number
    search: number
    indexes: number
    commit: number
    checkpoint: number
    total: number
  }
  /** An organisation party of a live case in the second half (for a search that finds few). */
  rareParty: string
}

export const SEED_AUDIT_ACTION = 'seed/bulk'

export async function bulkSeed(server: Server, o: BulkSeedOptions): Promise<BulkSeedReport> {
  const started = performance.now()
  preflight(server.deps.db, o, SEED_AUDIT_ACTION)
  const { own, officersCreated } = await ownUnit(server, o)
  const db = server.deps.db
  const tuning = { ...DEFAULT_TUNING, ...o.tuning }
  const shape = o.shape ?? 'full'
  const input: PlanInput = {
    seed: o.seed,
    baseDate: o.baseDate,
    cases: o.cases,
    units: o.units ?? 1,
    own,
    full: shape === 'full',
    deletedEvery: o.deletedEvery ?? 200,
    guardEvery: Math.max(1, o.guardEvery ?? 8),
    indexEach: !tuning.searchAtEnd
  }
  // The worker reads the committed database (the catalogue, the numbers already used) through a
  // connection of its own while this one writes: a file in WAL mode, and the built worker beside us.
  const workerFile = tuning.planWorker ? planWorkerFile() : null
  const file = db.memory ? '' : db.name
  const walFile = file !== '' && db.pragma('journal_mode', { simple: true }) === 'wal'
  // The projection is brought up to date first, so every dirty mark left after the load is one of
  // the seeded cases, whose facts the load writes itself.
  syncCaseFacts(db)
  const fresh = lastCaseRowNo(db) === 0
  const restore = enterLoadMode(db, {
    cacheMiB: tuning.cacheMiB || cacheFor(o.cases),
    unsynced: tuning.unsyncedLoad && fresh
  })
  const seconds = { cases: 0, clues: 0, search: 0, indexes: 0, commit: 0, checkpoint: 0, total: 0 }
  const progress = o.progress ?? (() => undefined)
  let restored = false
  const pipe =
    workerFile && walFile
      ? startPlanWorker(workerFile, { file, resourcesDir: server.deps.resourcesDir, input })
      : null
  try {
    const load = db.transaction(() => {
      let t = performance.now()
      const lap = () => {
        const now = performance.now()
        const s = (now - t) / 1000
        t = now
        return s
      }
      const deferred = [
        ...(tuning.deferIndexes ? secondaryIndexes(db, LOADED_TABLES) : []),
        ...(tuning.deferInsertTriggers ? insertTriggers(db, LOADED_TABLES) : [])
      ]
      const putBack = deferObjects(db, deferred)
      const sql = seedStatements(db)
      const afterRowNo = lastCaseRowNo(db)
      const casesDone = () => {
        seconds.cases = lap()
      }
      let planned: { result: PlanResult; memo: MemoStats }
      if (pipe) {
        let done = 0
        const onCase = () => {
          if (++done % 10_000 === 0) progress('cases', done, o.cases)
        }
        planned = drainPlanWorker(pipe, sql, onCase, () => {
          progress('cases', o.cases, o.cases)
          casesDone()
        })
      } else {
        const { env, memo } = lifecycleEnv(server.deps, o.baseDate)
        const result = planSeed(input, {
          db,
          env,
          sql,
          casesDone,
          progress: (done) => progress('cases', done, o.cases)
        })
        planned = { result, memo }
      }
      const plan = planned.result
      seconds.clues = lap()
      progress('search', 0, plan.liveCases)
      const searchRows = tuning.searchAtEnd ? indexSeededCases(db, afterRowNo) : plan.liveCases
      seconds.search = lap()
      progress('indexes', 0, deferred.length)
      putBack()
      if (tuning.deferInsertTriggers) {
        checkReversalBounds(db)
        // The live-case tally's insert trigger was off too (migration 0110).
        recountTally(db)
      }
      db.prepare('DELETE FROM case_facts_dirty').run()
      seconds.indexes = lap()
      const rows = { ...plan.counts, search: searchRows, users: plan.users }
      appendAudit(db, {
        at: server.deps.clock.now().toISOString(),
        actor: { id: o.actor.id, name: o.actor.displayName },
        action: SEED_AUDIT_ACTION,
        entity: 'seed',
        entityId: null,
        after: { seed: o.seed, baseDate: o.baseDate, cases: o.cases, shape, rows },
        detail: {
          seed: o.seed,
          baseDate: o.baseDate,
          cases: o.cases,
          shape,
          units: plan.units.map((u) => u.code),
          rows
        }
      })
      return { plan, rows, memo: planned.memo }
    })
    const t0 = performance.now()
    const { plan, rows, memo } = load.immediate()
    const t1 = performance.now()
    const phases = seconds.cases + seconds.clues + seconds.search + seconds.indexes
    seconds.commit = (t1 - t0) / 1000 - phases
    restore()
    restored = true
    progress('checkpoint', 0, 1)
    finishLoad(db)
    seconds.checkpoint = (performance.now() - t1) / 1000
    seconds.total = (performance.now() - started) / 1000
    return {
      cases: o.cases,
      liveCases: plan.liveCases,
      units: plan.units.map((u) => ({ code: u.code, name: u.name, own: u.own })),
      officersCreated,
      rows,
      memo,
      plannedIn: pipe ? 'worker' : 'main thread',
      stopped: plan.stopped,
      problems: plan.problems,
      seconds,
      rareParty: plan.rareParty
    }
  } finally {
    if (pipe) stopPlanWorker(pipe)
    if (!restored) restore()
  }
}
