import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareFraction, decimalToRational, exceeds } from './exact'

describe('decimalToRational', () => {
  it('reads the decimal a number prints as', () => {
    expect(decimalToRational(0.3)).toEqual({ num: 3n, den: 10n })
    expect(decimalToRational(100)).toEqual({ num: 100n, den: 1n })
    expect(decimalToRational(1e-7)).toEqual({ num: 1n, den: 10_000_000n })
    expect(decimalToRational(1e21)).toEqual({ num: 10n ** 21n, den: 1n })
    expect(decimalToRational(-0.25)).toEqual({ num: -25n, den: 100n })
    expect(decimalToRational(Number.NaN)).toBeNull()
  })
})

describe('compareFraction', () => {
  it('is exact on the threshold, where floating point is not', () => {
    // 0.1 + 0.2 style: 3/10 computed in floats can land either side of 0.3; in integers it is equal.
    expect(compareFraction(30, 100, 0.3)).toBe(0)
    expect(compareFraction(3, 10, 0.3)).toBe(0)
    expect(compareFraction(1_500_000, 5_000_000, 0.3)).toBe(0)
    expect(compareFraction(1_500_001, 5_000_000, 0.3)).toBe(1)
    expect(compareFraction(1_499_999, 5_000_000, 0.3)).toBe(-1)
    expect(compareFraction(200_000, 2_000, 100)).toBe(0)
  })

  it('stays exact at the largest safe amounts', () => {
    const whole = 9_007_199_254_740_990 // the largest safe integer divisible by 10
    const part = 3 * (whole / 10)
    expect(compareFraction(part, whole, 0.3)).toBe(0)
    expect(compareFraction(part + 1, whole, 0.3)).toBe(1)
  })

  it('agrees with the exact rational order on random integers', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1e9 }),
        fc.integer({ min: 1, max: 1e9 }),
        fc.integer({ min: 0, max: 1000 }),
        (part, whole, tenths) => {
          const bound = tenths / 10
          const want = Math.sign(part * 10 - tenths * whole)
          expect(compareFraction(part, whole, bound)).toBe(want)
        }
      )
    )
  })

  it('falls back to floating point for fractional inputs', () => {
    expect(compareFraction(0.5, 1, 0.3)).toBe(1)
    expect(compareFraction(0.25, 1, 0.3)).toBe(-1)
  })
})

describe('exceeds', () => {
  it('ignores binary rounding but not a real difference', () => {
    expect(0.4 - 0.1).toBeGreaterThan(0.3) // the trap
    expect(exceeds(0.4 - 0.1, 0.3)).toBe(false)
    expect(exceeds(0.3 + 1e-11, 0.3)).toBe(true)
  })
})
