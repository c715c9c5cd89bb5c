// Fixtures for the lifecycle tests: the shipped working-day calendar, a guard context, penalties in
// fen (1 yuan = 100 fen) and a walker that records actions only after their guard has passed.
import { expect } from 'vitest'
import { shippedCalendar } from '../clocks/calendar.test-support'
import { addDays } from '../clocks/days'
import type { Education, LifecycleAction } from './actions'
import { checkAction, type GuardContext } from './guards'
import type { HearingThresholds, PenaltyDecision } from './penalty'
import { applyAction, initialProgress, type CaseProgress } from './progress'
import type { Refusal } from './refusal'

export const cal = shippedCalendar()

export const yuan = (y: number) => y * 100

/** The market-regulation 听证办法 figures (domain.md §2; unverified): 1万 / 10万 yuan. */
export const THRESHOLDS: HearingThresholds = {
  personFen: yuan(10_000),
  organisationFen: yuan(100_000),
  basis: '《市场监督管理行政处罚听证办法》'
}

export function ctx(over: Partial<GuardContext> = {}): GuardContext {
  return {
    calendar: cal,
    today: '2026-06-30',
    partyKinds: ['organisation'],
    hearingThresholds: THRESHOLDS,
    discoveredOn: '2025-01-06',
    violationOn: '2024-12-20',
    extendedLimitation: false,
    benchmark: null,
    reviewRequiredBy: null,
    statementWorkingDays: 5,
    payments: [],
    ...over
  }
}

export const fine = (fen: number): PenaltyDecision => ({
  types: ['fine'],
  fineFen: fen,
  confiscationFen: null
})

export const WARNING: PenaltyDecision = { types: ['warning'], fineFen: null, confiscationFen: null }

/** 15万 yuan: at or above the organisation hearing threshold. */
export const BIG = fine(yuan(150_000))
/** 5万 yuan: below it, so no hearing right for an organisation. */
export const SMALL = fine(yuan(50_000))

export function closeInv(
  on: string,
  over: Partial<Extract<LifecycleAction, { kind: 'closeInvestigation' }>> = {}
): LifecycleAction {
  return {
    kind: 'closeInvestigation',
    on,
    conclusion: 'penalty',
    legalReviewRequired: false,
    collectiveDiscussionRequired: false,
    summary: '违法事实清楚，证据确凿',
    ...over
  }
}

export function notify(
  on: string,
  penalty: PenaltyDecision,
  hearingOffered = false
): LifecycleAction {
  return { kind: 'notify', on, penalty, hearingOffered }
}

export function decide(on: string, penalty: PenaltyDecision): LifecycleAction {
  return { kind: 'decide', on, outcome: 'penalty', penalty, reasons: '依法决定' }
}

/** APL Art. 33 ¶3: the education a no-penalty decision carries; followed up a month later. */
export function education(educatedOn: string, followUpOn: string): Education {
  return {
    forms: ['criticism', 'lawPromotion'],
    content: '指出违法行为，讲解相关法律规定，当事人表示今后守法经营。',
    educatedOn,
    followUpOn
  }
}

/** A no-penalty decision, educated the same day and followed up 30 days later. */
export function decideNoPenalty(on: string, reasons = '首违不罚'): LifecycleAction {
  return {
    kind: 'decide',
    on,
    outcome: 'noPenalty',
    reasons,
    education: education(on, addDays(on, 30))
  }
}

export function review(on: string, opinion: 'approve' | 'return' | 'reject'): LifecycleAction {
  return { kind: 'legalReview', on, opinion, reasons: '审核意见' }
}

export function serve(on: string, method: 'inPerson' | 'electronic' = 'inPerson'): LifecycleAction {
  return { kind: 'serve', on, method, consentSigned: method === 'inPerson' }
}

/** Records the actions in order, asserting that each passes its guard first. */
export function walk(
  actions: readonly LifecycleAction[],
  c: GuardContext = ctx(),
  from: CaseProgress = initialProgress('REGISTERED', null)
): CaseProgress {
  let p = from
  for (const a of actions) {
    const r = checkAction(p, a, c)
    expect(r, `${a.kind} on ${a.on}: ${r?.message ?? ''}`).toBeNull()
    p = applyAction(p, a)
  }
  return p
}

/** The refusal of `a` after `actions`; fails the test when the action would be accepted. */
export function refusalOf(p: CaseProgress, a: LifecycleAction, c: GuardContext = ctx()): Refusal {
  const r = checkAction(p, a, c)
  if (r === null) throw new Error(`expected ${a.kind} on ${a.on} to be refused`)
  return r
}

export function accepted(p: CaseProgress, a: LifecycleAction, c: GuardContext = ctx()): void {
  const r = checkAction(p, a, c)
  expect(r, `${a.kind} on ${a.on}: ${r?.message ?? ''}`).toBeNull()
}

/** A case filed on `filedOn` (any day of 2025 or later: discovered 2025-01-06). */
export function filed(filedOn: string, c: GuardContext = ctx()): CaseProgress {
  return walk([{ kind: 'file', on: filedOn }], c)
}
