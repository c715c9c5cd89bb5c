import { describe, expect, it } from 'vitest'
import { annualColumn } from './annual-columns'
import type { CaseFact, DecisionFact } from './case-fact'
import type { CountingOptions } from './metrics'
import { periodOf, yearBefore } from './period'
import { drillDown, tally } from './tally'

const Y2025 = periodOf('year', 2025)
const OPTIONS: CountingOptions = { includeRevoked: true, asOf: '2026-03-01' }

let n = 0
function fact(over: Partial<CaseFact> = {}): CaseFact {
  n++
  return {
    caseId: `case-${n}`,
    caseNumber: `汉阳市监立〔2025〕${n}号`,
    unitCode: 'U1',
    cause: '未按规定明码标价',
    itemCode: 'MR-PRICE-001',
    itemName: '未明码标价',
    filedOn: '2025-03-01',
    decidedOn: null,
    decision: null,
    revokedOn: null,
    transferredOn: null,
    closedOn: null,
    decisionDueOn: null,
    hearingHeldOn: null,
    legalReviewedOn: null,
    collectiveDiscussedOn: null,
    fastTrack: false,
    publicService: null,
    ...over
  }
}

function penalty(
  types: Extract<DecisionFact, { outcome: 'penalty' }>['penalty']['types'],
  fineFen: number | null = null,
  confiscationFen: number | null = null
): DecisionFact {
  return { outcome: 'penalty', procedure: 'ordinary', penalty: { types, fineFen, confiscationFen } }
}

describe('the annual table counting rules (domain.md §7.1)', () => {
  it('counts a joint penalty once, under its most severe type in the §2 order', () => {
    // 没收违法所得，并处罚款 → 没收; 罚款 + 吊销 → 吊销; 警告 + 罚款 → 罚款.
    expect(annualColumn(['fine', 'confiscateGains'])).toBe('confiscation')
    expect(annualColumn(['revokeLicence', 'fine'])).toBe('revokeLicence')
    expect(annualColumn(['warning', 'fine'])).toBe('fine')
    expect(annualColumn(['publicCriticism'])).toBe('warning')
    expect(annualColumn(['restrictPractice'])).toBe('orderClosure')
    const facts = [
      fact({
        decidedOn: '2025-05-01',
        decision: penalty(['fine', 'confiscateGains'], 500000, 120000)
      }),
      fact({ decidedOn: '2025-06-01', decision: penalty(['fine'], 300000) }),
      fact({ decidedOn: '2025-07-01', decision: penalty(['warning']) })
    ]
    const t = tally(facts, Y2025, OPTIONS)
    expect(t.counts.penaltyDecisions).toBe(3)
    expect(t.counts['penalty.confiscation']).toBe(1)
    expect(t.counts['penalty.fine']).toBe(1)
    expect(t.counts['penalty.warning']).toBe(1)
    // 罚没金额 = the amounts stated in the decisions, fines and confiscations together.
    expect(t.amounts.finesAndConfiscationsFen).toBe(920000)
    expect(t.amounts.fineFen).toBe(800000)
    expect(t.amounts.confiscationFen).toBe(120000)
  })

  it('places a case that spans two periods by its decision date, and its filing by the filing date', () => {
    const spanning = fact({
      filedOn: '2024-12-20',
      decidedOn: '2025-01-10',
      decision: penalty(['fine'], 100000)
    })
    const y2024 = tally([spanning], periodOf('year', 2024), OPTIONS)
    const y2025 = tally([spanning], Y2025, OPTIONS)
    expect([y2024.counts.filed, y2024.counts.penaltyDecisions]).toEqual([1, 0])
    expect([y2025.counts.filed, y2025.counts.penaltyDecisions]).toEqual([0, 1])
    expect(y2025.amounts.fineFen).toBe(100000)
    expect(y2024.amounts.fineFen).toBe(0)
    expect(y2025.averageDaysToDecision).toBe(21)
    // A quarter: decided in Q1 2025, not in Q2.
    expect(tally([spanning], periodOf('quarter', 2025, 1), OPTIONS).counts.decided).toBe(1)
    expect(tally([spanning], periodOf('quarter', 2025, 2), OPTIONS).counts.decided).toBe(0)
  })

  it('counts no-penalty decisions apart from penalties, by their exemption ground', () => {
    const facts = [
      fact({
        decidedOn: '2025-02-01',
        decision: { outcome: 'noPenalty', ground: 'firstViolationExemption' }
      }),
      fact({
        decidedOn: '2025-02-02',
        decision: { outcome: 'noPenalty', ground: 'firstViolationExemption' }
      }),
      fact({
        decidedOn: '2025-02-03',
        decision: { outcome: 'noPenalty', ground: 'minorViolationExemption' }
      }),
      fact({ decidedOn: '2025-02-04', decision: { outcome: 'noPenalty', ground: null } }),
      fact({ decidedOn: '2025-02-05', decision: penalty(['fine'], 1000) })
    ]
    const t = tally(facts, Y2025, OPTIONS)
    expect(t.counts.decided).toBe(5)
    expect(t.counts.penaltyDecisions).toBe(1)
    expect(t.counts.noPenalty).toBe(4)
    expect(t.counts.firstViolationExempt).toBe(2)
    expect(t.counts.minorExempt).toBe(1)
    // A no-penalty decision has no 罚没金额 and no column of the penalty table.
    expect(t.amounts.finesAndConfiscationsFen).toBe(1000)
    expect(t.counts['penalty.other']).toBe(0)
  })

  it('keeps a revoked decision in its decision year only when the unit counts revoked decisions', () => {
    const revoked = fact({
      decidedOn: '2025-04-01',
      decision: penalty(['fine'], 200000),
      revokedOn: '2026-01-15'
    })
    const kept = tally([revoked], Y2025, OPTIONS)
    expect([kept.counts.penaltyDecisions, kept.amounts.fineFen]).toEqual([1, 200000])
    const dropped = tally([revoked], Y2025, { ...OPTIONS, includeRevoked: false })
    expect([dropped.counts.penaltyDecisions, dropped.amounts.fineFen]).toEqual([0, 0])
    // The revocation itself is a figure of the year it happened in.
    expect(tally([revoked], periodOf('year', 2026), OPTIONS).counts.revoked).toBe(1)
    expect(kept.counts.revoked).toBe(0)
  })

  it('counts overdue cases in the period their deadline fell in, and only once it has passed', () => {
    const late = fact({
      decisionDueOn: '2025-06-01',
      decidedOn: '2025-06-10',
      decision: penalty(['warning'])
    })
    const onTime = fact({
      decisionDueOn: '2025-06-01',
      decidedOn: '2025-05-30',
      decision: penalty(['warning'])
    })
    const open = fact({ decisionDueOn: '2025-08-01' })
    const notYet = fact({ decisionDueOn: '2026-05-01' })
    const transferred = fact({ decisionDueOn: '2025-08-01', transferredOn: '2025-04-01' })
    const t = tally([late, onTime, open, notYet, transferred], Y2025, OPTIONS)
    expect(t.counts.overdue).toBe(2)
    expect(
      drillDown([late, onTime, open, notYet, transferred], 'overdue', Y2025, OPTIONS).map(
        (f) => f.caseId
      )
    ).toEqual([late.caseId, open.caseId])
    expect(tally([notYet], periodOf('year', 2026), OPTIONS).counts.overdue).toBe(0)
  })

  it('sums public-service hours and offsets of the decisions in the period, and the fast-track share', () => {
    const facts = [
      fact({
        decidedOn: '2025-09-01',
        decision: penalty(['fine'], 60000),
        publicService: { hoursTenths: 80, pointsTenths: 0, offsetFen: 40000 },
        fastTrack: true
      }),
      fact({ decidedOn: '2025-09-02', decision: penalty(['fine'], 100000) }),
      fact({
        decidedOn: '2024-09-01',
        decision: penalty(['fine'], 60000),
        publicService: { hoursTenths: 40, pointsTenths: 0, offsetFen: 20000 }
      })
    ]
    const t = tally(facts, Y2025, OPTIONS)
    expect(t.counts.publicService).toBe(1)
    expect(t.amounts.publicServiceHoursTenths).toBe(80)
    expect(t.amounts.publicServiceOffsetFen).toBe(40000)
    expect(t.fastTrackPermille).toBe(500)
    // 2025-03-01 → 2025-09-01 is 184 days; only the fast-track decision counts in its average.
    expect(t.fastTrackAverageDays).toBe(184)
  })

  it('gives every figure a drill-down list of exactly as many cases', () => {
    const facts: CaseFact[] = []
    const grounds = ['firstViolationExemption', 'minorViolationExemption', 'noFault'] as const
    for (let i = 0; i < 60; i++) {
      const month = String((i % 12) + 1).padStart(2, '0')
      const year = 2024 + (i % 3)
      facts.push(
        fact({
          filedOn: `${year}-${month}-01`,
          decidedOn: i % 5 === 0 ? null : `${year}-${month}-20`,
          decision:
            i % 5 === 0
              ? null
              : i % 2 === 0
                ? { outcome: 'noPenalty', ground: grounds[i % 3] ?? null }
                : penalty(i % 3 === 0 ? ['fine', 'revokeLicence'] : ['fine'], 1000 * i),
          closedOn: i % 4 === 0 ? `${year}-${month}-28` : null,
          revokedOn: i % 7 === 0 ? `${year}-12-30` : null,
          decisionDueOn: `${year}-${month}-25`
        })
      )
    }
    for (const options of [OPTIONS, { ...OPTIONS, includeRevoked: false }]) {
      const t = tally(facts, Y2025, options)
      for (const [metric, count] of Object.entries(t.counts)) {
        expect([
          metric,
          drillDown(facts, metric as keyof typeof t.counts, Y2025, options).length
        ]).toEqual([metric, count])
      }
    }
  })

  it('shifts a period by one year for the year-on-year comparison', () => {
    expect(yearBefore(Y2025)).toEqual(periodOf('year', 2024))
    expect(yearBefore({ from: '2024-02-29', to: '2024-03-31' })).toEqual({
      from: '2023-02-28',
      to: '2023-03-31'
    })
    expect(periodOf('month', 2024, 2)).toEqual({ from: '2024-02-01', to: '2024-02-29' })
    expect(periodOf('quarter', 2025, 4)).toEqual({ from: '2025-10-01', to: '2025-12-31' })
  })
})
