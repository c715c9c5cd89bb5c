import { describe, expect, it } from 'vitest'
import { formatCitation } from '../discretion/citation'
import { checkDisproportion } from './disproportion'
import { config, NO_EXEMPTION, only, withFine, YULIN, yuan } from './review.test-support'
import type { ReviewSubject } from './types'

const run = (s: ReviewSubject, c = config()) =>
  checkDisproportion({ subject: s, peers: [], config: c })

describe('disproportion (小过重罚)', () => {
  it('flags the Yulin case at 3 300 times the goods value, citing APL Art. 5 and pointing to Art. 33 and 食品安全法 Art. 136', () => {
    const f = only(run(YULIN))
    expect(f).toMatchObject({ code: 'DISPROPORTION', severity: 'flag', rule: 'disproportion' })
    expect(f.evidence).toMatchObject({
      fineFen: 6_600_000,
      baseFen: 2_000,
      baseKind: 'goodsValue',
      ratio: 3300,
      ratioAbove: 100
    })
    const cited = f.citations.map(formatCitation)
    expect(cited[0]).toBe('《中华人民共和国行政处罚法》（2021年1月22日文本）第五条第二款')
    expect(cited).toContain('《中华人民共和国行政处罚法》（2021年1月22日文本）第三十三条')
    expect(cited).toContain('《中华人民共和国食品安全法》（2021年4月29日文本）第一百三十六条')
    expect(f.message).toBe(
      '罚款66000元是货值金额20元的3300倍，超过100倍，当事人为小微市场主体（个体工商户或者小微企业），可能违反过罚相当原则；请核查是否适用《中华人民共和国行政处罚法》第三十三条不予处罚、第三十二条减轻处罚或者《中华人民共和国食品安全法》第一百三十六条免予处罚。'
    )
  })

  it('does not flag exactly 100 times, and flags one fen more', () => {
    const base = { goodsValueFen: yuan(500), illegalGainsFen: null }
    const s = { ...YULIN, bases: base }
    expect(run(withFine(s, yuan(50_000)))).toEqual([])
    expect(run(withFine(s, yuan(50_000) + 1))).toHaveLength(1)
  })

  it('uses the larger of 违法所得 and 货值金额', () => {
    const s = { ...YULIN, bases: { goodsValueFen: yuan(20), illegalGainsFen: yuan(100) } }
    expect(run(s)[0]?.evidence).toMatchObject({ baseKind: 'illegalGains', ratio: 660 })
  })

  it('floors a zero base at 1 yuan and skips a case with no base recorded', () => {
    const zero = { ...YULIN, bases: { goodsValueFen: 0, illegalGainsFen: 0 } }
    expect(run(zero)[0]?.evidence).toMatchObject({ baseKind: 'floor', baseFen: 100, ratio: 66_000 })
    expect(run(zero)[0]?.message).toContain('违法所得和货值金额（不足1元，按1元计）')
    expect(run({ ...YULIN, bases: { goodsValueFen: null, illegalGainsFen: null } })).toEqual([])
  })

  it('looks at individuals and micro-businesses only, unless configured for all parties', () => {
    const company = {
      ...YULIN,
      party: { kind: 'organisation' as const, microBusiness: false, declaredTurnoverFen: null }
    }
    expect(run(company)).toEqual([])
    const all = config((c) => {
      c.disproportion.partyScope = { ...c.disproportion.partyScope, value: 'all' }
    })
    expect(run(company, all)[0]?.message).toContain('当事人为法人或者其他组织')
    const person = { ...company, party: { ...company.party, kind: 'person' as const } }
    expect(run(person)[0]?.message).toContain('当事人为自然人')
  })

  it('cites 食品安全法 Art. 136 only where food facts apply', () => {
    const f = only(run({ ...YULIN, exemption: NO_EXEMPTION }))
    expect(f.citations.map((c) => c.law)).not.toContain('中华人民共和国食品安全法')
    expect(f.message).not.toContain('食品安全法')
  })

  it('shows the fine against declared turnover without a threshold', () => {
    const s = { ...YULIN, party: { ...YULIN.party, declaredTurnoverFen: yuan(132_000) } }
    expect(run(s)[0]?.evidence.fineToTurnover).toBe(0.5)
  })

  it('has nothing to say without a fine', () => {
    expect(
      run({ ...YULIN, penalty: { types: ['warning'], fineFen: null, confiscationFen: null } })
    ).toEqual([])
  })
})
