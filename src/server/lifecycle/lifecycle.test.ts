import { beforeEach, describe, expect, it } from 'vitest'
import type { LifecycleActionInput } from '../../shared/schemas/lifecycle'
import type { CaseCreateInput } from '../../shared/schemas/cases'
import { verifyAuditChain } from '../integrity/audit-chain'
import { makeTestServer, makeUscc, type TestServer } from '../test-support'

type Actor = Awaited<ReturnType<TestServer['addUser']>>
let t: TestServer
let officerA: Actor
let officerB: Actor
let reviewer: Actor
let head: Actor

const FINE = 15_000_000 // 150 000 yuan: at or above the market-regulation 较大数额 for an organisation

function orgCase(overrides: Partial<CaseCreateInput> = {}): CaseCreateInput {
  return {
    cause: '经营超过保质期的食品',
    source: 'inspection',
    discoveredOn: '2026-01-05',
    violationOn: '2026-01-04',
    filedOn: '2026-01-06',
    facts: '当事人货架上陈列超过保质期的酸奶12盒。',
    officerIds: [officerA.user.id, officerB.user.id],
    parties: [
      {
        kind: 'organisation',
        name: '武汉市汉阳区晴川超市有限公司',
        uscc: makeUscc('420105', 'MA4KXY12'),
        legalRepresentative: '李明',
        address: '武汉市汉阳区晴川街1号',
        contact: '13800000000'
      }
    ],
    ...overrides
  }
}

/** Records an action on `today` (the server clock moves there first), returning the new progress. */
async function act(
  caseId: string,
  today: string,
  action: LifecycleActionInput,
  who: Actor = officerA
) {
  t.clock.set(`${today}T04:00:00Z`)
  const { rev } = await t.call('cases/progress', { id: caseId }, who.token)
  return t.call('cases/act', { id: caseId, rev, action }, who.token)
}

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  try {
    await promise
  } catch (e) {
    return (e as { body: { code: string; message: string } }).body
  }
  throw new Error('expected a refusal')
}

const penalty = (fineFen: number) => ({ types: ['fine' as const], fineFen, confiscationFen: null })

beforeEach(async () => {
  // The tests move the clock by weeks; sessions must outlive that.
  t = await makeTestServer({ idleMs: 365 * 24 * 3600 * 1000 })
  officerA = await t.addUser('zhangwei', ['officer'])
  officerB = await t.addUser('wangfang', ['officer'])
  reviewer = await t.addUser('fazhi', ['reviewer'])
  head = await t.addUser('juzhang', ['head'])
})

describe('ordinary procedure (APL Arts. 44–45, 58, 60–67, 72)', () => {
  it('goes from filing to archive, refusing each missing step by name', async () => {
    const c = await t.call('cases/create', orgCase(), officerA.token)
    await act(c.id, '2026-02-02', {
      kind: 'closeInvestigation',
      on: '2026-02-02',
      conclusion: 'penalty',
      legalReviewRequired: false,
      collectiveDiscussionRequired: false,
      summary: '违法事实清楚，拟给予罚款。'
    })

    // The fine reaches the 较大数额, so the notice must offer a hearing (Art. 63).
    const noHearing = await refusal(
      act(c.id, '2026-02-03', {
        kind: 'notify',
        on: '2026-02-03',
        penalty: penalty(FINE),
        hearingOffered: false
      })
    )
    expect(noHearing.message).toContain('第六十三条')
    await act(c.id, '2026-02-03', {
      kind: 'notify',
      on: '2026-02-03',
      penalty: penalty(FINE),
      hearingOffered: true
    })

    // Before any hearing request: deciding is refused while the periods run.
    const early = await refusal(
      act(c.id, '2026-02-04', {
        kind: 'decide',
        on: '2026-02-04',
        outcome: 'penalty',
        penalty: penalty(FINE),
        reasons: '事实清楚'
      })
    )
    expect(early.message).toContain('陈述、申辩期限')

    await act(c.id, '2026-02-05', { kind: 'hearingRequest', on: '2026-02-05' })
    // Spring Festival 2026 (2-15 to 2-23, with 2-14 a make-up working day): notice on 2-06 for a
    // hearing on 2-26 leaves 8 clear working days.
    await act(c.id, '2026-02-06', {
      kind: 'hearingNotice',
      on: '2026-02-06',
      hearingOn: '2026-02-26',
      place: '本局听证室'
    })
    const unheld = await refusal(
      act(c.id, '2026-02-25', {
        kind: 'decide',
        on: '2026-02-25',
        outcome: 'penalty',
        penalty: penalty(FINE),
        reasons: '事实清楚'
      })
    )
    expect(unheld.message).toContain('第六十四条')
    await act(c.id, '2026-02-26', {
      kind: 'hearingHeld',
      on: '2026-02-26',
      summary: '当事人称系疏忽。'
    })

    // A case that went through a hearing needs a passed legal review (Art. 58 ¶1(2)).
    const unreviewed = await refusal(
      act(c.id, '2026-02-27', {
        kind: 'decide',
        on: '2026-02-27',
        outcome: 'penalty',
        penalty: penalty(FINE),
        reasons: '事实清楚'
      })
    )
    expect(unreviewed.message).toContain('第五十八条')
    // Only a reviewer, never the case's own officer, records the review.
    const byOfficer = await refusal(
      act(c.id, '2026-02-27', {
        kind: 'legalReview',
        on: '2026-02-27',
        opinion: 'approve',
        reasons: '同意'
      })
    )
    expect(byOfficer.code).toBe('FORBIDDEN')
    await act(
      c.id,
      '2026-02-27',
      {
        kind: 'legalReview',
        on: '2026-02-27',
        opinion: 'approve',
        reasons: '事实清楚，适用法律正确。'
      },
      reviewer
    )

    const heavier = await refusal(
      act(c.id, '2026-03-02', {
        kind: 'decide',
        on: '2026-03-02',
        outcome: 'penalty',
        penalty: penalty(FINE + 100),
        reasons: '事实清楚'
      })
    )
    expect(heavier.message).toContain('第四十五条第二款')
    await act(c.id, '2026-03-02', {
      kind: 'decide',
      on: '2026-03-02',
      outcome: 'penalty',
      penalty: penalty(FINE),
      reasons: '事实清楚，证据确凿。'
    })
    const served = await act(c.id, '2026-03-02', {
      kind: 'serve',
      on: '2026-03-02',
      method: 'inPerson',
      consentSigned: false
    })
    expect(served.status).toBe('SERVED')
    // Paying within 15 days of receipt (Art. 67 ¶3): due 2026-03-17.
    expect(served.balance).toMatchObject({
      paymentDue: '2026-03-17',
      outstandingFen: FINE,
      surchargeFen: 0
    })

    // Unpaid after the due date: the dashboard lists the payment as overdue, and closing is refused.
    t.clock.set('2026-03-20T04:00:00Z')
    const board = await t.call('dashboard/deadlines', {}, officerA.token)
    expect(board.cases.map((x) => [x.id, x.clock, x.dueOn, x.dueStatus])).toContainEqual([
      c.id,
      'payment',
      '2026-03-17',
      'overdue'
    ])
    const unpaid = await refusal(act(c.id, '2026-03-20', { kind: 'close', on: '2026-03-20' }, head))
    expect(unpaid.message).toContain('罚款尚未缴清')

    // Paid three days late: 3 % a day of the fine (Art. 72(1)) → 1 350 000 fen surcharge.
    await t.call(
      'payments/record',
      { caseId: c.id, paidOn: '2026-03-20', amountFen: FINE, receiptNo: 'FK-0001', note: '' },
      officerA.token
    )
    const afterFine = await t.call('cases/progress', { id: c.id }, officerA.token)
    expect(afterFine.balance).toMatchObject({
      surchargeFen: 1_350_000,
      outstandingFen: 1_350_000,
      finePaidOn: '2026-03-20'
    })
    const stillOwed = await refusal(
      act(c.id, '2026-03-20', { kind: 'close', on: '2026-03-20' }, head)
    )
    expect(stillOwed.message).toContain('尚欠13500.00元')
    await t.call(
      'payments/record',
      {
        caseId: c.id,
        paidOn: '2026-03-20',
        amountFen: 1_350_000,
        receiptNo: 'FK-0002',
        note: '加处罚款'
      },
      officerA.token
    )
    expect(
      (await t.call('dashboard/deadlines', {}, officerA.token)).cases.map((x) => x.id)
    ).not.toContain(c.id)

    // Closing is the head's approval (结案审批); an officer is refused.
    expect((await refusal(act(c.id, '2026-03-20', { kind: 'close', on: '2026-03-20' }))).code).toBe(
      'FORBIDDEN'
    )
    const closed = await act(c.id, '2026-03-20', { kind: 'close', on: '2026-03-20' }, head)
    expect(closed.status).toBe('CLOSED')
    // Archiving is the head's (approval); an officer is refused.
    expect(
      (await refusal(act(c.id, '2026-03-23', { kind: 'archive', on: '2026-03-23' }))).code
    ).toBe('FORBIDDEN')
    const archived = await act(c.id, '2026-03-23', { kind: 'archive', on: '2026-03-23' }, head)
    expect(archived.status).toBe('ARCHIVED')
    expect(archived.events.map((e) => e.action.kind)).toEqual([
      'closeInvestigation',
      'notify',
      'hearingRequest',
      'hearingNotice',
      'hearingHeld',
      'legalReview',
      'decide',
      'serve',
      'close',
      'archive'
    ])
    const row = t.server.deps.db.prepare('SELECT status, rev FROM cases WHERE id = ?').get(c.id)
    expect(row).toEqual({ status: 'ARCHIVED', rev: 11 })
    expect(verifyAuditChain(t.server.deps.db).firstBadSeq).toBeNull()
  })

  it('refuses a stale revision and records nothing', async () => {
    const c = await t.call('cases/create', orgCase(), officerA.token)
    t.clock.set('2026-02-02T04:00:00Z')
    const stale = await refusal(
      t.call(
        'cases/act',
        {
          id: c.id,
          rev: c.rev + 1,
          action: { kind: 'suspend', on: '2026-02-02', reason: '等待检验结果' }
        },
        officerA.token
      )
    )
    expect(stale.code).toBe('CONFLICT')
    const progress = await t.call('cases/progress', { id: c.id }, officerA.token)
    expect(progress.events).toEqual([])
  })

  it('stops the decision clock while suspended and moves it by the approved extension', async () => {
    const c = await t.call('cases/create', orgCase(), officerA.token) // filed 2026-01-06: due 04-06
    const due = () =>
      t.server.deps.db.prepare('SELECT decision_due_on AS d FROM cases WHERE id = ?').get(c.id) as {
        d: string | null
      }
    expect(due().d).toBe('2026-04-06')
    await act(c.id, '2026-01-10', { kind: 'suspend', on: '2026-01-10', reason: '等待检验结果' })
    expect(due().d).toBeNull()
    await act(c.id, '2026-01-20', { kind: 'resume', on: '2026-01-20' }) // 10 days paused
    expect(due().d).toBe('2026-04-16')
    const notHead = await refusal(
      act(c.id, '2026-04-01', {
        kind: 'extend',
        on: '2026-04-01',
        step: 'head30',
        days: 30,
        reason: '案情复杂'
      })
    )
    expect(notHead.code).toBe('FORBIDDEN')
    await act(
      c.id,
      '2026-04-01',
      { kind: 'extend', on: '2026-04-01', step: 'head30', days: 30, reason: '案情复杂' },
      head
    )
    expect(due().d).toBe('2026-05-16')
  })

  it('files a registered clue through the lifecycle, starting the decision clock', async () => {
    const clue = await t.call('cases/create', orgCase({ filedOn: null }), officerA.token)
    expect(clue.status).toBe('REGISTERED')
    const filed = await act(clue.id, '2026-01-08', { kind: 'file', on: '2026-01-08' })
    expect(filed.status).toBe('FILED')
    const row = t.server.deps.db
      .prepare('SELECT filed_on, sort_on, decision_due_on FROM cases WHERE id = ?')
      .get(clue.id)
    expect(row).toEqual({
      filed_on: '2026-01-08',
      sort_on: '2026-01-08',
      decision_due_on: '2026-04-08'
    })
  })

  it('refuses filing outside the APL Art. 36 limitation', async () => {
    const late = await refusal(
      t.call(
        'cases/create',
        orgCase({ violationOn: '2024-01-04', discoveredOn: '2026-01-05' }),
        officerA.token
      )
    )
    expect(late.message).toContain('第三十六条')
    const unknown = await refusal(
      t.call('cases/create', orgCase({ violationOn: null }), officerA.token)
    )
    expect(unknown.message).toContain('违法行为发生日')
    // Five years where life, health or safety was harmed.
    const ok = await t.call(
      'cases/create',
      orgCase({ violationOn: '2024-01-04', discoveredOn: '2026-01-05', extendedLimitation: true }),
      officerA.token
    )
    expect(ok.status).toBe('FILED')
  })
})

describe('simple procedure (APL Arts. 51–52)', () => {
  const person = (limitOverrides: Partial<CaseCreateInput> = {}) =>
    orgCase({
      filedOn: null,
      parties: [
        {
          kind: 'person',
          name: '王芳',
          idNumber: '11010519491231002X',
          address: '汉阳',
          contact: ''
        }
      ],
      ...limitOverrides
    })

  it('accepts 200 yuan on the spot against a person and refuses 201 yuan citing Art. 51', async () => {
    const c = await t.call('cases/create', person(), officerA.token)
    const over = await refusal(
      act(c.id, '2026-01-05', {
        kind: 'decideOnTheSpot',
        on: '2026-01-05',
        penalty: penalty(20_100),
        place: '汉阳区晴川街',
        rightsInformed: true
      })
    )
    expect(over.code).toBe('REFUSED')
    expect(over.message).toContain('第五十一条')
    expect(over.message).toContain('201.00元')
    const done = await act(c.id, '2026-01-05', {
      kind: 'decideOnTheSpot',
      on: '2026-01-05',
      penalty: penalty(20_000),
      place: '汉阳区晴川街',
      rightsInformed: true
    })
    expect(done.status).toBe('SERVED')
    expect(done.progress.decision).toMatchObject({ procedure: 'simple', outcome: 'penalty' })
  })
})

describe('payments ledger', () => {
  it('corrects by a reversing entry, never by editing, and reverses an entry only once', async () => {
    const c = await t.call(
      'cases/create',
      orgCase({ filedOn: null, discoveredOn: '2026-01-05' }),
      officerA.token
    )
    await act(c.id, '2026-01-05', {
      kind: 'decideOnTheSpot',
      on: '2026-01-05',
      penalty: penalty(100_000),
      place: '现场',
      rightsInformed: true
    })
    t.clock.set('2026-01-08T04:00:00Z')
    const paid = await t.call(
      'payments/record',
      { caseId: c.id, paidOn: '2026-01-06', amountFen: 100_000, receiptNo: 'A-1', note: '' },
      officerA.token
    )
    const reversal = await t.call(
      'payments/record',
      {
        caseId: c.id,
        paidOn: '2026-01-07',
        amountFen: 100_000,
        receiptNo: 'A-1',
        note: '票据作废',
        reversesId: paid.id
      },
      officerA.token
    )
    expect(reversal.amountFen).toBe(-100_000)
    const twice = await refusal(
      t.call(
        'payments/record',
        {
          caseId: c.id,
          paidOn: '2026-01-07',
          amountFen: 100_000,
          receiptNo: 'A-1',
          note: '',
          reversesId: paid.id
        },
        officerA.token
      )
    )
    expect(twice.message).toContain('已冲正')
    const view = await t.call('cases/progress', { id: c.id }, officerA.token)
    expect(view.payments.map((p) => [p.amountFen, p.reversedById !== null])).toEqual([
      [100_000, true],
      [-100_000, false]
    ])
    expect(view.balance?.outstandingFen).toBeGreaterThan(0)
    expect(() => t.server.deps.db.prepare('DELETE FROM payments').run()).toThrow(/append-only/)
  })
})
