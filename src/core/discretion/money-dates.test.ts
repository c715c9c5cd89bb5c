import { describe, expect, it } from 'vitest'
import { addMonths, addYears, daysBetween } from './dates'
import { isLighter, roundInward, yuanText } from './money'
import { limitation } from './limitation'
import { parseFacts } from './parse'

describe('calendar arithmetic (APL Art. 36 counting)', () => {
  it('adds years to the same month and day; 29 February becomes 28 February', () => {
    expect(addYears('2021-03-01', 2)).toBe('2023-03-01')
    expect(addYears('2024-02-29', 2)).toBe('2026-02-28')
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29')
  })

  it('counts days across leap years', () => {
    expect(daysBetween('2021-03-01', '2023-03-01')).toBe(730)
    expect(daysBetween('2022-03-01', '2024-03-01')).toBe(731)
    expect(daysBetween('2023-12-31', '2024-01-01')).toBe(1)
    expect(daysBetween('1999-12-31', '2000-03-01')).toBe(61)
  })

  it('the two-year period ends on its anniversary: day 730 is the last day, day 731 is too late', () => {
    const facts = (discovery: string) => {
      const f = parseFacts({
        itemCode: 'X',
        party: { kind: 'person' },
        dates: { violation: '2021-03-01', discovery, decision: '2023-06-01' },
        harm: 'none'
      })
      if (!f.ok) throw new Error('facts')
      return f.value
    }
    expect(limitation(facts('2023-03-01'))).toMatchObject({
      expired: false,
      daysToDiscovery: 730,
      lastDay: '2023-03-01'
    })
    expect(limitation(facts('2023-03-02'))).toMatchObject({ expired: true, daysToDiscovery: 731 })
  })
})

describe('money in fen', () => {
  it('prints yuan without losing fen', () => {
    expect(yuanText(0)).toBe('0元')
    expect(yuanText(20000)).toBe('200元')
    expect(yuanText(1000001)).toBe('10000.01元')
    expect(yuanText(1234550)).toBe('12345.5元')
  })

  it('rounds inward to 100元 and never leaves the band', () => {
    expect(roundInward({ minFen: 2200002, maxFen: 3800004 }, [10000, 1000, 100])).toEqual({
      minFen: 2210000,
      maxFen: 3800000,
      stepFen: 10000
    })
  })

  it('uses a finer step when 100元 would eat more than half of a narrow band', () => {
    expect(roundInward({ minFen: 7400, maxFen: 14600 }, [10000, 1000, 100])).toEqual({
      minFen: 8000,
      maxFen: 14000,
      stepFen: 1000
    })
    expect(roundInward({ minFen: 7401, maxFen: 7499 }, [10000, 1000, 100])).toEqual({
      minFen: 7401,
      maxFen: 7499,
      stepFen: 1
    })
  })

  it('a range is lighter when its maximum is lower, or the maxima tie and its minimum is lower', () => {
    expect(
      isLighter({ minFen: 300000, maxFen: 1000000 }, { minFen: 3000000, maxFen: 10000000 })
    ).toBe(true)
    expect(isLighter({ minFen: 0, maxFen: 1000000 }, { minFen: 100, maxFen: 1000000 })).toBe(true)
    expect(isLighter({ minFen: 100, maxFen: 1000000 }, { minFen: 100, maxFen: 1000000 })).toBe(
      false
    )
  })
})

describe('addMonths (look-back window)', () => {
  it('moves across years and clamps to the month end', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28')
    expect(addMonths('2026-01-15', -24)).toBe('2024-01-15')
    expect(addMonths('2024-02-29', -12)).toBe('2023-02-28')
    expect(addMonths('2025-12-10', 1)).toBe('2026-01-10')
  })
})
