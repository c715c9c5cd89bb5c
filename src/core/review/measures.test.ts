import { describe, expect, it } from 'vitest'
import { DEFAULT_REVIEW_CONFIG } from './config'
import { finePerBase, peerFromSubject, positionInRange, ratioBase } from './measures'
import { subject, YULIN } from './review.test-support'

describe('measures', () => {
  it('places a fine in its range: 0 at the minimum, 1 at the maximum', () => {
    const r = { minFen: 5_000_000, maxFen: 10_000_000 }
    expect(positionInRange(5_000_000, r)).toBe(0)
    expect(positionInRange(10_000_000, r)).toBe(1)
    expect(positionInRange(6_600_000, r)).toBeCloseTo(0.32, 12)
    expect(positionInRange(4_000_000, r)).toBeLessThan(0)
    expect(positionInRange(500, { minFen: 500, maxFen: 500 })).toBeNull()
  })

  it('divides by the larger base, floored, and needs one recorded', () => {
    expect(ratioBase({ goodsValueFen: 2_000, illegalGainsFen: 1_000 }, 100)).toEqual({
      kind: 'goodsValue',
      fen: 2_000
    })
    expect(ratioBase({ goodsValueFen: null, illegalGainsFen: 50 }, 100)).toEqual({
      kind: 'floor',
      fen: 100
    })
    expect(ratioBase({ goodsValueFen: null, illegalGainsFen: null }, 100)).toBeNull()
    expect(finePerBase(6_600_000, { goodsValueFen: 2_000, illegalGainsFen: null }, 100)).toBe(3300)
  })

  it('stores a decided case as a peer with the same measures', () => {
    expect(peerFromSubject(YULIN, 'UNIT-A', '2025-05-01', DEFAULT_REVIEW_CONFIG)).toMatchObject({
      caseId: 'yulin',
      unitCode: 'UNIT-A',
      level: 'NORMAL',
      decidedOn: '2025-05-01',
      fineFen: 6_600_000,
      finePerBase: 3300
    })
    expect(
      peerFromSubject(subject({ penalty: null }), 'U', '2025-05-01', DEFAULT_REVIEW_CONFIG)
    ).toMatchObject({
      fineFen: null,
      position: null,
      finePerBase: null
    })
  })
})
