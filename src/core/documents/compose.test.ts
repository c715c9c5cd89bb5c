import { describe, expect, it } from 'vitest'
import { composeDocument, compositionProblem } from './compose'
import {
  flatten,
  onTheSpotSnapshot,
  PENALTY,
  snapshot,
  USCC,
  VIOLATED
} from './compose.test-support'
import { amountInWords, yuanZh } from './money-zh'
import { DOCUMENT_TITLE_ZH, DOCUMENT_TYPES, type DocumentType } from './types'

const text = (docType: DocumentType, over = {}) => flatten(composeDocument(snapshot(docType, over)))

/** A snapshot that each type can be composed from (the fixture is a penalty case). */
function validFor(t: DocumentType) {
  if (t === 'onTheSpotDecision') return onTheSpotSnapshot()
  if (t === 'noPenaltyDecision') {
    return snapshot(t, {
      decision: {
        on: '2026-03-02',
        outcome: 'noPenalty',
        procedure: 'ordinary',
        reasons:
          '当事人初次违法，危害后果轻微并及时改正，依照《中华人民共和国行政处罚法》第三十三条第一款，可以不予行政处罚',
        place: null,
        education: { forms: ['criticism', 'lawPromotion'], educatedOn: '2026-03-02' }
      }
    })
  }
  return snapshot(t)
}

describe('行政处罚决定书 (APL Art. 59)', () => {
  const t = text('penaltyDecision')

  it('names the party with address, credit code and legal representative', () => {
    for (const s of ['武汉某某食品有限公司', '武汉市汉阳区龙阳大道100号', USCC, '张某某']) {
      expect(t).toContain(s)
    }
  })

  it('states the facts and lists every evidence item', () => {
    expect(t).toContain('“某某牌”酸奶48盒已超过标示的保质期')
    for (const e of ['营业执照复印件', '现场笔录', '询问笔录（张某某）']) expect(t).toContain(e)
    expect(t).toContain('1. 营业执照复印件（书证，2026年1月5日取得）')
  })

  it('cites the violated and the penalty provision, and explains the benchmark level', () => {
    expect(t).toContain(`违反了${VIOLATED}的规定`)
    expect(t).toContain(`依据${PENALTY}的规定，本机关决定`)
    expect(t).toContain('经营超过保质期的食品')
    expect(t).toContain('裁量阶次为从轻处罚')
  })

  it('answers the statements and records the hearing', () => {
    expect(t).toContain('当事人称系店员疏忽')
    expect(t).toContain('本机关不予采纳。理由：下架销毁已在裁量时作为从轻情节考虑')
    expect(t).toContain('2026年2月20日在本局三楼听证室依法举行了听证')
  })

  it('states the penalty, the amount, how and when to pay, and the remedies', () => {
    expect(t).toContain('责令当事人改正上述违法行为')
    expect(t).toContain('罚款20000.00元')
    expect(t).toContain('贰万元整（20000.00元）')
    expect(t).toContain('十五日内')
    expect(t).toContain('百分之三加处罚款')
    expect(t).toContain('六十日内')
    expect(t).toContain('六个月内')
    expect(t).toContain('不停止执行')
  })

  it('closes with the agency, the seal and the decision date', () => {
    const layout = composeDocument(snapshot('penaltyDecision'))
    expect(layout.blocks.at(-1)).toEqual({
      kind: 'signature',
      lines: ['武汉市汉阳区市场监督管理局', '（印章）', '2026年3月2日']
    })
    expect(t).toContain('汉阳市监处罚〔2026〕12号')
    expect(layout.subject).toBe('汉阳市监处罚〔2026〕12号')
    expect(layout.footer).toBeNull()
  })

  it('refuses a decision whose statements were never answered (Art. 45)', () => {
    const s = snapshot('penaltyDecision', { reconsideration: null })
    expect(compositionProblem(s)).toContain('复核意见')
    expect(() => composeDocument(s)).toThrow('复核意见')
  })
})

describe('行政处罚告知书 (APL Art. 44)', () => {
  it('offers a hearing only when the notice does', () => {
    const offered = text('penaltyNotice')
    expect(offered).toContain('有权要求听证')
    expect(offered).toContain('至迟于2026年2月9日')
    expect(offered).toContain('五个工作日内')
    const base = snapshot('penaltyNotice').notice
    const notOffered = text('penaltyNotice', {
      notice: base && { ...base, hearingOffered: false, hearingRequestDue: null }
    })
    expect(notOffered).not.toContain('听证')
  })

  it('states the intended penalty, facts, basis and the statement deadline', () => {
    const t = text('penaltyNotice')
    expect(t).toContain('拟对你单位作出如下行政处罚：罚款20000.00元')
    expect(t).toContain('你单位的上述行为违反了')
    expect(t).toContain(PENALTY)
    expect(t).toContain('陈述、申辩意见，请至迟于2026年2月9日向本机关提出')
    expect(t).toContain('不因你单位陈述、申辩而给予更重的处罚')
  })

  it('the 听证告知书 sets out the hearing rights and needs a hearing offer', () => {
    const t = text('hearingNotice')
    for (const s of [
      '一至二人代理',
      '不承担本机关组织听证的费用',
      '申请回避',
      '至迟于2026年2月9日'
    ]) {
      expect(t).toContain(s)
    }
    const base = snapshot('hearingNotice').notice
    const s = snapshot('hearingNotice', { notice: base && { ...base, hearingOffered: false } })
    expect(compositionProblem(s)).toContain('不属于听证范围')
  })
})

describe('当场行政处罚决定书 (APL Art. 52)', () => {
  const t = flatten(composeDocument(onTheSpotSnapshot()))

  it('states place, time, officers, penalty, basis and the signature lines', () => {
    expect(t).toContain('地点：武汉市汉阳区龙阳大道100号当事人经营场所')
    expect(t).toContain('时间：2026年1月5日')
    expect(t).toContain('执法人员：李某、王某')
    expect(t).toContain(VIOLATED)
    expect(t).toContain(PENALTY)
    expect(t).toContain('贰仟元整（2000.00元）')
    expect(t).toContain('当事人签名')
    expect(t).toContain('当事人拒绝签收的')
    expect(t).toContain('武汉市汉阳区市场监督管理局')
  })

  it('sends the party to administrative review first', () => {
    expect(t).toContain('先申请行政复议')
    expect(t).not.toContain('六个月内')
  })

  it('is refused for an ordinary-procedure decision', () => {
    expect(compositionProblem(snapshot('onTheSpotDecision'))).toContain('简易程序')
  })
})

describe('不予行政处罚决定书', () => {
  const t = flatten(composeDocument(validFor('noPenaltyDecision')))
  it('states ground, education and remedies, and no payment', () => {
    expect(t).toContain('第三十三条第一款')
    expect(t).toContain('第三十三条第三款')
    expect(t).toContain('本机关已于2026年3月2日对当事人进行批评教育、普法宣传。')
    expect(t).toContain('不予行政处罚')
    expect(t).toContain('六十日内')
    expect(t).not.toContain('十五日内')
  })
})

describe('当事人', () => {
  it('prints a natural person with 公民身份号码 and 住址, and addresses them as 你', () => {
    const person = {
      kind: 'person' as const,
      name: '陈某',
      idNumber: '420105198001011234',
      uscc: null,
      legalRepresentative: null,
      address: '武汉市汉阳区鹦鹉大道1号',
      contact: ''
    }
    const decision = text('penaltyDecision', { parties: [person] })
    expect(decision).toContain('公民身份号码：420105198001011234')
    expect(decision).toContain('住址：武汉市汉阳区鹦鹉大道1号')
    expect(decision).not.toContain('法定代表人')
    expect(text('penaltyNotice', { parties: [person] })).toContain('拟对你作出如下行政处罚')
  })
})

describe('forms', () => {
  it('the 立案审批表 lists the case fields with a blank for the head', () => {
    const l = composeDocument(snapshot('filingApproval'))
    expect(l.subject).toBe('汉阳市监立〔2026〕3号')
    const fields = Object.fromEntries(
      l.blocks.flatMap((b) => (b.kind === 'field' ? [[b.label, b.value]] : []))
    )
    expect(fields['案号']).toBe('汉阳市监立〔2026〕3号')
    expect(fields['立案日期']).toBe('2026年1月6日')
    expect(fields['办案人员']).toBe('李某、王某')
    expect(fields['审批意见']).toMatch(/^＿+$/)
    expect(fields['承办意见']).toContain('建议对销售超过保质期的食品案立案调查')
  })

  it('the 送达回证 names the document, the method and the officers', () => {
    const t = text('serviceReceipt')
    expect(t).toContain('送达文书名称及文号：《行政处罚决定书》（汉阳市监处罚〔2026〕12号）')
    expect(t).toContain('送达方式：直接送达')
    expect(t).toContain('送达日期：2026年3月3日')
    expect(t).toContain('送达人：李某、王某')
    expect(t).toContain('受送达人签收')
  })
})

describe('composeDocument', () => {
  it.each(DOCUMENT_TYPES)('composes %s without a problem', (t) => {
    const s = validFor(t)
    expect(compositionProblem(s)).toBeNull()
    const l = composeDocument(s)
    expect(l.title).toBe(DOCUMENT_TITLE_ZH[t])
    expect(l.blocks[1]).toEqual({ kind: 'title', text: DOCUMENT_TITLE_ZH[t] })
    for (const b of l.blocks) expect(JSON.stringify(b)).not.toMatch(/undefined|null|NaN/)
  })

  it('is deterministic and does not touch the snapshot', () => {
    for (const t of DOCUMENT_TYPES) {
      const s = validFor(t)
      const before = JSON.stringify(s)
      expect(composeDocument(s)).toEqual(composeDocument(validFor(t)))
      expect(JSON.stringify(s)).toBe(before)
    }
  })

  it('marks a correction in the footer', () => {
    const l = composeDocument(
      snapshot('penaltyDecision', { version: 2, correctionReason: '更正当事人住所' })
    )
    expect(l.footer).toBe('更正版本第2版：更正当事人住所')
  })
})

describe('money in words', () => {
  it.each([
    [0, '零元整'],
    [5, '伍分'],
    [50, '伍角整'],
    [105, '壹元零伍分'],
    [1000, '壹拾元整'],
    [200_000, '贰仟元整'],
    [2_000_000, '贰万元整'],
    [10_050_000, '壹拾万零伍佰元整'],
    [100_100_000, '壹佰万壹仟元整'],
    [10_000_000_500, '壹亿零伍元整'],
    [10_000_100_000, '壹亿零壹仟元整']
  ])('%i fen → %s', (fen, words) => {
    expect(amountInWords(fen)).toBe(words)
  })

  it('prints words then figures', () => {
    expect(yuanZh(2_000_056)).toBe('贰万元伍角陆分（20000.56元）')
    expect(() => yuanZh(-1)).toThrow(RangeError)
  })
})
