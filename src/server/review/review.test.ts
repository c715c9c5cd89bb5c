import { beforeEach, describe, expect, it } from 'vitest'
import type { CaseFactsInput } from '../../shared/schemas/discretion'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

type Actor = Awaited<ReturnType<TestServer['addUser']>>
let t: TestServer
let officer: Actor
let partner: Actor
let reviewer: Actor
let reviewerOnCase: Actor

beforeEach(async () => {
  t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  officer = await t.addUser('zhangwei', ['officer'])
  partner = await t.addUser('wangfang', ['officer'])
  reviewer = await t.addUser('fazhi', ['reviewer'])
  reviewerOnCase = await t.addUser('liming', ['officer', 'reviewer'])
  t.clock.set('2026-03-02T04:00:00Z')
})

async function act(caseId: string, today: string, action: LifecycleActionInput, who = officer) {
  t.clock.set(`${today}T04:00:00Z`)
  const { rev } = await t.call('cases/progress', { id: caseId }, who.token)
  return t.call('cases/act', { id: caseId, rev, action }, who.token)
}

async function priceCase(org8: string, officers: [Actor, Actor] = [officer, partner]) {
  const c = await t.call(
    'cases/create',
    {
      cause: '未按规定明码标价',
      source: 'inspection',
      discoveredOn: '2026-03-02',
      violationOn: '2026-03-01',
      filedOn: '2026-03-02',
      facts: '商品未标价',
      officerIds: officers.map((o) => o.user.id),
      parties: [
        {
          kind: 'organisation',
          name: `商户${org8}`,
          uscc: makeUscc('420105', org8),
          legalRepresentative: '李明',
          address: '汉阳',
          contact: ''
        }
      ]
    },
    officers[0].token
  )
  const facts: CaseFactsInput = {
    itemCode: 'SC-PR-13-01',
    party: { kind: 'organisation' },
    dates: { violation: '2026-03-01', discovery: '2026-03-02', decision: '2026-03-20' },
    harm: 'serious',
    correction: { corrected: false, prompt: false }
  }
  await t.call(
    'discretion/apply',
    { caseId: c.id, rev: c.rev, facts, choice: 'accept' },
    officers[0].token
  )
  return c
}

const fine = (fineFen: number) => ({ types: ['fine' as const], fineFen, confiscationFen: null })

async function decideAt(caseId: string, fineFen: number) {
  await act(caseId, '2026-03-05', {
    kind: 'closeInvestigation',
    on: '2026-03-05',
    conclusion: 'penalty',
    legalReviewRequired: false,
    collectiveDiscussionRequired: false,
    summary: '拟罚款'
  })
  await act(caseId, '2026-03-06', {
    kind: 'notify',
    on: '2026-03-06',
    penalty: fine(fineFen),
    hearingOffered: false
  })
  await act(caseId, '2026-03-09', { kind: 'waive', on: '2026-03-09' })
  await act(caseId, '2026-03-10', {
    kind: 'decide',
    on: '2026-03-10',
    outcome: 'penalty',
    penalty: fine(fineFen),
    reasons: '依法决定'
  })
}

describe('consistency review of a case', () => {
  it('flags a fine far from its decided peers, takes the reviewer’s verdict, and keeps case officers out', async () => {
    // The MAXONLY item (5 000 yuan max); HEAVIER band 3 000–5 000 yuan. A first case decided at the
    // top of the band becomes a peer; a second notified at the bottom of the statutory range.
    const first = await priceCase('MA4KXY01')
    await decideAt(first.id, 500_000)
    const second = await priceCase('MA4KXY02', [reviewerOnCase, partner])
    await act(
      second.id,
      '2026-03-11',
      {
        kind: 'closeInvestigation',
        on: '2026-03-11',
        conclusion: 'penalty',
        legalReviewRequired: true,
        collectiveDiscussionRequired: false,
        summary: '拟罚款'
      },
      reviewerOnCase
    )
    await act(
      second.id,
      '2026-03-12',
      { kind: 'notify', on: '2026-03-12', penalty: fine(300_000), hearingOffered: false },
      reviewerOnCase
    )
    const review = await t.call('review/case', { caseId: second.id }, reviewer.token)
    expect(review.peerCount).toBe(1)
    expect(review.reviewRequired).toContain('第五十八条')
    const outlier = review.flags.find((f) => f.code === 'PEER_OUTLIER')
    expect(outlier?.severity).toBe('flag')

    // The reviewer on the case is refused; another reviewer records 需纠正.
    await expect(
      t.call(
        'review/verdict',
        { caseId: second.id, code: 'PEER_OUTLIER', verdict: 'reasonable', reason: '自审' },
        reviewerOnCase.token
      )
    ).rejects.toThrow(/FORBIDDEN/)
    const judged = await t.call(
      'review/verdict',
      {
        caseId: second.id,
        code: 'PEER_OUTLIER',
        verdict: 'needsCorrection',
        reason: '同类案件罚款差距过大'
      },
      reviewer.token
    )
    expect(judged.verdict).toMatchObject({
      verdict: 'needsCorrection',
      reason: '同类案件罚款差距过大'
    })
    const queue = await t.call('review/queue', {}, reviewer.token)
    expect(queue.map((q) => [q.id, q.unanswered >= 0])).toEqual([[second.id, true]])

    // Until a reviewer approves, the decision is refused (APL Art. 58).
    await act(second.id, '2026-03-13', { kind: 'waive', on: '2026-03-13' }, reviewerOnCase)
    await expect(
      act(
        second.id,
        '2026-03-16',
        {
          kind: 'decide',
          on: '2026-03-16',
          outcome: 'penalty',
          penalty: fine(300_000),
          reasons: '依法'
        },
        reviewerOnCase
      )
    ).rejects.toThrow(/第五十八条/)
  })

  it('flags a Yulin-type fine as disproportionate, citing APL Art. 5 and pointing to Art. 33 and 食品安全法 Art. 136', async () => {
    const c = await t.call(
      'cases/create',
      {
        cause: '经营不符合食品安全标准的食用农产品',
        source: 'inspection',
        discoveredOn: '2026-03-02',
        violationOn: '2026-03-01',
        filedOn: '2026-03-02',
        facts: '当事人销售芹菜5斤，货值20元，经检测农药残留超标。',
        officerIds: [officer.user.id, partner.user.id],
        parties: [
          {
            kind: 'person',
            name: '王某',
            idNumber: '11010519491231002X',
            address: '榆林',
            contact: ''
          }
        ]
      },
      officer.token
    )
    const facts: CaseFactsInput = {
      itemCode: 'SC-FS-124-01-05',
      party: { kind: 'person' },
      dates: { violation: '2026-03-01', discovery: '2026-03-02', decision: '2026-03-20' },
      bases: { goodsValueFen: 2_000 },
      harm: 'slight',
      correction: { corrected: false, prompt: false },
      intendedFineFen: 6_600_000
    }
    await t.call(
      'discretion/apply',
      { caseId: c.id, rev: c.rev, facts, choice: 'accept' },
      officer.token
    )
    const review = await t.call('review/case', { caseId: c.id }, reviewer.token)
    const flag = review.flags.find((f) => f.code === 'DISPROPORTION')
    expect(flag).toBeDefined()
    const articles = (flag?.citations ?? []).map((c) => `${c.law}${c.article}`).join(' ')
    expect(articles).toContain('第五条')
    expect(articles).toContain('第三十三条')
    expect(articles).toContain('第一百三十六条')
  })

  it('checks a fresh, heavier notice as a notice, not as a decision on the old one', async () => {
    const c = await priceCase('MA4KXY03')
    await act(c.id, '2026-03-05', {
      kind: 'closeInvestigation',
      on: '2026-03-05',
      conclusion: 'penalty',
      legalReviewRequired: true,
      collectiveDiscussionRequired: false,
      summary: '拟罚款'
    })
    await act(c.id, '2026-03-06', {
      kind: 'notify',
      on: '2026-03-06',
      penalty: fine(300_000),
      hearingOffered: false
    })
    const again = await act(c.id, '2026-03-09', {
      kind: 'notify',
      on: '2026-03-09',
      penalty: fine(450_000),
      hearingOffered: false
    })
    expect(again.progress.notice?.penalty.fineFen).toBe(450_000)
  })

  it('records decided cases for the consistency report', async () => {
    const a = await priceCase('MA4KXY01')
    await decideAt(a.id, 500_000)
    const b = await priceCase('MA4KXY02')
    await decideAt(b.id, 300_000)
    await act(b.id, '2026-03-11', {
      kind: 'serve',
      on: '2026-03-11',
      method: 'inPerson',
      consentSigned: false
    })
    t.clock.set('2026-03-12T04:00:00Z')
    await t.call(
      'payments/record',
      { caseId: b.id, paidOn: '2026-03-12', amountFen: 300_000, receiptNo: 'R-1', note: '' },
      officer.token
    )
    const report = await t.call(
      'review/report',
      { from: '2026-01-01', to: '2026-12-31' },
      reviewer.token
    )
    expect(report.total).toBe(2)
    expect(report.groups[0]?.count).toBe(2)
    // Revenue from nothing last year: a control warning, never a target.
    expect(report.revenue).toMatchObject({ thisYearFen: 300_000, lastYearFen: 0 })
    expect(report.revenue.flags.map((f) => [f.code, f.severity])).toEqual([
      ['REVENUE_GROWTH', 'warning']
    ])
    const pdf = await t.call(
      'review/report-file',
      { from: '2026-01-01', to: '2026-12-31', format: 'pdf' },
      reviewer.token
    )
    expect(Buffer.from(pdf.contentBase64, 'base64').subarray(0, 5).toString()).toBe('%PDF-')
    const xlsx = await t.call(
      'review/report-file',
      { from: '2026-01-01', to: '2026-12-31', format: 'xlsx' },
      reviewer.token
    )
    expect(Buffer.from(xlsx.contentBase64, 'base64').subarray(0, 2).toString()).toBe('PK')
  })
})
