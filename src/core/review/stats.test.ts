import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { median, quartile, sortedAscending, summarize } from './stats'

describe('quartiles (Hyndman–Fan type 7, as R and Excel QUARTILE.INC)', () => {
  it('matches the textbook values', () => {
    expect(quartile([1, 2, 3, 4], 1)).toBe(1.75)
    expect(quartile([1, 2, 3, 4], 2)).toBe(2.5)
    expect(quartile([1, 2, 3, 4], 3)).toBe(3.25)
    expect(quartile([1, 2, 3, 4, 5], 1)).toBe(2)
    expect(quartile([1, 2, 3, 4, 5], 3)).toBe(4)
    expect(quartile([7], 1)).toBe(7)
    expect(Number.isNaN(quartile([], 2))).toBe(true)
    expect(median([5, 1, 3])).toBe(3)
    expect(median([4, 1, 3, 2])).toBe(2.5)
  })

  it('is exact on fen amounts: four times a quartile of integers is an integer', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 1e12 }), { minLength: 1, maxLength: 40 }),
        (xs) => {
          const s = sortedAscending(xs)
          for (const k of [1, 2, 3] as const)
            expect(Number.isInteger(quartile(s, k) * 4)).toBe(true)
          expect(quartile(s, 1)).toBeLessThanOrEqual(quartile(s, 2))
          expect(quartile(s, 2)).toBeLessThanOrEqual(quartile(s, 3))
        }
      )
    )
  })
})

describe('summarize', () => {
  it('gives n, quartiles, IQR, sample SD and CV', () => {
    const s = summarize([2, 4, 4, 4, 5, 5, 7, 9])
    expect(s).toMatchObject({ n: 8, min: 2, max: 9, mean: 5, median: 4.5, q1: 4, q3: 5.5 })
    expect(s?.iqr).toBe(1.5)
    expect(s?.sd).toBeCloseTo(Math.sqrt(32 / 7), 12)
    expect(s?.cv).toBeCloseTo(Math.sqrt(32 / 7) / 5, 12)
  })

  it('is null for no data and has no SD or CV for one value or a zero mean', () => {
    expect(summarize([])).toBeNull()
    expect(summarize([3])).toMatchObject({ n: 1, sd: null, cv: null, iqr: 0 })
    expect(summarize([-1, 1])?.cv).toBeNull()
  })

  it('computes the variance of large integers exactly', () => {
    // Σx² would lose the difference in floating point; the BigInt sums keep it.
    const s = summarize([1e15, 1e15 + 2])
    expect(s?.sd).toBe(Math.sqrt(2))
  })

  it('gives CV 0.5 for 2, 4, 6 (the dispersion threshold)', () => {
    expect(summarize([2, 4, 6])?.cv).toBe(0.5)
  })

  it('agrees with a two-pass computation on fractional data', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 30 }),
        (xs) => {
          const mean = xs.reduce((a, b) => a + b, 0) / xs.length
          const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1))
          expect(summarize(xs)?.sd).toBeCloseTo(sd, 10)
        }
      )
    )
  })
})
