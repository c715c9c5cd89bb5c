import { describe, expect, it } from 'vitest'
import { lateSurcharge } from './payment'

// 行政处罚法第七十二条第一款第（一）项：每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。
// Fine 200元 = 20 000 fen → 600 fen (6元) a day; payment due 2024-10-08, so day 1 is 2024-10-09.
const base = { fineFen: 20_000, paymentDue: '2024-10-08' }

describe('加处罚款 (行政处罚法第七十二条第一款第（一）项), integer fen, rounded down once on the total', () => {
  it.each([
    ['on the due day itself nothing is owed', '2024-10-08', 0, 0, false],
    ['day 1 (2024-10-09): 3 % of 200元 = 6元', '2024-10-09', 1, 600, false],
    ['day 33 (2024-11-10): 99 % = 198元', '2024-11-10', 33, 19_800, false],
    [
      'day 34 (2024-11-11): 102 % would be 204元, capped at the fine 200元',
      '2024-11-11',
      34,
      20_000,
      true
    ],
    ['day 100: still the fine amount 200元', '2025-01-16', 100, 20_000, true]
  ] as const)('%s', (_name, asOf, days, amountFen, capped) => {
    const r = lateSurcharge({ ...base, asOf })
    if (!r.ok) throw new Error(r.problem.message)
    expect(r.value).toMatchObject({ days, amountFen, capped, capReachedOn: '2024-11-11' })
    expect(r.value.citation.article).toBe('第七十二条第一款第（一）项')
  })

  it('rounds the total down, not each day: 123.45元 × 3 % × 10 days = 37.035元 → 37.03元', () => {
    const r = lateSurcharge({ fineFen: 12_345, paymentDue: '2024-10-08', asOf: '2024-10-18' })
    if (!r.ok) throw new Error(r.problem.message)
    // Flooring per day would give 10 × 370 = 3 700 fen.
    expect(r.value.amountFen).toBe(3_703)
  })

  it('第七十三条第三款: days of review or litigation add nothing and postpone the cap', () => {
    const r = lateSurcharge({
      ...base,
      asOf: '2024-10-18',
      paused: [{ firstDay: '2024-10-12', lastDay: '2024-10-16', reason: '行政复议' }]
    })
    if (!r.ok) throw new Error(r.problem.message)
    expect(r.value).toMatchObject({ days: 5, amountFen: 3_000, capReachedOn: '2024-11-16' })
    expect(r.value.related.map((c) => c.article)).toEqual(['第七十三条第三款'])
  })

  it('refuses a fine that is not integer fen', () => {
    expect(lateSurcharge({ ...base, fineFen: 200.5, asOf: '2024-10-09' }).ok).toBe(false)
  })
})
