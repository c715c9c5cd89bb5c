import { describe, expect, it } from 'vitest'
import { yuanToFen } from './yuan-input'

describe('yuanToFen', () => {
  it('converts exactly', () => {
    expect(yuanToFen('200')).toBe(20000)
    expect(yuanToFen('200.5')).toBe(20050)
    expect(yuanToFen('0.29')).toBe(29)
    expect(yuanToFen('1,000.01')).toBe(100001)
  })
  it('treats empty as absent and refuses malformed amounts', () => {
    expect(yuanToFen(' ')).toBeNull()
    expect(yuanToFen('-1')).toBeNaN()
    expect(yuanToFen('1.234')).toBeNaN()
    expect(yuanToFen('1e5')).toBeNaN()
  })
})
