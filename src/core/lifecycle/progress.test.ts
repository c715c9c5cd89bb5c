import { describe, expect, it } from 'vitest'
import type { LifecycleAction } from './actions'
import {
  BIG,
  SMALL,
  WARNING,
  closeInv,
  decide,
  decideNoPenalty,
  notify,
  review
} from './lifecycle.test-support'
import {
  applyAction,
  decisionPauses,
  foldActions,
  initialProgress,
  type CaseProgress
} from './progress'

const fold = (
  actions: LifecycleAction[],
  from: CaseProgress = initialProgress('FILED', '2025-03-05')
) => actions.reduce(applyAction, from)

describe('the fold of recorded actions (domain.md §1.4)', () => {
  it('starts from the case status and filing date', () => {
    expect(initialProgress('FILED', '2025-03-05')).toMatchObject({
      status: 'FILED',
      filedOn: '2025-03-05',
      notice: null,
      decision: null,
      pauses: [],
      extension30: false,
      furtherExtensionDays: 0
    })
    expect(foldActions('REGISTERED', null, [])).toEqual(initialProgress('REGISTERED', null))
  })

  it('filing and declining', () => {
    expect(
      fold([{ kind: 'file', on: '2025-03-05' }], initialProgress('REGISTERED', null))
    ).toMatchObject({
      status: 'FILED',
      filedOn: '2025-03-05'
    })
    expect(
      fold(
        [{ kind: 'decline', on: '2025-03-05', reason: '不属于本机关管辖' }],
        initialProgress('REGISTERED', null)
      )
    ).toMatchObject({ status: 'DECLINED', declinedOn: '2025-03-05' })
  })

  it('does not mutate its input', () => {
    const p = initialProgress('FILED', '2025-03-05')
    const copy = structuredClone(p)
    applyAction(p, closeInv('2025-03-20', { legalReviewRequired: true }))
    expect(p).toEqual(copy)
  })

  it('closing the investigation records the conclusion and the Art. 57/58 flags, and clears the review', () => {
    const p = fold([
      closeInv('2025-03-20'),
      review('2025-03-21', 'return'),
      closeInv('2025-03-25', { legalReviewRequired: true, collectiveDiscussionRequired: true })
    ])
    expect(p).toMatchObject({
      status: 'UNDER_REVIEW',
      conclusion: 'penalty',
      legalReviewRequired: true,
      collectiveDiscussionRequired: true,
      review: null
    })
  })

  it('a review “return” reopens the investigation; approve and reject keep the stage', () => {
    const p = fold([closeInv('2025-03-20'), notify('2025-03-24', SMALL)])
    expect(applyAction(p, review('2025-03-25', 'return'))).toMatchObject({
      status: 'INVESTIGATING',
      review: { on: '2025-03-25', opinion: 'return' }
    })
    expect(applyAction(p, review('2025-03-25', 'approve')).status).toBe('NOTIFIED')
    expect(applyAction(p, review('2025-03-25', 'reject')).status).toBe('NOTIFIED')
  })

  it('a fresh notice reopens the rights: waiver, statements, 复核 and hearing start over', () => {
    const p = fold([
      closeInv('2025-03-20'),
      notify('2025-03-24', BIG, true),
      { kind: 'statement', on: '2025-03-25', summary: '—' },
      { kind: 'reconsider', on: '2025-03-26', adopted: true, reasons: '—' },
      { kind: 'waive', on: '2025-03-26' },
      { kind: 'hearingRequest', on: '2025-03-26' }
    ])
    expect(p).toMatchObject({
      statementsSinceNotice: 1,
      reconsideredOn: '2025-03-26',
      waivedOn: '2025-03-26',
      hearing: { requestedOn: '2025-03-26' }
    })
    expect(applyAction(p, notify('2025-04-01', SMALL))).toMatchObject({
      status: 'NOTIFIED',
      notice: { on: '2025-04-01', penalty: SMALL, hearingOffered: false },
      statementsSinceNotice: 0,
      lastStatementOn: null,
      reconsideredOn: null,
      waivedOn: null,
      hearing: null
    })
  })

  it('a new statement clears the earlier 复核', () => {
    const p = fold([
      closeInv('2025-03-20'),
      notify('2025-03-24', SMALL),
      { kind: 'statement', on: '2025-03-25', summary: '一' },
      { kind: 'reconsider', on: '2025-03-26', adopted: false, reasons: '—' },
      { kind: 'statement', on: '2025-03-27', summary: '二' }
    ])
    expect(p).toMatchObject({
      statementsSinceNotice: 2,
      lastStatementOn: '2025-03-27',
      reconsideredOn: null
    })
  })

  it('the hearing record: request, notice, held or abandoned; steps without a request change nothing', () => {
    const base = fold([closeInv('2025-03-20'), notify('2025-03-24', BIG, true)])
    const notice: LifecycleAction = {
      kind: 'hearingNotice',
      on: '2025-03-26',
      hearingOn: '2025-04-10',
      place: '听证室'
    }
    expect(applyAction(base, notice)).toEqual(base)
    const held = fold(
      [
        { kind: 'hearingRequest', on: '2025-03-25' },
        notice,
        { kind: 'hearingHeld', on: '2025-04-10', summary: '—' }
      ],
      base
    )
    expect(held.hearing).toEqual({
      requestedOn: '2025-03-25',
      noticeOn: '2025-03-26',
      hearingOn: '2025-04-10',
      heldOn: '2025-04-10',
      abandonedOn: null
    })
    const abandoned = fold(
      [
        { kind: 'hearingRequest', on: '2025-03-25' },
        { kind: 'hearingAbandoned', on: '2025-03-28', reason: '—' }
      ],
      base
    )
    expect(abandoned.hearing?.abandonedOn).toBe('2025-03-28')
  })

  it('decisions: ordinary penalty, no penalty, and on the spot (served at once)', () => {
    const notified = fold([closeInv('2025-03-20'), notify('2025-03-24', SMALL)])
    expect(applyAction(notified, decide('2025-04-01', SMALL))).toMatchObject({
      status: 'DECIDED',
      decision: { on: '2025-04-01', outcome: 'penalty', procedure: 'ordinary', penalty: SMALL },
      service: null
    })
    expect(applyAction(notified, decideNoPenalty('2025-04-01', '—'))).toMatchObject({
      status: 'DECIDED',
      decision: { outcome: 'noPenalty', procedure: 'ordinary' }
    })
    expect(
      applyAction(initialProgress('REGISTERED', null), {
        kind: 'decideOnTheSpot',
        on: '2025-03-03',
        penalty: WARNING,
        place: '—',
        rightsInformed: true
      })
    ).toMatchObject({
      status: 'SERVED',
      decision: { outcome: 'penalty', procedure: 'simple', penalty: WARNING },
      service: { on: '2025-03-03', method: 'inPerson' }
    })
  })

  it('execution: service, deferral, reminder and court move the case to SERVED, then EXECUTING', () => {
    const p = fold([
      closeInv('2025-03-20'),
      notify('2025-03-24', SMALL),
      decide('2025-04-01', SMALL),
      { kind: 'serve', on: '2025-04-02', method: 'mail', consentSigned: false },
      {
        kind: 'deferral',
        on: '2025-04-03',
        deferralKind: 'instalment',
        until: '2025-06-30',
        reason: '—'
      }
    ])
    expect(p).toMatchObject({
      status: 'SERVED',
      service: { on: '2025-04-02', method: 'mail' },
      deferral: { kind: 'instalment', until: '2025-06-30' }
    })
    const q = fold(
      [
        { kind: 'remind', on: '2025-07-01' },
        { kind: 'courtApply', on: '2025-10-10', court: '—' },
        { kind: 'courtConcluded', on: '2025-12-01', result: 'terminated' }
      ],
      p
    )
    expect(q).toMatchObject({
      status: 'EXECUTING',
      reminderOn: '2025-07-01',
      courtAppliedOn: '2025-10-10',
      courtConcluded: { on: '2025-12-01', result: 'terminated' }
    })
    expect(
      fold(
        [
          { kind: 'close', on: '2025-12-02' },
          { kind: 'archive', on: '2025-12-03' }
        ],
        q
      )
    ).toMatchObject({
      status: 'ARCHIVED',
      closedOn: '2025-12-02',
      archivedOn: '2025-12-03'
    })
  })

  describe('suspension (中止) and extension of the decision clock', () => {
    it('resuming on day D pauses the days from the suspension to D − 1', () => {
      const p = fold([
        { kind: 'suspend', on: '2025-04-01', reason: '检验' },
        { kind: 'resume', on: '2025-04-11' },
        { kind: 'suspend', on: '2025-04-30', reason: '公告' },
        { kind: 'resume', on: '2025-05-02' }
      ])
      expect(p.pauses).toEqual([
        { firstDay: '2025-04-01', lastDay: '2025-04-10', reason: '中止' },
        { firstDay: '2025-04-30', lastDay: '2025-05-01', reason: '中止' }
      ])
      expect(p.suspendedSince).toBeNull()
    })

    it('across a month end', () => {
      const p = fold([
        { kind: 'suspend', on: '2025-02-20', reason: '—' },
        { kind: 'resume', on: '2025-03-01' }
      ])
      expect(p.pauses).toEqual([{ firstDay: '2025-02-20', lastDay: '2025-02-28', reason: '中止' }])
    })

    it('a suspension resumed the same day pauses nothing; resume without suspension is a no-op', () => {
      const p = fold([
        { kind: 'suspend', on: '2025-04-01', reason: '—' },
        { kind: 'resume', on: '2025-04-01' }
      ])
      expect(p).toMatchObject({ pauses: [], suspendedSince: null })
      const q = initialProgress('FILED', '2025-03-05')
      expect(applyAction(q, { kind: 'resume', on: '2025-04-01' })).toEqual(q)
    })

    it('the head’s 30 days are a flag; collective extensions add up', () => {
      const p = fold([
        { kind: 'extend', on: '2025-05-30', step: 'head30', days: 30, reason: '—' },
        { kind: 'extend', on: '2025-06-25', step: 'collective', days: 15, reason: '—' },
        { kind: 'extend', on: '2025-07-05', step: 'collective', days: 10, reason: '—' }
      ])
      expect(p).toMatchObject({ extension30: true, furtherExtensionDays: 25 })
    })
  })

  it('does not count the hearing against the decision clock: request to held, or to today while pending', () => {
    const base = initialProgress('NOTIFIED', '2025-03-05')
    const requested = applyAction(base, { kind: 'hearingRequest', on: '2025-04-01' })
    expect(decisionPauses(requested, '2025-04-03')).toEqual([
      { firstDay: '2025-04-01', lastDay: '2025-04-03', reason: '听证' }
    ])
    const noticed = applyAction(requested, {
      kind: 'hearingNotice',
      on: '2025-04-02',
      hearingOn: '2025-04-15',
      place: '听证室'
    })
    const held = applyAction(noticed, { kind: 'hearingHeld', on: '2025-04-15', summary: '—' })
    expect(decisionPauses(held, '2025-05-01')).toEqual([
      { firstDay: '2025-04-01', lastDay: '2025-04-15', reason: '听证' }
    ])
    expect(decisionPauses(base, '2025-05-01')).toEqual([])
  })
})
