// Inputs of enterprise supervision (issue 6): complaint clues, the recovered-loss ledger and the
// enterprise-inspection log. The ledger has no edit or delete input: a correction is a reversal.
import { z } from 'zod'
import {
  CLUE_CHANNELS,
  CLUE_FINDINGS,
  CLUE_PROBLEM_TYPES,
  LOSS_CATEGORIES
} from '../../core/enterprise/vocabulary'
import { INSPECTION_RESULTS } from '../../core/enterprise/inspections'
import { fen } from './lifecycle'
import { usccField } from './party'
import { calendarDate, requiredText, rev, text, uuid } from './primitives'

const enterprise = { uscc: usccField, enterpriseName: requiredText(100) }

function ordered(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'v.invalid' })
}

/** A reporting period: calendar dates, both ends included. */
export const periodInput = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .superRefine(ordered)

export const clueRegisterInput = z.strictObject({
  receivedOn: calendarDate,
  channel: z.enum(CLUE_CHANNELS),
  reporter: requiredText(100),
  ...enterprise,
  agency: requiredText(100),
  problemType: z.enum(CLUE_PROBLEM_TYPES),
  amountFen: fen.nullable(),
  summary: requiredText(5000),
  /** Omitted: the unit's default number of days after receipt (unit-config flexible.clues). */
  deadlineOn: calendarDate.optional()
})

const stepBase = { clueId: uuid, rev, on: calendarDate, note: requiredText(5000) }

export const clueStepInput = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('transfer'),
    ...stepBase,
    toAgency: requiredText(100),
    deadlineOn: calendarDate
  }),
  z.strictObject({ kind: z.literal('urge'), ...stepBase, deadlineOn: calendarDate }),
  z.strictObject({ kind: z.literal('handle'), ...stepBase, finding: z.enum(CLUE_FINDINGS) }),
  z.strictObject({ kind: z.literal('feedback'), ...stepBase }),
  z.strictObject({ kind: z.literal('refer'), ...stepBase, toAgency: requiredText(100) })
])
export type ClueStepInput = z.output<typeof clueStepInput>

export const clueListInput = z.strictObject({
  status: z.enum(['open', 'overdue', 'handled', 'all']).default('all'),
  uscc: usccField.optional()
})

export const clueRefInput = z.strictObject({ clueId: uuid })

export const lossRecordInput = z
  .strictObject({
    ...enterprise,
    category: z.enum(LOSS_CATEGORIES),
    amountFen: fen,
    on: calendarDate,
    caseId: uuid.nullable(),
    clueId: uuid.nullable(),
    evidence: requiredText(500),
    note: text(2000),
    /** The user saw the likely duplicates and saves anyway; the entry keeps the flag. */
    acknowledgeDuplicate: z.boolean().default(false)
  })
  .superRefine((v, ctx) => {
    if (v.caseId === null && v.clueId === null) {
      ctx.addIssue({ code: 'custom', path: ['clueId'], message: 'v.lossSource' })
    }
  })

export const lossReverseInput = z.strictObject({
  entryId: uuid,
  amountFen: fen,
  on: calendarDate,
  reason: requiredText(2000)
})

export const lossListInput = z
  .strictObject({ uscc: usccField.optional(), clueId: uuid.optional(), caseId: uuid.optional() })
  .refine((v) => v.uscc !== undefined || v.clueId !== undefined || v.caseId !== undefined, {
    message: 'v.required'
  })

export const inspectionRecordInput = z.strictObject({
  ...enterprise,
  on: calendarDate,
  agency: requiredText(100),
  legalBasis: requiredText(500),
  result: z.enum(INSPECTION_RESULTS),
  resultNote: text(2000),
  caseId: uuid.nullable()
})

export const inspectionVoidInput = z.strictObject({
  inspectionId: uuid,
  reason: requiredText(2000)
})

export const inspectionListInput = z.strictObject({
  uscc: usccField.optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional()
})

export const inspectionStatsInput = z.strictObject({ year: z.number().int().min(2000).max(2100) })
