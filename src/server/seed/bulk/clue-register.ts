// The enterprise-supervision registers of the seeded units: about one clue per 40 cases, spread over
// the three years, about enterprises that appear in the cases; the losses recovered on substantiated
// clues; and the refund of each revoked fine an enterprise had paid.
import type Database from 'better-sqlite3'
import { addDays } from '../dates'
import { createRng } from '../prng'
import type { CaseLoopResult } from './case-loop'
import { planClue, planLosses } from './clue-plan'
import type { SeededIds } from './ids'
import type { LifecycleEnv } from './lifecycle-plan'
import type { SeedStatements } from './statements'
import type { SeedUnit } from './units'
import { clueNumbers, writeClue, writeLosses, type ClueCounts } from './write-clues'

const CASES_PER_CLUE = 40

/** The year a clue is numbered under: the year it was registered (on the day it was received). */
const registeredYear = (c: { receivedOn: string }) => c.receivedOn.slice(0, 4)
const SPAN_DAYS = 3 * 365

export function writeClueRegister(input: {
  db: Database.Database
  sql: SeedStatements
  ids: SeededIds
  units: readonly SeedUnit[]
  env: LifecycleEnv
  seed: number
  cases: number
  loop: CaseLoopResult
}): ClueCounts {
  const { sql, ids, units, env, loop } = input
  const rng = createRng((input.seed ^ 0xc1e5) >>> 0)
  const numbers = clueNumbers(input.db)
  const counts: ClueCounts = { clues: 0, clueSteps: 0, losses: 0 }
  const deadlineDays = env.config.flexible.clues.defaultDeadlineDays
  const total = loop.enterprises.length === 0 ? 0 : Math.round(input.cases / CASES_PER_CLUE)
  const planned = []
  for (let i = 0; i < total; i++) {
    const unit = units[i % units.length] as SeedUnit
    const enterprise = rng.pick(loop.enterprises)
    const receivedOn = addDays(env.baseDate, -rng.int(0, SPAN_DAYS - 1))
    const clue = planClue(rng, enterprise, receivedOn, env.baseDate, deadlineDays)
    planned.push({ unit, enterprise, clue, losses: planLosses(rng, clue, env.baseDate) })
  }
  // Numbered in the order they were registered, as clues/register numbers them.
  planned.sort((x, y) => x.clue.createdMs - y.clue.createdMs)
  for (const { unit, enterprise, clue, losses } of planned) {
    const clueId = writeClue(sql, ids, unit, numbers(unit, registeredYear(clue)), clue, counts)
    writeLosses(sql, ids, unit, { ...enterprise, caseId: null, clueId }, losses, counts)
  }
  for (const r of loop.revoked) {
    const loss = {
      category: 'fineCorrected' as const,
      amountFen: r.paidFen,
      on: r.lossOn,
      evidence: `罚没款退付凭证 ${rng.chars('0123456789', 12)}`,
      note: '行政处罚决定被撤销，退还已缴罚款',
      reverses: null,
      atMs: r.lossMs
    }
    if (loss.on > env.baseDate) continue
    const source = { ...r.enterprise, caseId: r.caseId, clueId: null }
    writeLosses(sql, ids, r.unit, source, [loss], counts)
  }
  return counts
}
