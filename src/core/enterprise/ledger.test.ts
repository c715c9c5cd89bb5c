import { describe, expect, it } from 'vitest'
import {
  duplicateMessage,
  isLikelyDuplicate,
  lossTotals,
  remainingById,
  remainingFen,
  reversalRefusal,
  type LedgerEntry,
  type NewEntry
} from './ledger'

const USCC = '91420105MA4K1234X0'
const original: LedgerEntry = {
  id: 'a',
  uscc: USCC,
  category: 'illegalFeeRefunded',
  amountFen: 15_000_000,
  on: '2026-03-10',
  caseId: null,
  clueId: 'c1',
  reversesId: null
}
const reversal = (id: string, amountFen: number): LedgerEntry => ({
  ...original,
  id,
  amountFen: -amountFen,
  on: '2026-03-12',
  reversesId: 'a'
})

describe('remaining after reversals', () => {
  it('subtracts every reversal of the entry and nothing else', () => {
    const entries = [original, reversal('r1', 5_000_000), reversal('r2', 1_000_000)]
    expect(remainingFen(original, entries)).toBe(9_000_000)
    const other = { ...original, id: 'b', amountFen: 100 }
    expect(remainingById([...entries, other])).toEqual(
      new Map([
        ['a', 9_000_000],
        ['b', 100]
      ])
    )
  })
})

describe('isLikelyDuplicate: same enterprise, amount, date and source', () => {
  const entry: NewEntry = {
    uscc: USCC,
    amountFen: 15_000_000,
    on: '2026-03-10',
    caseId: null,
    clueId: 'c1'
  }
  it.each<[string, Partial<NewEntry>, Partial<LedgerEntry>, number, boolean]>([
    ['identical', {}, {}, 15_000_000, true],
    ['partly reversed still counts', {}, {}, 5_000_000, true],
    ['fully reversed is the expected re-entry', {}, {}, 0, false],
    ['another enterprise', { uscc: '91420105MA4K9999X0' }, {}, 15_000_000, false],
    ['another amount', { amountFen: 15_000_001 }, {}, 15_000_000, false],
    ['another date', { on: '2026-03-11' }, {}, 15_000_000, false],
    ['another clue', { clueId: 'c2' }, {}, 15_000_000, false],
    ['a case as well', { caseId: 'k1' }, {}, 15_000_000, false],
    ['a reversal is never the duplicate', {}, { reversesId: 'x', amountFen: 15_000_000 }, 1, false],
    ['category does not matter', {}, { category: 'other' }, 15_000_000, true]
  ])('%s', (_name, change, existing, remaining, expected) => {
    expect(
      isLikelyDuplicate({ ...entry, ...change }, { ...original, ...existing }, remaining)
    ).toBe(expected)
  })

  it('names the stored entry in the refusal', () => {
    const message = duplicateMessage({ ...original, evidence: '退费凭证001' })
    expect(message).toContain('2026-03-10')
    expect(message).toContain('150000.00元')
    expect(message).toContain('退费凭证001')
    expect(message).toContain('退还违规收费')
  })
})

describe('reversalRefusal', () => {
  const today = '2026-03-31'
  it.each<[string, Partial<LedgerEntry>, number, { amountFen: number; on: string }, RegExp | null]>(
    [
      ['partial', {}, 15_000_000, { amountFen: 5_000_000, on: '2026-03-12' }, null],
      ['the whole rest', {}, 10_000_000, { amountFen: 10_000_000, on: '2026-03-12' }, null],
      ['more than remains', {}, 10_000_000, { amountFen: 10_000_001, on: '2026-03-12' }, /超过/],
      ['fully reversed', {}, 0, { amountFen: 1, on: '2026-03-12' }, /已全部冲正/],
      [
        'a reversal',
        { reversesId: 'x' },
        1,
        { amountFen: 1, on: '2026-03-12' },
        /冲正记录不能再冲正/
      ],
      ['future', {}, 10, { amountFen: 1, on: '2026-04-01' }, /不能晚于今天/],
      ['before the original', {}, 10, { amountFen: 1, on: '2026-03-09' }, /不能早于原记录日期/]
    ]
  )('%s', (_name, change, remaining, r, expected) => {
    const refusal = reversalRefusal({ ...original, ...change }, remaining, r, today)
    if (expected === null) expect(refusal).toBeNull()
    else expect(refusal).toMatch(expected)
  })
})

describe('lossTotals', () => {
  it('sums by category in fixed order and by unit, reversals included', () => {
    const totals = lossTotals([
      { category: 'illegalFeeRefunded', unitCode: 'U2', amountFen: 10_000_000, entries: 1 },
      { category: 'fineCorrected', unitCode: 'U1', amountFen: 300, entries: 2 },
      { category: 'illegalFeeRefunded', unitCode: 'U1', amountFen: -100, entries: 0 }
    ])
    expect(totals.totalFen).toBe(10_000_200)
    expect(totals.byCategory).toEqual([
      { category: 'illegalFeeRefunded', amountFen: 9_999_900, entries: 1 },
      { category: 'fineCorrected', amountFen: 300, entries: 2 },
      { category: 'seizureReleased', amountFen: 0, entries: 0 },
      { category: 'costsRefunded', amountFen: 0, entries: 0 },
      { category: 'other', amountFen: 0, entries: 0 }
    ])
    expect(totals.byUnit).toEqual([
      { unitCode: 'U1', amountFen: 200 },
      { unitCode: 'U2', amountFen: 10_000_000 }
    ])
  })
})
