// A case's procedural progress: the fold of its recorded lifecycle actions, oldest first. Guards
// read it; the server stores the derived status and due dates beside the case for lists and queues.
import { assertNever } from '../assert'
import type { CaseStatus } from '../cases/vocabulary'
import type { PausedSpan } from '../clocks/deadline'
import type {
  DeferralKind,
  InvestigationConclusion,
  LifecycleAction,
  ReviewOpinion,
  ServiceMethod
} from './actions'
import type { PenaltyDecision } from './penalty'

export type Notice = { on: string; penalty: PenaltyDecision; hearingOffered: boolean }

export type HearingProgress = {
  requestedOn: string
  noticeOn: string | null
  hearingOn: string | null
  heldOn: string | null
  abandonedOn: string | null
}

export type Decision =
  | { on: string; outcome: 'penalty'; procedure: 'ordinary' | 'simple'; penalty: PenaltyDecision }
  | { on: string; outcome: 'noPenalty'; procedure: 'ordinary' }

export type SeizureRecord = {
  startedOn: string
  items: string
  extensionApproved: boolean
  releasedOn: string | null
}

/** The seizure still in force, if any. */
export function openSeizure(p: CaseProgress): SeizureRecord | null {
  const last = p.seizures.at(-1)
  return last && last.releasedOn === null ? last : null
}

function updateOpenSeizure(p: CaseProgress, change: Partial<SeizureRecord>): CaseProgress {
  const last = p.seizures.at(-1)
  if (!last || last.releasedOn !== null) return p
  return { ...p, seizures: [...p.seizures.slice(0, -1), { ...last, ...change }] }
}

export type CaseProgress = {
  status: CaseStatus
  filedOn: string | null
  conclusion: InvestigationConclusion | null
  legalReviewRequired: boolean
  collectiveDiscussionRequired: boolean
  collectiveDiscussionOn: string | null
  /** The head's approval of a deviation from the benchmark or of 减轻. */
  deviationApprovedOn: string | null
  /** The latest legal-review opinion since the investigation last closed. */
  review: { on: string; opinion: ReviewOpinion } | null
  /** The latest notice (告知); a fresh notice replaces the earlier one and reopens the rights. */
  notice: Notice | null
  waivedOn: string | null
  /** Statements (陈述申辩) since the latest notice, and whether the last one was reviewed (复核). */
  statementsSinceNotice: number
  lastStatementOn: string | null
  reconsideredOn: string | null
  hearing: HearingProgress | null
  decision: Decision | null
  service: { on: string; method: ServiceMethod } | null
  publishedOn: string | null
  deferral: { kind: DeferralKind; until: string } | null
  reminderOn: string | null
  courtAppliedOn: string | null
  courtConcluded: { on: string; result: 'enforced' | 'terminated' } | null
  /** 查封、扣押 in the order carried out; at most one is open (not released) at a time. */
  seizures: SeizureRecord[]
  /** Finished suspensions (中止), which stop the decision clock, and the open one. */
  pauses: PausedSpan[]
  suspendedSince: string | null
  extension30: boolean
  furtherExtensionDays: number
  transferredOn: string | null
  declinedOn: string | null
  closedOn: string | null
  archivedOn: string | null
}

export function initialProgress(status: CaseStatus, filedOn: string | null): CaseProgress {
  return {
    status,
    filedOn,
    conclusion: null,
    legalReviewRequired: false,
    collectiveDiscussionRequired: false,
    collectiveDiscussionOn: null,
    deviationApprovedOn: null,
    review: null,
    notice: null,
    waivedOn: null,
    statementsSinceNotice: 0,
    lastStatementOn: null,
    reconsideredOn: null,
    hearing: null,
    decision: null,
    service: null,
    publishedOn: null,
    deferral: null,
    reminderOn: null,
    courtAppliedOn: null,
    courtConcluded: null,
    seizures: [],
    pauses: [],
    suspendedSince: null,
    extension30: false,
    furtherExtensionDays: 0,
    transferredOn: null,
    declinedOn: null,
    closedOn: null,
    archivedOn: null
  }
}

/** The day before `date` (a suspension resumed on D paused the days up to D − 1). */
function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() - 1)
  return d.toISOString().slice(0, 10)
}

/** Applies one accepted action. Guards ran before; this only records what the action establishes. */
export function applyAction(p: CaseProgress, a: LifecycleAction): CaseProgress {
  switch (a.kind) {
    case 'file':
      return { ...p, status: 'FILED', filedOn: a.on }
    case 'decline':
      return { ...p, status: 'DECLINED', declinedOn: a.on }
    case 'closeInvestigation':
      return {
        ...p,
        status: 'UNDER_REVIEW',
        conclusion: a.conclusion,
        legalReviewRequired: a.legalReviewRequired,
        collectiveDiscussionRequired: a.collectiveDiscussionRequired,
        review: null
      }
    case 'transfer':
      return { ...p, status: 'TRANSFERRED', transferredOn: a.on }
    case 'collectiveDiscussion':
      return { ...p, collectiveDiscussionOn: a.on }
    case 'approveDeviation':
      return { ...p, deviationApprovedOn: a.on }
    case 'legalReview':
      // 退回补正 sends the case back to the investigation; it must be concluded again.
      return a.opinion === 'return'
        ? { ...p, status: 'INVESTIGATING', review: { on: a.on, opinion: a.opinion } }
        : { ...p, review: { on: a.on, opinion: a.opinion } }
    case 'notify':
      return {
        ...p,
        status: 'NOTIFIED',
        notice: { on: a.on, penalty: a.penalty, hearingOffered: a.hearingOffered },
        waivedOn: null,
        statementsSinceNotice: 0,
        lastStatementOn: null,
        reconsideredOn: null,
        hearing: null
      }
    case 'waive':
      return { ...p, waivedOn: a.on }
    case 'statement':
      return {
        ...p,
        statementsSinceNotice: p.statementsSinceNotice + 1,
        lastStatementOn: a.on,
        reconsideredOn: null
      }
    case 'reconsider':
      return { ...p, reconsideredOn: a.on }
    case 'hearingRequest':
      return {
        ...p,
        hearing: {
          requestedOn: a.on,
          noticeOn: null,
          hearingOn: null,
          heldOn: null,
          abandonedOn: null
        }
      }
    case 'hearingNotice':
      return p.hearing
        ? { ...p, hearing: { ...p.hearing, noticeOn: a.on, hearingOn: a.hearingOn } }
        : p
    case 'hearingHeld':
      return p.hearing ? { ...p, hearing: { ...p.hearing, heldOn: a.on } } : p
    case 'hearingAbandoned':
      return p.hearing ? { ...p, hearing: { ...p.hearing, abandonedOn: a.on } } : p
    case 'decide':
      return {
        ...p,
        status: 'DECIDED',
        decision:
          a.outcome === 'penalty'
            ? { on: a.on, outcome: 'penalty', procedure: 'ordinary', penalty: a.penalty }
            : { on: a.on, outcome: 'noPenalty', procedure: 'ordinary' }
      }
    case 'decideOnTheSpot':
      // APL Art. 52: the decision is handed to the party on the spot, which serves it.
      return {
        ...p,
        status: 'SERVED',
        decision: { on: a.on, outcome: 'penalty', procedure: 'simple', penalty: a.penalty },
        service: { on: a.on, method: 'inPerson' }
      }
    case 'serve':
      return { ...p, status: 'SERVED', service: { on: a.on, method: a.method } }
    case 'publish':
      return { ...p, publishedOn: a.on }
    case 'deferral':
      return { ...p, deferral: { kind: a.deferralKind, until: a.until } }
    case 'remind':
      return { ...p, status: 'EXECUTING', reminderOn: a.on }
    case 'courtApply':
      return { ...p, status: 'EXECUTING', courtAppliedOn: a.on }
    case 'courtConcluded':
      return { ...p, courtConcluded: { on: a.on, result: a.result } }
    case 'seize':
      return {
        ...p,
        seizures: [
          ...p.seizures,
          { startedOn: a.on, items: a.items, extensionApproved: false, releasedOn: null }
        ]
      }
    case 'extendSeizure':
      return updateOpenSeizure(p, { extensionApproved: true })
    case 'releaseSeizure':
      return updateOpenSeizure(p, { releasedOn: a.on })
    case 'suspend':
      return { ...p, suspendedSince: a.on }
    case 'resume':
      return p.suspendedSince
        ? {
            ...p,
            suspendedSince: null,
            pauses:
              a.on > p.suspendedSince
                ? [
                    ...p.pauses,
                    { firstDay: p.suspendedSince, lastDay: dayBefore(a.on), reason: '中止' }
                  ]
                : p.pauses
          }
        : p
    case 'extend':
      return a.step === 'head30'
        ? { ...p, extension30: true }
        : { ...p, furtherExtensionDays: p.furtherExtensionDays + a.days }
    case 'close':
      return { ...p, status: 'CLOSED', closedOn: a.on }
    case 'archive':
      return { ...p, status: 'ARCHIVED', archivedOn: a.on }
  }
  return assertNever(a)
}

export function foldActions(
  status: CaseStatus,
  filedOn: string | null,
  actions: readonly LifecycleAction[]
): CaseProgress {
  return actions.reduce(applyAction, initialProgress(status, filedOn))
}

/**
 * Days that do not count against the decision clock: suspensions (中止) and, under the market-
 * regulation procedure rules (unverified, domain.md §1.1 row 7), the hearing — from the request to
 * the day it was held or abandoned (or is still pending: up to `today`).
 */
export function decisionPauses(p: CaseProgress, today: string): PausedSpan[] {
  const h = p.hearing
  if (!h) return p.pauses
  const end = h.heldOn ?? h.abandonedOn ?? today
  return end >= h.requestedOn
    ? [...p.pauses, { firstDay: h.requestedOn, lastDay: end, reason: '听证' }]
    : p.pauses
}
