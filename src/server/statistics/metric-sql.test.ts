// The SQL form of the counting rules must give the pure rules' answers: random cases, random
// periods and options, compared figure by figure and list by list.
import Database from 'better-sqlite3'
import {
  assert as fcAssert,
  array,
  boolean,
  constant,
  constantFrom,
  integer,
  oneof,
  property,
  record,
  subarray,
  tuple,
  type Arbitrary
} from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import type { CaseFact, DecisionFact } from '../../core/statistics/case-fact'
import { CASE_METRICS, type CountingOptions } from '../../core/statistics/metrics'
import { drillDown, tally } from '../../core/statistics/tally'
import { PENALTY_TYPES } from '../../core/lifecycle/penalty'
import { migrate } from '../db/migrate'
import { writeCaseFact } from './case-facts'
import { countPeriod, decisionAmounts } from './count'
import { drillFactsOf } from './drill-view'

const db = new Database(':memory:')
migrate(db)
// Facts without their cases: the projection's foreign key to cases is not what is tested here.
db.pragma('foreign_keys = OFF')
afterAll(() => db.close())

// A short span, so that dates coincide and boundaries (period ends, deadlines) are hit often.
const day = integer({ min: 0, max: 20 }).map((n) =>
  new Date(Date.UTC(2022, 0, 1) + n * 86_400_000).toISOString().slice(0, 10)
)
const maybeDay = oneof(constant(null), day)
const fen = oneof(constant(null), integer({ min: 1, max: 10_000_000 }))

const decision: Arbitrary<DecisionFact> = oneof(
  record({
    outcome: constant('penalty' as const),
    procedure: constantFrom('ordinary' as const, 'simple' as const),
    penalty: record({
      types: subarray([...PENALTY_TYPES], { minLength: 1 }),
      fineFen: fen,
      confiscationFen: fen
    })
  }),
  record({
    outcome: constant('noPenalty' as const),
    ground: constantFrom(
      null,
      'firstViolationExemption' as const,
      'minorViolationExemption' as const,
      'noFault' as const,
      'limitation' as const
    )
  })
)

const fact: Arbitrary<Omit<CaseFact, 'caseId' | 'caseNumber'>> = record({
  unitCode: constantFrom('U1', 'U2'),
  cause: constant('未按规定明码标价'),
  itemCode: constantFrom(null, 'SC-PR-13-01'),
  itemName: constant(null),
  filedOn: maybeDay,
  decidedOn: day,
  decision: oneof(constant(null), decision),
  revokedOn: maybeDay,
  transferredOn: maybeDay,
  closedOn: maybeDay,
  decisionDueOn: maybeDay,
  hearingHeldOn: maybeDay,
  legalReviewedOn: maybeDay,
  collectiveDiscussedOn: maybeDay,
  fastTrack: boolean(),
  publicService: oneof(
    constant(null),
    record({
      hoursTenths: integer({ min: 0, max: 200 }),
      pointsTenths: integer({ min: 0, max: 200 }),
      offsetFen: integer({ min: 0, max: 100_000 })
    })
  )
})

/** A decided date only with a decision, and a revocation only of a decision, as the projection has. */
function coherent(f: Omit<CaseFact, 'caseId' | 'caseNumber'>, i: number): CaseFact {
  return {
    ...f,
    caseId: `c${String(i).padStart(4, '0')}`,
    caseNumber: `案${i}`,
    decidedOn: f.decision ? f.decidedOn : null,
    revokedOn: f.decision ? f.revokedOn : null,
    publicService: f.decision ? f.publicService : null
  }
}

const period = tuple(day, day).map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a }))
const options: Arbitrary<CountingOptions> = record({ includeRevoked: boolean(), asOf: day })

describe('the SQL counting rules', () => {
  it('give the pure rules’ figures and lists for any cases, period and options', () => {
    fcAssert(
      property(array(fact, { maxLength: 40 }), period, options, (raw, p, o) => {
        const facts = raw.map(coherent)
        db.prepare('DELETE FROM case_facts').run()
        for (const f of facts) writeCaseFact(db, f.caseId, f)
        const sql = countPeriod(db, p, null, o)
        const pure = tally(facts, p, o)
        expect(sql.counts).toEqual(pure.counts)
        expect(sql.amounts).toEqual(pure.amounts)
        expect(sql.averageDaysToDecision).toBe(pure.averageDaysToDecision)
        expect(sql.fastTrackAverageDays).toBe(pure.fastTrackAverageDays)
        expect(sql.fastTrackPermille).toBe(pure.fastTrackPermille)
        expect(sql.closedPermille).toBe(pure.closedPermille)
        const amounts = decisionAmounts(db, p, null, o)
        expect(amounts.finesAndConfiscationsFen).toBe(pure.amounts.finesAndConfiscationsFen)
        expect(amounts.fingerprint).toEqual(sql.fingerprint.find((g) => g.column === 'decided_on'))
        for (const metric of CASE_METRICS) {
          const listed = drillFactsOf(db, { metric, period: p, unit: null, options: o })
          const expected = drillDown(facts, metric, p, o).map((f) => f.caseId)
          expect([metric, listed.map((f) => f.caseId).sort()]).toEqual([metric, expected.sort()])
        }
        // One unit's figures are its own cases' figures.
        const u1 = facts.filter((f) => f.unitCode === 'U1')
        expect(countPeriod(db, p, 'U1', o).counts).toEqual(tally(u1, p, o).counts)
      }),
      { numRuns: 300 }
    )
  })

  it('reads a stored fact back as written', () => {
    fcAssert(
      property(fact, (raw) => {
        const f = coherent(raw, 1)
        db.prepare('DELETE FROM case_facts').run()
        writeCaseFact(db, f.caseId, f)
        const all = drillFactsOf(db, {
          metric: 'filed',
          period: { from: '2000-01-01', to: '2100-01-01' },
          unit: null,
          options: { includeRevoked: true, asOf: '2030-01-01' }
        })
        if (f.filedOn !== null) expect(all).toEqual([{ ...f, itemName: f.itemName }])
      }),
      { numRuns: 100 }
    )
  })
})
