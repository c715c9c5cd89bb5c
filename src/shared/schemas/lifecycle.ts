// Inputs of the case lifecycle: recorded actions, payments, documents, number blocks and evidence.
import { z } from 'zod'
import {
  DEFERRAL_KINDS,
  INVESTIGATION_CONCLUSIONS,
  REVIEW_OPINIONS,
  SERVICE_METHODS,
  type LifecycleAction
} from '../../core/lifecycle/actions'
import { DOCUMENT_TYPES } from '../../core/documents/types'
import { EVIDENCE_KINDS } from '../../core/lifecycle/evidence'
import { PENALTY_TYPES, type PenaltyDecision } from '../../core/lifecycle/penalty'
import { educationInput } from './flexible'
import { base64Content, calendarDate, requiredText, rev, text, uuid } from './primitives'

/** Positive whole fen, at most 100 billion yuan (no real fine comes near; it keeps sums exact). */
export const fen = z
  .number()
  .int({ message: 'v.amount' })
  .positive({ message: 'v.amount' })
  .max(10_000_000_000_000, { message: 'v.amount' })

export const penaltyDecisionInput = z.strictObject({
  types: z.array(z.enum(PENALTY_TYPES)).min(1, { message: 'v.required' }).max(PENALTY_TYPES.length),
  fineFen: fen.nullable(),
  confiscationFen: fen.nullable()
}) satisfies z.ZodType<PenaltyDecision>

const on = calendarDate
const note = (max: number) => requiredText(max)

export const lifecycleActionInput = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('file'), on }),
  z.strictObject({ kind: z.literal('decline'), on, reason: note(2000) }),
  z.strictObject({
    kind: z.literal('closeInvestigation'),
    on,
    conclusion: z.enum(INVESTIGATION_CONCLUSIONS),
    legalReviewRequired: z.boolean(),
    collectiveDiscussionRequired: z.boolean(),
    summary: note(5000)
  }),
  z.strictObject({ kind: z.literal('transfer'), on, organ: note(200), reason: note(2000) }),
  z.strictObject({
    kind: z.literal('collectiveDiscussion'),
    on,
    participants: note(500),
    conclusion: note(5000)
  }),
  z.strictObject({ kind: z.literal('approveDeviation'), on, reasons: note(5000) }),
  z.strictObject({
    kind: z.literal('legalReview'),
    on,
    opinion: z.enum(REVIEW_OPINIONS),
    reasons: note(5000)
  }),
  z.strictObject({
    kind: z.literal('notify'),
    on,
    penalty: penaltyDecisionInput,
    hearingOffered: z.boolean()
  }),
  z.strictObject({ kind: z.literal('waive'), on }),
  z.strictObject({ kind: z.literal('statement'), on, summary: note(5000) }),
  z.strictObject({
    kind: z.literal('reconsider'),
    on,
    adopted: z.boolean(),
    reasons: note(5000)
  }),
  z.strictObject({ kind: z.literal('hearingRequest'), on }),
  z.strictObject({
    kind: z.literal('hearingNotice'),
    on,
    hearingOn: calendarDate,
    place: note(200)
  }),
  z.strictObject({ kind: z.literal('hearingHeld'), on, summary: note(5000) }),
  z.strictObject({ kind: z.literal('hearingAbandoned'), on, reason: note(2000) }),
  z.strictObject({
    kind: z.literal('decide'),
    on,
    outcome: z.enum(['penalty', 'noPenalty']),
    penalty: penaltyDecisionInput.nullable(),
    reasons: note(5000),
    /** APL Art. 33 ¶3: required with a no-penalty decision, absent (null) with a penalty. */
    education: educationInput.nullable().default(null)
  }),
  z.strictObject({
    kind: z.literal('decideOnTheSpot'),
    on,
    penalty: penaltyDecisionInput,
    place: note(200),
    rightsInformed: z.boolean()
  }),
  z.strictObject({
    kind: z.literal('serve'),
    on,
    method: z.enum(SERVICE_METHODS),
    consentSigned: z.boolean()
  }),
  z.strictObject({ kind: z.literal('publish'), on }),
  z.strictObject({
    kind: z.literal('deferral'),
    on,
    deferralKind: z.enum(DEFERRAL_KINDS),
    until: calendarDate,
    reason: note(2000)
  }),
  z.strictObject({ kind: z.literal('remind'), on }),
  z.strictObject({ kind: z.literal('courtApply'), on, court: note(200) }),
  z.strictObject({
    kind: z.literal('courtConcluded'),
    on,
    result: z.enum(['enforced', 'terminated'])
  }),
  z.strictObject({ kind: z.literal('seize'), on, items: note(2000), headApproved: z.boolean() }),
  z.strictObject({ kind: z.literal('extendSeizure'), on, reason: note(2000) }),
  z.strictObject({ kind: z.literal('releaseSeizure'), on, reason: note(2000) }),
  z.strictObject({ kind: z.literal('suspend'), on, reason: note(2000) }),
  z.strictObject({ kind: z.literal('resume'), on }),
  z.strictObject({
    kind: z.literal('extend'),
    on,
    step: z.enum(['head30', 'collective']),
    days: z.number().int().min(1).max(365),
    reason: note(2000)
  }),
  z.strictObject({ kind: z.literal('close'), on }),
  z.strictObject({ kind: z.literal('archive'), on })
])

export type LifecycleActionInput = z.input<typeof lifecycleActionInput>

/**
 * The form sends `decide` with a nullable penalty and education; the core type ties both to the
 * outcome. Returns null when they disagree: a penalty decision needs a penalty and carries no
 * education; a no-penalty decision carries no penalty and needs the education (APL Art. 33 ¶3).
 */
export function toLifecycleAction(
  a: z.output<typeof lifecycleActionInput>
): LifecycleAction | null {
  if (a.kind !== 'decide') return a
  if (a.outcome === 'penalty') {
    return a.penalty && !a.education
      ? { kind: 'decide', on: a.on, outcome: 'penalty', penalty: a.penalty, reasons: a.reasons }
      : null
  }
  return a.penalty || !a.education
    ? null
    : {
        kind: 'decide',
        on: a.on,
        outcome: 'noPenalty',
        reasons: a.reasons,
        education: a.education
      }
}

export const caseActInput = z.strictObject({ id: uuid, rev, action: lifecycleActionInput })

export const paymentRecordInput = z.strictObject({
  caseId: uuid,
  paidOn: calendarDate,
  amountFen: fen,
  receiptNo: requiredText(60),
  note: text(500),
  /** A correction: the entry this one reverses (its amount is recorded negated). */
  reversesId: uuid.optional()
})

export const caseIdInput = z.strictObject({ caseId: uuid })

export const documentIssueInput = z.strictObject({
  caseId: uuid,
  docType: z.enum(DOCUMENT_TYPES),
  /** Issue a corrected version of this document (same number, version + 1). */
  correctionOf: uuid.optional(),
  correctionReason: text(1000).optional(),
  /** For an on-the-spot decision: take the number from the officer's reserved block. */
  useReservedNumber: z.boolean().default(false)
})

export const documentFileInput = z.strictObject({ id: uuid, format: z.enum(['pdf', 'docx']) })

export const numberReserveInput = z.strictObject({
  docType: z.enum(DOCUMENT_TYPES),
  year: z.number().int().min(2000).max(2100),
  count: z.number().int().min(1).max(500),
  officerId: uuid
})

export const numberVoidInput = z.strictObject({
  docType: z.enum(DOCUMENT_TYPES),
  year: z.number().int().min(2000).max(2100),
  serial: z.number().int().min(1),
  reason: requiredText(500)
})

/** 20 MB per evidence file; base64 makes it about 27 MB on the wire. */
export const MAX_EVIDENCE_BYTES = 20 * 1024 * 1024

export const evidenceAddInput = z.strictObject({
  caseId: uuid,
  kind: z.enum(EVIDENCE_KINDS),
  title: requiredText(200),
  fileName: requiredText(200),
  mediaType: z
    .string()
    .max(100)
    .regex(/^[a-z0-9.+-]+\/[a-z0-9.+-]+$/i, { message: 'v.invalid' }),
  contentBase64: base64Content(MAX_EVIDENCE_BYTES),
  collectedBy: requiredText(100),
  collectedOn: calendarDate,
  place: requiredText(200)
})

export const evidenceRefInput = z.strictObject({ id: uuid })

export const evidenceWithdrawInput = z.strictObject({ id: uuid, rev, reason: requiredText(500) })
