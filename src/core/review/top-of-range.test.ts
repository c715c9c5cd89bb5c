import { describe, expect, it } from 'vitest'
import { checkTopOfRange } from './top-of-range'
import { config, only, RANGE_124, subject, withFine } from './review.test-support'
import type { ReviewSubject } from './types'

const run = (s: ReviewSubject, c = config()) =>
  checkTopOfRange({ subject: s, peers: [], config: c })
const top = withFine(subject({ level: 'HEAVIER', proposedLevel: 'HEAVIER' }), RANGE_124.maxFen)

describe('顶格 without a 从重 ground', () => {
  it('flags the statutory maximum when no aggravating ground is recorded', () => {
    const f = only(run(top))
    expect(f).toMatchObject({ code: 'TOP_OF_RANGE_WITHOUT_GROUND', severity: 'flag' })
    expect(f.evidence).toMatchObject({ position: 1, topOfRange: 1 })
    expect(f.citations[0]?.article).toBe('第五条第二款')
  })

  it('accepts the maximum with a recorded ground, and one fen below it without', () => {
    expect(run({ ...top, aggravatingGrounds: ['repeatViolation'] })).toEqual([])
    expect(run(withFine(top, RANGE_124.maxFen - 1))).toEqual([])
  })

  it('honours a lower configured top, inclusive', () => {
    const c = config((x) => {
      x.position.topOfRange = { ...x.position.topOfRange, value: 0.9 }
    })
    const at90 = RANGE_124.minFen + 0.9 * (RANGE_124.maxFen - RANGE_124.minFen)
    expect(run(withFine(top, at90), c)).toHaveLength(1)
    expect(run(withFine(top, at90 - 1), c)).toEqual([])
  })

  it('ignores single-amount ranges and fines above the maximum (the range check blocks those)', () => {
    expect(run(withFine({ ...top, statutoryRange: { minFen: 500, maxFen: 500 } }, 500))).toEqual([])
    expect(run(withFine(top, RANGE_124.maxFen + 1))).toEqual([])
  })
})
