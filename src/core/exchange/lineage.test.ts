import { describe, expect, it } from 'vitest'
import { advance, relate, resolved, sequenceGaps } from './lineage'

describe('relate', () => {
  const v1 = { h: 'a', a: [] }
  const v2 = advance(v1, 'b')
  const v3 = advance(v2, 'c')
  const other = advance(v1, 'x')

  it('follows descent, never anything else', () => {
    expect(relate(v1, v1)).toBe('same')
    expect(relate(v1, v3)).toBe('incomingNewer')
    expect(relate(v3, v1)).toBe('localNewer')
    expect(relate(v2, other)).toBe('concurrent')
    expect(relate(other, v2)).toBe('concurrent')
  })

  it('makes a resolution newer than both versions, from either side', () => {
    const keptIncoming = resolved(v2, other, other.h)
    expect(relate(keptIncoming, v2)).toBe('localNewer')
    expect(relate(keptIncoming, other)).toBe('same')
    const keptLocal = resolved(v2, other, v2.h)
    expect(relate(keptLocal, other)).toBe('localNewer')
    expect(relate(other, keptLocal)).toBe('incomingNewer')
    expect(keptLocal.a).not.toContain(v2.h)
    expect(new Set(keptLocal.a).size).toBe(keptLocal.a.length)
  })

  it('does not advance a lineage when the content is unchanged', () => {
    expect(advance(v2, 'b')).toBe(v2)
  })
})

describe('sequenceGaps', () => {
  it('lists what is missing below the incoming number', () => {
    expect(sequenceGaps([1, 2, 4], 6)).toEqual([3, 5])
    expect(sequenceGaps([], 1)).toEqual([])
    expect(sequenceGaps([1, 2, 3], 4)).toEqual([])
  })
})
