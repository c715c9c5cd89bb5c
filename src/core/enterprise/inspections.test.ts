import { describe, expect, it } from 'vitest'
import { changePermille, repeatedInspections, statsPeriods } from './inspections'

describe('repeatedInspections', () => {
  const visit = (id: string, uscc: string, on: string) => ({ id, uscc, on })
  it.each<[string, ReturnType<typeof visit>[], number, string[]]>([
    ['one visit', [visit('a', 'X', '2026-03-01')], 30, []],
    [
      'two within the window',
      [visit('a', 'X', '2026-03-01'), visit('b', 'X', '2026-03-31')],
      30,
      ['a', 'b']
    ],
    ['just outside', [visit('a', 'X', '2026-03-01'), visit('b', 'X', '2026-04-01')], 30, []],
    ['same day', [visit('a', 'X', '2026-03-01'), visit('b', 'X', '2026-03-01')], 1, ['a', 'b']],
    ['other enterprise', [visit('a', 'X', '2026-03-01'), visit('b', 'Y', '2026-03-02')], 30, []],
    [
      'unsorted input, chain of three',
      [visit('c', 'X', '2026-05-01'), visit('a', 'X', '2026-03-01'), visit('b', 'X', '2026-03-20')],
      30,
      ['a', 'b']
    ]
  ])('%s', (_name, visits, window, expected) => {
    expect([...repeatedInspections(visits, window)].sort()).toEqual(expected)
  })
})

describe('changePermille', () => {
  it.each<[number, number, number | null]>([
    [224_900, 371_000, -394],
    [120, 100, 200],
    [100, 100, 0],
    [1, 3, -667],
    [1, 2000, -1000],
    [2, 3, -333],
    [1, 8, -875],
    [3, 2000, -999],
    [5, 0, null],
    [0, 0, null]
  ])('%i vs %i → %s', (count, previous, expected) => {
    expect(changePermille(count, previous)).toBe(expected)
  })
})

describe('statsPeriods', () => {
  it('compares whole years for a past year', () => {
    expect(statsPeriods(2025, '2026-03-02')).toEqual({
      from: '2025-01-01',
      to: '2025-12-31',
      previousFrom: '2024-01-01',
      previousTo: '2024-12-31'
    })
  })
  it('compares the same part of the year for the current year', () => {
    expect(statsPeriods(2026, '2026-08-31')).toEqual({
      from: '2026-01-01',
      to: '2026-08-31',
      previousFrom: '2025-01-01',
      previousTo: '2025-08-31'
    })
    expect(statsPeriods(2028, '2028-02-29').previousTo).toBe('2027-02-28')
  })
})
