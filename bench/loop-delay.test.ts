import { describe, expect, it } from 'vitest'
import { waitPercentile } from './loop-delay'

describe('waitPercentile', () => {
  it('is at most one gap when the loop turns every few milliseconds', () => {
    // A request waits uniformly 0–2 ms: 1 % of the time longer than 1.98 ms.
    expect(waitPercentile(Array(1000).fill(2), 0.99)).toBeCloseTo(1.98, 3)
  })

  it('weighs one long block by its length, which a per-sample p99 would hide', () => {
    // 1,000 ticks of 10 ms (10 s) and one block of 10 s: half the time a request waits behind the
    // block, so the p99 wait is close to the block's length.
    const gaps = [...Array(1000).fill(10), 10_000]
    const p99 = waitPercentile(gaps, 0.99)
    expect(p99).toBeGreaterThan(9_500)
    expect(p99).toBeLessThan(10_000)
  })

  it('answers zero for no time at all', () => {
    expect(waitPercentile([], 0.99)).toBe(0)
  })
})
