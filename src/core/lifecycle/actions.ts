// What an officer, reviewer or head records as a case moves through the procedure (domain.md §1.4).
// Each accepted action is stored as an append-only case event; the case's progress is their fold.
import type { EducationForm } from '../flexible/vocabulary'
import type { PenaltyDecision } from './penalty'

/** 调查终结 (APL Art. 57 ¶1): the four conclusions; transfer to the judicial organs is its own action. */
export const INVESTIGATION_CONCLUSIONS = ['penalty', 'noPenalty', 'notEstablished'] as const
export type InvestigationConclusion = (typeof INVESTIGATION_CONCLUSIONS)[number]

/** 法制审核 opinions (issue 5 adds the queue around them). */
export const REVIEW_OPINIONS = ['approve', 'return', 'reject'] as const
export type ReviewOpinion = (typeof REVIEW_OPINIONS)[number]

/** 送达方式. Electronic service needs the party's signed consent (APL Art. 61 ¶2). */
export const SERVICE_METHODS = [
  'inPerson', // 直接送达
  'leftAtAddress', // 留置送达
  'mail', // 邮寄送达
  'electronic', // 电子送达 (fax / e-mail), with consent
  'entrusted', // 委托送达
  'announcement' // 公告送达
] as const
export type ServiceMethod = (typeof SERVICE_METHODS)[number]

export const DEFERRAL_KINDS = ['deferral', 'instalment'] as const
export type DeferralKind = (typeof DEFERRAL_KINDS)[number]

/** APL Art. 33 ¶3: the education given with a no-penalty decision, and when to follow it up (回访). */
export type Education = {
  forms: EducationForm[]
  content: string
  educatedOn: string
  followUpOn: string
}

export type LifecycleAction =
  | { kind: 'file'; on: string }
  | { kind: 'decline'; on: string; reason: string }
  | {
      kind: 'closeInvestigation'
      on: string
      conclusion: InvestigationConclusion
      /** APL Art. 58: the case falls under mandatory legal review. */
      legalReviewRequired: boolean
      /** APL Art. 57 ¶2: complex or major case, decided by the leadership collectively. */
      collectiveDiscussionRequired: boolean
      summary: string
    }
  | { kind: 'transfer'; on: string; organ: string; reason: string }
  | { kind: 'collectiveDiscussion'; on: string; participants: string; conclusion: string }
  /** The principal head approves a deviation from the benchmark or a 减轻 (Hubei 2023 notice). */
  | { kind: 'approveDeviation'; on: string; reasons: string }
  | { kind: 'legalReview'; on: string; opinion: ReviewOpinion; reasons: string }
  | { kind: 'notify'; on: string; penalty: PenaltyDecision; hearingOffered: boolean }
  | { kind: 'waive'; on: string }
  | { kind: 'statement'; on: string; summary: string }
  | { kind: 'reconsider'; on: string; adopted: boolean; reasons: string }
  | { kind: 'hearingRequest'; on: string }
  | { kind: 'hearingNotice'; on: string; hearingOn: string; place: string }
  | { kind: 'hearingHeld'; on: string; summary: string }
  | { kind: 'hearingAbandoned'; on: string; reason: string }
  | { kind: 'decide'; on: string; outcome: 'penalty'; penalty: PenaltyDecision; reasons: string }
  | { kind: 'decide'; on: string; outcome: 'noPenalty'; reasons: string; education: Education }
  | {
      kind: 'decideOnTheSpot'
      on: string
      penalty: PenaltyDecision
      place: string
      /** APL Arts. 44, 52: the party was told the facts, reasons, basis and rights, and heard. */
      rightsInformed: boolean
    }
  | { kind: 'serve'; on: string; method: ServiceMethod; consentSigned: boolean }
  | { kind: 'publish'; on: string }
  | { kind: 'deferral'; on: string; deferralKind: DeferralKind; until: string; reason: string }
  | { kind: 'remind'; on: string }
  | { kind: 'courtApply'; on: string; court: string }
  | { kind: 'courtConcluded'; on: string; result: 'enforced' | 'terminated' }
  /** 查封、扣押 (行政强制法 Arts. 18, 24–25): carried out after the head's approval. */
  | { kind: 'seize'; on: string; items: string; headApproved: boolean }
  /** 情况复杂，经行政机关负责人批准延长，不得超过三十日 (行政强制法 Art. 25 ¶1). */
  | { kind: 'extendSeizure'; on: string; reason: string }
  /** 解除查封、扣押 (行政强制法 Art. 28). */
  | { kind: 'releaseSeizure'; on: string; reason: string }
  | { kind: 'suspend'; on: string; reason: string }
  | { kind: 'resume'; on: string }
  | { kind: 'extend'; on: string; step: 'head30' | 'collective'; days: number; reason: string }
  | { kind: 'close'; on: string }
  | { kind: 'archive'; on: string }

export type LifecycleActionKind = LifecycleAction['kind']

export const LIFECYCLE_ACTION_KINDS = [
  'file',
  'decline',
  'closeInvestigation',
  'transfer',
  'collectiveDiscussion',
  'approveDeviation',
  'legalReview',
  'notify',
  'waive',
  'statement',
  'reconsider',
  'hearingRequest',
  'hearingNotice',
  'hearingHeld',
  'hearingAbandoned',
  'decide',
  'decideOnTheSpot',
  'serve',
  'publish',
  'deferral',
  'remind',
  'courtApply',
  'courtConcluded',
  'seize',
  'extendSeizure',
  'releaseSeizure',
  'suspend',
  'resume',
  'extend',
  'close',
  'archive'
] as const satisfies readonly LifecycleActionKind[]

/** Actions only a head (负责人) may record: the approvals of extension (程序规定), deferral or
 * instalments (APL Art. 66 ¶2), closing (结案审批) and archiving. */
export function needsHead(kind: LifecycleActionKind): boolean {
  return (
    kind === 'extend' ||
    kind === 'deferral' ||
    kind === 'close' ||
    kind === 'archive' ||
    kind === 'approveDeviation' ||
    kind === 'extendSeizure'
  )
}

/** Actions only a legal reviewer records, and never on a case they handle (APL Art. 58). */
export function needsReviewer(kind: LifecycleActionKind): boolean {
  return kind === 'legalReview'
}
