import { describe, expect, it } from 'vitest'
import { checkRevenueGrowth } from './revenue'
import { config, only, yuan } from './review.test-support'

const run = (thisYearFen: number, lastYearFen: number, c = config()) =>
  checkRevenueGrowth({ thisYearFen, lastYearFen }, c)

describe('罚没收入 growth (a control warning, never a target)', () => {
  it('warns above 20 % growth, not at exactly 20 %', () => {
    expect(run(yuan(1_200_000), yuan(1_000_000))).toEqual([])
    const f = only(run(yuan(1_200_000) + 1, yuan(1_000_000)))
    expect(f).toMatchObject({ code: 'REVENUE_GROWTH', severity: 'warning', rule: 'revenue' })
    expect(f.citations[0]?.article).toBe('第七十四条第三款')
    expect(f.message).toContain('不得作为考核指标')
  })

  it('states the growth in the message', () => {
    const f = only(run(yuan(1_500_000), yuan(1_000_000)))
    expect(f.evidence.growth).toBe(0.5)
    expect(f.message).toContain('本年度1500000元，较上年度1000000元增长50%，超过20%的预警线')
  })

  it('never warns about a fall or a flat year', () => {
    expect(run(yuan(100), yuan(1_000_000))).toEqual([])
    expect(run(0, 0)).toEqual([])
  })

  it('warns when last year had no revenue at all', () => {
    const f = only(run(yuan(10_000), 0))
    expect(f.evidence.growth).toBeNull()
    expect(f.message).toContain('上年度为零')
  })

  it('takes its threshold from the configuration', () => {
    const c = config((x) => {
      x.revenue.growthAbove = { ...x.revenue.growthAbove, value: 0.5 }
    })
    expect(run(yuan(1_500_000), yuan(1_000_000), c)).toEqual([])
  })
})
