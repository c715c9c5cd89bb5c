import { describe, expect, it } from 'vitest'
import { parseFacts } from '../discretion/parse'
import { exemptionFactsFrom } from './from-facts'

const facts = (over: Record<string, unknown> = {}) => {
  const r = parseFacts({
    itemCode: 'SC-FS-124-01-05',
    party: { kind: 'person' },
    dates: { violation: '2025-01-05', discovery: '2025-01-06', decision: '2025-04-20' },
    harm: 'slight',
    ...over
  })
  if (!r.ok) throw new Error(JSON.stringify(r.issues))
  return r.value
}

describe('exemptionFactsFrom', () => {
  it('maps the Art. 33 facts of the discretion engine', () => {
    const f = exemptionFactsFrom(
      facts({
        correction: { corrected: true, prompt: true },
        noFaultEvidence: true,
        minorViolation: true
      }),
      { food136Applies: false, noFaultDisplacedBy: null }
    )
    expect(f).toEqual({
      firstViolation: true,
      harm: 'slight',
      minorViolation: true,
      corrected: true,
      promptlyCorrected: true,
      noFault: true,
      noFaultDisplacedBy: null,
      publicEmergency: false,
      food136: null
    })
    expect(
      exemptionFactsFrom(facts({ priorViolations: 1 }), {
        food136Applies: false,
        noFaultDisplacedBy: null
      }).firstViolation
    ).toBe(false)
  })

  it('reads 食品安全法 Art. 136 from the confirmed sector ground, where the item allows it', () => {
    const item = { food136Applies: true, noFaultDisplacedBy: null }
    expect(exemptionFactsFrom(facts({ sectorGrounds: ['FSL-136'] }), item).food136).toEqual({
      purchaseInspectionDone: true,
      didNotKnow: true,
      sourceStated: true
    })
    expect(exemptionFactsFrom(facts(), item).food136).toEqual({
      purchaseInspectionDone: false,
      didNotKnow: false,
      sourceStated: false
    })
  })
})
