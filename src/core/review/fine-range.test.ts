import { describe, expect, it } from 'vitest'
import { checkFineRange } from './fine-range'
import { DEFAULT_REVIEW_CONFIG as config } from './config'
import { codes, only, RANGE_124, subject, withFine, yuan } from './review.test-support'

const run = (s = subject()) => checkFineRange({ subject: s, peers: [], config })

describe('fine outside the statutory range', () => {
  it('blocks a fine above the maximum, citing APL Art. 76 ¶1 (2)', () => {
    const f = only(run(withFine(subject(), RANGE_124.maxFen + 1)))
    expect(f).toMatchObject({ code: 'FINE_ABOVE_STATUTORY_MAX', severity: 'block' })
    expect(f.citations[0]?.article).toBe('第七十六条第一款第（二）项')
    expect(f.message).toContain('超过法定最高额')
  })

  it('accepts the maximum and the minimum themselves', () => {
    expect(run(withFine(subject(), RANGE_124.maxFen))).toEqual([])
    expect(run(withFine(subject(), RANGE_124.minFen))).toEqual([])
  })

  it('flags a fine below the minimum unless the level is 减轻', () => {
    const below = withFine(subject(), RANGE_124.minFen - 1)
    expect(codes(run(below))).toEqual(['FINE_BELOW_STATUTORY_MIN'])
    expect(run({ ...below, level: 'MITIGATED' })).toEqual([])
  })

  it('has nothing to say without a fine or a range', () => {
    expect(run(subject({ penalty: null }))).toEqual([])
    expect(
      run(
        subject({
          statutoryRange: null,
          penalty: { types: ['fine'], fineFen: yuan(1e9), confiscationFen: null }
        })
      )
    ).toEqual([])
  })
})
