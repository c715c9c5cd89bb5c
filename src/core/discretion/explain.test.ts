// The 裁量基准适用说明 paragraph: what a reviewing lawyer checks in the 告知书 / 决定书.
import { describe, expect, it } from 'vitest'
import { loadShipped } from './shipped-catalogue.test-support'
import { evaluate } from './evaluate'
import { explain } from './explain'
import { parseFacts } from './parse'
import type { Evaluation } from './result-types'

const { catalogue, config } = loadShipped()

function run(input: unknown): Evaluation {
  const facts = parseFacts(input)
  if (!facts.ok) throw new Error(JSON.stringify(facts.issues))
  const r = evaluate(facts.value, catalogue, config)
  if (!r.ok) throw new Error(JSON.stringify(r.problems))
  return r
}

const base = {
  party: { kind: 'organisation' },
  dates: { violation: '2024-03-01', discovery: '2024-03-05', decision: '2024-04-01' },
  harm: 'slight'
}

describe('explanation paragraph', () => {
  it('states facts, both statute versions under Art. 37, benchmark, range, grounds and level', () => {
    const e = run({
      ...base,
      itemCode: 'TR-RT-63-01',
      dates: { violation: '2023-05-01', discovery: '2023-05-05', decision: '2023-09-01' },
      bases: { illegalGainsFen: 5000000 },
      mitigating: ['eliminatedHarm']
    })
    expect(e.explanation).toBe(
      '当事人于2023年5月1日实施的“未取得道路运输经营许可，擅自从事道路普通货物运输经营”行为，' +
        '违反了《中华人民共和国道路运输条例》（2022年3月29日文本）第二十四条的规定。' +
        '违法行为发生后相关规定已修改，新的规定处罚较轻，依照《中华人民共和国行政处罚法》第三十七条，' +
        '适用《中华人民共和国道路运输条例》（2023年7月20日文本）。' +
        '裁量依据为《交通运输行政处罚裁量基准（占位版，2023）》（占位〔2023〕1号）。' +
        '依照《中华人民共和国道路运输条例》（2023年7月20日文本）第六十三条第（一）项，' +
        '本案违法所得超过1万元，法定罚款幅度为50000元至250000元。' +
        '当事人具有主动消除或者减轻违法行为危害后果（《中华人民共和国行政处罚法》（2021年1月22日文本）' +
        '第三十二条第（一）项）的情形。' +
        '综合考虑违法行为的事实、性质、情节以及社会危害程度，适用从轻处罚裁量阶次，' +
        '建议罚款50000元至110000元，并责令停止经营、没收违法所得。'
    )
  })

  it('is built from the evaluation only, so a changed range changes the text', () => {
    const e = run({ ...base, itemCode: 'TR-RT-69-01' })
    expect(e.explanation).toContain('建议罚款2200元至3800元')
    const changed = explain({ ...e, fine: { minFen: 250000, maxFen: 300000 } })
    expect(changed).toContain('建议罚款2500元至3000元')
    expect(changed).not.toContain('2200元')
  })

  it('for 首违不罚 says the penalty MAY be waived and needs confirmation, and that education follows', () => {
    const e = run({
      ...base,
      itemCode: 'SC-AD-57-01',
      correction: { corrected: true, prompt: true }
    })
    expect(e.explanation).toContain('鉴于当事人初次违法且危害后果轻微并及时改正')
    expect(e.explanation).toContain(
      '第三十三条第一款第二句，可以不予行政处罚，建议不予行政处罚（须经确认）'
    )
    expect(e.explanation).toContain('并依法对当事人进行教育')
  })

  it('for 食品安全法 Art. 136 keeps the confiscation in the text', () => {
    const e = run({
      ...base,
      itemCode: 'SC-FS-124-01-05',
      bases: { goodsValueFen: 2000 },
      sectorGrounds: ['FSL-136']
    })
    expect(e.explanation).toContain(
      '可以不予行政处罚，建议不予行政处罚（须经确认）；但依法没收不符合食品安全标准的食品'
    )
  })

  it('for a precondition not yet met says only 责令改正 (and 警告) applies and why there is no fine', () => {
    const e = run({ ...base, itemCode: 'SC-FS-126-01-06' })
    expect(e.explanation).toContain(
      '第一百二十六条第一款第（六）项，应当责令改正、给予警告；责令改正、给予警告后拒不改正的，方可处以罚款'
    )
  })

  it('for 减轻 says it needs collective discussion', () => {
    const e = run({
      ...base,
      itemCode: 'SC-FS-122-01',
      bases: { goodsValueFen: 500000 },
      mitigating: ['coerced'],
      proposeMitigation: true
    })
    expect(e.explanation).toContain('适用减轻处罚裁量阶次，建议罚款0元至49900元')
    expect(e.explanation).toContain('减轻处罚须经行政机关负责人集体讨论决定')
  })

  it('for conflicting grounds names both and leaves the decision to the head', () => {
    const e = run({
      ...base,
      itemCode: 'TR-RT-69-01',
      mitigating: ['eliminatedHarm'],
      aggravating: ['concealedEvidence']
    })
    expect(e.explanation).toContain('主动消除或者减轻违法行为危害后果')
    expect(e.explanation).toContain('隐匿、销毁、伪造证据或者拒绝、阻挠调查')
    expect(e.explanation).toContain('暂按一般阶次，由负责人综合裁量')
  })

  it('for a continuing violation gives the period', () => {
    const e = run({
      ...base,
      itemCode: 'TR-RT-69-01',
      dates: {
        violation: '2024-01-10',
        continuingUntil: '2024-02-20',
        discovery: '2024-02-21',
        decision: '2024-04-01'
      }
    })
    expect(e.explanation.startsWith('当事人自2024年1月10日至2024年2月20日持续实施')).toBe(true)
  })
})
