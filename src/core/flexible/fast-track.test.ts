import { describe, expect, it } from 'vitest'
import { daysToDecision, simpleProcedureEligible, type FastTrackFacts } from './fast-track'

const base: FastTrackFacts = {
  onTheSpot: false,
  procedure: null,
  decision: null,
  intendedFineFen: null
}
const atMost = { kind: 'simpleIfAtMost', maxFen: 300_000 } as const

describe('simple-procedure eligibility (APL Art. 51)', () => {
  it.each<[string, Partial<FastTrackFacts>, boolean]>([
    ['decided on the spot', { onTheSpot: true }, true],
    ['no evaluation', {}, false],
    ['evaluation: simple, undecided', { procedure: { kind: 'simple' } }, true],
    [
      'evaluation: simple, decided with a warning',
      { procedure: { kind: 'simple' }, decision: { outcome: 'penalty', fineFen: null } },
      true
    ],
    [
      'evaluation: simple, but decided without a penalty',
      { procedure: { kind: 'simple' }, decision: { outcome: 'noPenalty' } },
      false
    ],
    ['evaluation: ordinary', { procedure: { kind: 'ordinary' } }, false],
    ['evaluation: no penalty', { procedure: { kind: 'none' } }, false],
    [
      'at most 3 000 yuan: decided fine 3 000 yuan',
      { procedure: atMost, decision: { outcome: 'penalty', fineFen: 300_000 } },
      true
    ],
    [
      'at most 3 000 yuan: decided fine 3 000.01 yuan',
      { procedure: atMost, decision: { outcome: 'penalty', fineFen: 300_001 } },
      false
    ],
    [
      'at most 3 000 yuan: undecided, intended 2 000',
      { procedure: atMost, intendedFineFen: 200_000 },
      true
    ],
    ['at most 3 000 yuan: undecided, no intended fine', { procedure: atMost }, false]
  ])('%s', (_name, over, expected) => {
    expect(simpleProcedureEligible({ ...base, ...over })).toBe(expected)
  })
})

describe('days from filing to decision', () => {
  it('counts calendar days, across a month and a leap day', () => {
    expect(daysToDecision('2024-02-27', '2024-03-01')).toBe(3)
    expect(daysToDecision('2026-03-02', '2026-03-02')).toBe(0)
  })
  it('is null without either date', () => {
    expect(daysToDecision(null, '2026-03-02')).toBeNull()
    expect(daysToDecision('2026-03-02', null)).toBeNull()
  })
})
