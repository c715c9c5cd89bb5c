// The ordinary procedure of a seeded fine (APL Arts. 57–67): investigation closed, legal review
// where the case or the benchmark requires it, approval of a 减轻, collective discussion, prior
// notice with the hearing right where the fine reaches the threshold, the party's answer (waiver,
// statement and 复核, or a hearing), decision, service, publication, payment and closing.
import type { PartyKind } from '../../../core/cases/vocabulary'
import { paymentDeadline } from '../../../core/clocks/payment'
import { hearingRequestDeadline } from '../../../core/clocks/procedure'
import { addWorkingDays } from '../../../core/clocks/working-days'
import { hearingRight, type PenaltyDecision } from '../../../core/lifecycle/penalty'
import { addDays } from '../dates'
import type { Rng } from '../prng'
import { receiptNo, type LifecycleEnv } from './lifecycle-plan'
import type { CaseRecorder } from './recorder'
import { TEXT } from './texts'

export type PenaltyCase = {
  partyKinds: readonly PartyKind[]
  closeOn: string
  /** The decision date the evaluation assumed; the party's answer may move it later. */
  decisionOn: string
  fineFen: number
}

const later = (a: string, b: string) => (a > b ? a : b)

function mustGet(r: { ok: true; value: string } | { ok: false }): string | null {
  return r.ok ? r.value : null
}

/** The hearing request, notice and hearing (APL Art. 64), then the review of its record; returns
 * the day after which the decision may follow, or null when a step was refused. */
function heard(env: LifecycleEnv, rec: CaseRecorder, rng: Rng, notifiedOn: string) {
  const due = hearingRequestDeadline(env.calendar, notifiedOn)
  if (!due.ok) return null
  const requestedOn = [addDays(notifiedOn, rng.int(1, 3)), due.value.due].sort()[0] ?? notifiedOn
  if (!rec.act({ kind: 'hearingRequest', on: requestedOn })) return null
  const noticeOn = addDays(requestedOn, rng.int(1, 2))
  const hearingOn = mustGet(addWorkingDays(env.calendar, noticeOn, 8))
  if (hearingOn === null) return null
  const place = TEXT.hearingPlace
  if (!rec.act({ kind: 'hearingNotice', on: noticeOn, hearingOn, place })) return null
  if (!rec.act({ kind: 'hearingHeld', on: hearingOn, summary: TEXT.hearingSummary })) return null
  // The decision rests on the hearing record, so the legal review follows the hearing (Art. 58).
  const reviewedOn = addDays(hearingOn, rng.int(1, 3))
  const reasons = TEXT.reviewAfterHearing
  return rec.act({ kind: 'legalReview', on: reviewedOn, opinion: 'approve', reasons }, 'reviewer')
    ? reviewedOn
    : null
}

/** The party's answer to the notice; returns the earliest decision date, or null if refused. */
function answered(
  env: LifecycleEnv,
  rec: CaseRecorder,
  rng: Rng,
  notifiedOn: string,
  hearingOffered: boolean
): string | null {
  const roll = rng.next()
  if (hearingOffered && roll < 0.25) return heard(env, rec, rng, notifiedOn)
  if (roll < 0.4) {
    const statedOn = addDays(notifiedOn, rng.int(1, 3))
    if (!rec.act({ kind: 'statement', on: statedOn, summary: TEXT.statement })) return null
    const reconsideredOn = addDays(statedOn, rng.int(1, 3))
    const reasons = TEXT.reconsidered
    if (!rec.act({ kind: 'reconsider', on: reconsideredOn, adopted: false, reasons })) return null
    // Without a waiver the hearing-request period must run out first (Art. 64 (一)).
    const hearingDue = hearingOffered ? hearingRequestDeadline(env.calendar, notifiedOn) : null
    if (hearingDue && !hearingDue.ok) return null
    return addDays(later(reconsideredOn, hearingDue?.value.due ?? reconsideredOn), 1)
  }
  if (roll < 0.9) {
    const waivedOn = addDays(notifiedOn, rng.int(0, 2))
    return rec.act({ kind: 'waive', on: waivedOn }) ? waivedOn : null
  }
  // No answer: the statement period (and the hearing-request period) run out.
  // guards.ts statementDue: the configured working days after the notice.
  const stated = addWorkingDays(env.calendar, notifiedOn, env.config.statements.workingDays)
  const hearingDue = hearingOffered ? hearingRequestDeadline(env.calendar, notifiedOn) : null
  if (!stated.ok || (hearingDue && !hearingDue.ok)) return null
  return addDays(later(stated.value, hearingDue?.ok ? hearingDue.value.due : stated.value), 1)
}

/** Before the notice: investigation closed, legal review, approval, collective discussion. */
function concluded(env: LifecycleEnv, rec: CaseRecorder, rng: Rng, c: PenaltyCase, big: boolean) {
  const e = rec.plan.evaluation
  const legalReviewRequired = big || rng.chance(0.08)
  const collective = big && rng.chance(0.3)
  const ok = rec.act({
    kind: 'closeInvestigation',
    on: c.closeOn,
    conclusion: 'penalty',
    legalReviewRequired,
    collectiveDiscussionRequired: collective,
    summary: TEXT.penaltySummary
  })
  if (!ok) return null
  let on = c.closeOn
  const engineReview = e?.result.steps.some((s) => s.step === 'legalReview' && s.required === 'yes')
  if (legalReviewRequired || engineReview) {
    on = addDays(on, rng.int(1, 3))
    const reasons = TEXT.reviewApproved
    if (!rec.act({ kind: 'legalReview', on, opinion: 'approve', reasons }, 'reviewer')) return null
  }
  if (e?.result.outcome.level === 'MITIGATED') {
    on = addDays(on, rng.int(0, 2))
    const reasons = TEXT.deviationApproved
    if (!rec.act({ kind: 'approveDeviation', on, reasons }, 'head')) return null
  }
  if (collective) {
    on = addDays(on, rng.int(1, 3))
    const discussion = {
      kind: 'collectiveDiscussion' as const,
      on,
      participants: TEXT.collectiveParticipants,
      conclusion: TEXT.collectiveConclusion
    }
    if (!rec.act(discussion)) return null
  }
  return on
}

function executed(
  env: LifecycleEnv,
  rec: CaseRecorder,
  rng: Rng,
  fineFen: number,
  servedOn: string
) {
  const due = paymentDeadline(env.calendar, servedOn)
  if (!due.ok) return
  const lastDay = due.value.due
  const payBy = (from: string) => [addDays(from, rng.int(1, 10)), lastDay].sort()[0] ?? lastDay
  const roll = rng.next()
  const receipt = receiptNo(rng)
  let paidOn: string
  if (roll < 0.86) {
    paidOn = payBy(servedOn)
    if (!rec.pay(paidOn, fineFen, receipt)) return
  } else if (roll < 0.9) {
    // An amount keyed in wrongly, reversed (a ledger correction), then the right entry.
    const first = payBy(servedOn)
    if (!rec.pay(first, fineFen, receipt)) return
    const index = rec.plan.payments.length - 1
    if (!rec.pay(first, fineFen, receipt, index)) return
    paidOn = payBy(first)
    if (!rec.pay(paidOn, fineFen, receiptNo(rng))) return
  } else if (roll < 0.95) {
    const half = Math.floor(fineFen / 2 / 100) * 100
    const first = payBy(servedOn)
    if (!rec.pay(first, half, receipt)) return
    paidOn = payBy(first)
    if (!rec.pay(paidOn, fineFen - half, receiptNo(rng))) return
  } else {
    // Unpaid: a written reminder after the due date (行政强制法 Art. 54); the case stays open.
    rec.act({ kind: 'remind', on: addDays(lastDay, rng.int(3, 20)) })
    return
  }
  const closedOn = addDays(paidOn, rng.int(0, 5))
  if (!rec.act({ kind: 'close', on: closedOn }, 'head')) return
  if (rng.chance(REVOKED)) {
    const authority = rng.pick(['reconsideration', 'litigation', 'selfCorrection'] as const)
    rec.revoke(addDays(closedOn, rng.int(20, 120)), authority, TEXT.revocationReasons)
  } else if (rng.chance(0.4)) {
    rec.act({ kind: 'archive', on: addDays(closedOn, rng.int(15, 60)) }, 'head')
  }
}

/** Share of paid fines whose decision is later revoked (复议、诉讼 or the unit's own correction). */
const REVOKED = 0.006

export function decideAndExecute(
  env: LifecycleEnv,
  rec: CaseRecorder,
  rng: Rng,
  c: PenaltyCase
): void {
  const penalty: PenaltyDecision = { types: ['fine'], fineFen: c.fineFen, confiscationFen: null }
  const itemCode = rec.plan.evaluation?.result.itemCode ?? null
  const big = hearingRight(penalty, c.partyKinds, env.thresholds(itemCode)) !== null
  const ready = concluded(env, rec, rng, c, big)
  if (ready === null) return
  const notifiedOn = addDays(ready, rng.int(1, 2))
  const steps = rec.plan.evaluation?.result.steps ?? []
  const hearingOffered = big || steps.some((s) => s.step === 'hearingNotice')
  if (!rec.act({ kind: 'notify', on: notifiedOn, penalty, hearingOffered })) return
  const earliest = answered(env, rec, rng, notifiedOn, hearingOffered)
  if (earliest === null) return
  const decidedOn = addDays(later(earliest, c.decisionOn), rng.int(0, 3))
  // Keys in the order the handler stores them (schemas/lifecycle.ts toLifecycleAction).
  const reasons = TEXT.penaltyReasons
  if (!rec.act({ kind: 'decide', on: decidedOn, outcome: 'penalty', penalty, reasons })) return
  const servedOn = addDays(decidedOn, rng.int(0, 3))
  const method = rng.weighted([
    ['inPerson', 14],
    ['mail', 5],
    ['leftAtAddress', 1]
  ] as const)
  if (!rec.act({ kind: 'serve', on: servedOn, method, consentSigned: false })) return
  if (rng.chance(0.85)) rec.act({ kind: 'publish', on: addDays(decidedOn, rng.int(1, 7)) })
  executed(env, rec, rng, c.fineFen, servedOn)
}
