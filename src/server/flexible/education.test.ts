import { beforeEach, describe, expect, it } from 'vitest'
import { verifyAuditChain } from '../integrity/audit-chain'
import { EDUCATION, FIRST, fine, makeWorld, refusal, type World } from './flexible.test-support'

let w: World
beforeEach(async () => {
  w = await makeWorld()
})

describe('education with a no-penalty decision (APL Art. 33 ¶3)', () => {
  it('is written with the decision, and a decision without it (or a penalty with it) is refused', async () => {
    const c = await w.priceCase('MA4KXY01')
    await w.evaluate(c.id, FIRST)
    await w.act(c.id, '2026-03-05', {
      kind: 'closeInvestigation',
      on: '2026-03-05',
      conclusion: 'noPenalty',
      legalReviewRequired: false,
      collectiveDiscussionRequired: false,
      summary: '首违'
    })
    const bare = { kind: 'decide', on: '2026-03-10', reasons: '首违不罚' } as const
    const missing = await refusal(
      w.act(c.id, '2026-03-10', { ...bare, outcome: 'noPenalty', penalty: null })
    )
    expect(missing.code).toBe('VALIDATION')
    expect(missing.message).toContain('第三十三条第三款')
    const late = await refusal(
      w.act(c.id, '2026-03-10', {
        ...bare,
        outcome: 'noPenalty',
        penalty: null,
        education: { ...EDUCATION, followUpOn: '2026-03-10' }
      })
    )
    expect(late.code).toBe('REFUSED')
    expect(late.message).toContain('回访日期')
    const withEducation = await refusal(
      w.act(c.id, '2026-03-10', {
        ...bare,
        outcome: 'penalty',
        penalty: fine(100_000),
        education: EDUCATION
      })
    )
    expect(withEducation.code).toBe('VALIDATION')
    expect(await w.t.call('education/get', { caseId: c.id }, w.officerA.token)).toBeNull()

    await w.act(c.id, '2026-03-10', {
      ...bare,
      outcome: 'noPenalty',
      penalty: null,
      education: EDUCATION
    })
    const record = await w.t.call('education/get', { caseId: c.id }, w.officerB.token)
    expect(record).toMatchObject({
      caseNumber: c.caseNumber,
      forms: ['criticism', 'lawPromotion'],
      educatedOn: '2026-03-10',
      followUpOn: '2026-04-10',
      followedUpOn: null,
      due: false
    })

    expect(verifyAuditChain(w.t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('takes the follow-up once, after the education, from the case officers or a head', async () => {
    const c = await w.priceCase('MA4KXY03')
    await w.decideNoPenalty(c.id)
    w.t.clock.set('2026-04-05T04:00:00Z')
    // Within 7 days of the follow-up date: listed, not yet due.
    expect(await w.t.call('education/due', {}, w.stranger.token)).toMatchObject([
      { caseId: c.id, due: false }
    ])
    w.t.clock.set('2026-04-12T04:00:00Z')
    expect(await w.t.call('education/due', {}, w.stranger.token)).toMatchObject([
      { caseId: c.id, due: true }
    ])
    const input = { caseId: c.id, on: '2026-04-12', result: '回访时当事人已全部明码标价。' }
    expect((await refusal(w.t.call('education/follow-up', input, w.stranger.token))).code).toBe(
      'FORBIDDEN'
    )
    const early = await refusal(
      w.t.call('education/follow-up', { ...input, on: '2026-03-09' }, w.officerB.token)
    )
    expect(early.code).toBe('REFUSED')
    const done = await w.t.call('education/follow-up', input, w.head.token)
    expect(done).toMatchObject({ followedUpOn: '2026-04-12', due: false })
    expect(
      (await refusal(w.t.call('education/follow-up', input, w.officerA.token))).message
    ).toContain('只记录一次')
    expect(await w.t.call('education/due', {}, w.stranger.token)).toEqual([])
    expect(w.auditActions().at(-1)).toBe('education/follow-up')
  })
})
