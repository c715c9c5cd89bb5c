// Everything of a bulk seed that draws from its random streams, in one order: the merged-in units and
// their accounts, the cases with all their records, the 案号 serials and the clue register. It writes
// through `sql`, which is either the prepared statements (planned on the main thread) or recorders
// whose calls the main thread runs later in the same order (plan-worker.ts): both give the same rows.
import type Database from 'better-sqlite3'
import { generateCases } from '../generate'
import { createRng } from '../prng'
import { runCaseLoop } from './case-loop'
import { writeClueRegister } from './clue-register'
import type { LifecycleEnv } from './lifecycle-plan'
import { seededIdSource } from './ids'
import type { SeedStatements } from './statements'
import { isoOf, officeMoment } from './times'
import { IMPORTED_PASSWORD_HASH, importedUnits, type SeedUnit } from './units'
import type { RowCounts } from './write-case'
import type { ClueCounts } from './write-clues'

export type PlanInput = {
  seed: number
  baseDate: string
  cases: number
  /** Units in all, the own one included. */
  units: number
  own: SeedUnit
  full: boolean
  deletedEvery: number
  guardEvery: number
  indexEach: boolean
}

export type PlanResult = {
  units: SeedUnit[]
  users: number
  counts: RowCounts & ClueCounts
  liveCases: number
  stopped: number
  problems: string[]
  rareParty: string
}

export type PlanSinks = {
  /** Read for the numbers already used (案号 serials, clue numbers); not written. */
  db: Database.Database
  env: LifecycleEnv
  sql: SeedStatements
  /** Called after the last case's rows, before the clue register's. */
  casesDone: () => void
  progress: (done: number) => void
}

export function planSeed(input: PlanInput, sinks: PlanSinks): PlanResult {
  const { db, env, sql } = sinks
  const ids = seededIdSource(createRng((input.seed ^ 0x1d5eed) >>> 0))
  const unitRng = createRng((input.seed ^ 0x0b1d) >>> 0)
  const baseMs = officeMoment(unitRng, input.baseDate)
  const imported = importedUnits(unitRng, ids, Math.max(0, input.units - 1), input.own.code, baseMs)
  const units = [input.own, ...imported.units]
  for (const u of imported.users) {
    const at = isoOf(baseMs)
    sql.user.run(u.id, u.username, u.displayName, IMPORTED_PASSWORD_HASH, at, at)
  }
  const stream = generateCases({
    seed: input.seed,
    baseDate: input.baseDate,
    officerCount: Math.min(...units.map((u) => u.officerIds.length))
  })
  const loop = runCaseLoop(
    {
      db,
      sql,
      units,
      env,
      lifecycle: input.full,
      deletedEvery: input.deletedEvery,
      guardEvery: input.guardEvery,
      indexEach: input.indexEach,
      progress: sinks.progress
    },
    {
      drafts: () => stream.next().value,
      units: unitRng,
      life: createRng((input.seed ^ 0x5eed) >>> 0),
      rows: createRng((input.seed * 31 + 17) >>> 0),
      ids
    },
    input.cases
  )
  for (const [prefix, year, last] of loop.serials) sql.serial.run(prefix, year, last)
  sinks.casesDone()
  const clues = input.full
    ? writeClueRegister({ db, sql, ids, units, env, seed: input.seed, cases: input.cases, loop })
    : { clues: 0, clueSteps: 0, losses: 0 }
  return {
    units,
    users: imported.users.length,
    counts: { ...loop.counts, ...clues },
    liveCases: loop.liveCases,
    stopped: loop.stopped,
    problems: loop.problems,
    rareParty: loop.rareParty
  }
}
