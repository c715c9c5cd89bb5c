// Synthetic statistics facts for the bench register: the bulk load writes cases without their
// lifecycle (no events, evaluations or payments — see dataset.ts), so the case_facts projection the
// statistics read is written here, through the projection's own writer, deterministically from the
// seed: about three in four filed cases decided, one in seven of those without penalty (most of them
// 首违不罚), the rest with a fine and sometimes a confiscation or a heavier type. The dirty marks of
// the load are cleared: re-deriving these cases from their (absent) records would undo the decisions.
// Each decided case with a penalty also gets its peer row (case_outcomes, as recordOutcome writes it
// at the decision), for the consistency review's peer groups: one item and benchmark, the level
// spread over the benchmark's levels, the fine's position in a 1,000–5,000 yuan range.
import type Database from 'better-sqlite3'
import type { PenaltyType } from '../src/core/lifecycle/penalty'
import type { CaseFact } from '../src/core/statistics/case-fact'
import { addDays } from '../src/server/seed/dates'
import { createRng } from '../src/server/seed/prng'
import { PENALTY_LEVELS } from '../src/core/discretion/vocabulary'
import { upsertOutcome } from '../src/server/review/repo'
import { writeCaseFact } from '../src/server/statistics/case-facts'
import { BASE_DATE } from './dataset'

type CaseRow = {
  id: string
  case_number: string
  origin_unit: string
  cause: string
  filed_on: string | null
  decision_due_on: string | null
}

const TYPES: PenaltyType[][] = [
  ['fine'],
  ['fine'],
  ['fine'],
  ['fine', 'confiscateGains'],
  ['warning'],
  ['fine', 'revokeLicence']
]

export function writeSyntheticFacts(db: Database.Database, seed: number): number {
  const rng = createRng((seed * 31 + 7) >>> 0)
  // Its own stream: the facts stay those of earlier runs.
  const levels = createRng((seed * 31 + 11) >>> 0)
  const rows = db
    .prepare(
      `SELECT id, case_number, origin_unit, cause, filed_on, decision_due_on FROM cases
        WHERE deleted_at IS NULL ORDER BY row_no`
    )
    .all() as CaseRow[]
  db.transaction(() => {
    for (const c of rows) {
      const decidedOn = c.filed_on ? addDays(c.filed_on, rng.int(10, 80)) : null
      const decided = decidedOn !== null && decidedOn <= BASE_DATE && rng.chance(0.75)
      const noPenalty = decided && rng.chance(1 / 7)
      const types = rng.pick(TYPES)
      const simple = types[0] === 'warning' || (types.length === 1 && rng.chance(0.1))
      const fact: CaseFact = {
        caseId: c.id,
        caseNumber: c.case_number,
        unitCode: c.origin_unit,
        cause: c.cause,
        itemCode: 'SC-PR-13-01',
        itemName: '不按规定明码标价',
        filedOn: c.filed_on,
        decidedOn: decided ? decidedOn : null,
        decision: !decided
          ? null
          : noPenalty
            ? {
                outcome: 'noPenalty',
                ground: rng.chance(0.7) ? 'firstViolationExemption' : 'minorViolationExemption'
              }
            : {
                outcome: 'penalty',
                procedure: simple ? 'simple' : 'ordinary',
                penalty: {
                  types,
                  fineFen: types.includes('fine') ? rng.int(5, 2000) * 10_000 : null,
                  confiscationFen: types.includes('confiscateGains')
                    ? rng.int(1, 500) * 10_000
                    : null
                }
              },
        revokedOn: null,
        transferredOn: null,
        closedOn: decided && decidedOn ? addDays(decidedOn, rng.int(5, 40)) : null,
        decisionDueOn: c.decision_due_on,
        hearingHeldOn: null,
        legalReviewedOn: null,
        collectiveDiscussedOn: null,
        fastTrack: decided && !noPenalty && simple,
        publicService: null
      }
      writeCaseFact(db, c.id, fact)
      const fine = fact.decision?.outcome === 'penalty' ? fact.decision.penalty.fineFen : null
      if (fact.decidedOn && fine !== null) {
        upsertOutcome(db, {
          caseId: c.id,
          caseNumber: c.case_number,
          unitCode: c.origin_unit,
          itemCode: 'SC-PR-13-01',
          itemName: '不按规定明码标价',
          benchmarkId: 'bench-benchmark',
          level: levels.pick(PENALTY_LEVELS),
          decidedOn: fact.decidedOn,
          fineFen: fine,
          position: (fine - 100_000) / 400_000,
          finePerBase: fine / 1_000_000
        })
      }
    }
    db.prepare('DELETE FROM case_facts_dirty').run()
  })()
  return rows.length
}
