// Inputs of the legal review: the checks of one case, a verdict on a flag, the queue, the report.
import { z } from 'zod'
import { REVIEW_FLAG_CODES } from '../../core/review/flag'
import { calendarDate, requiredText, text, uuid } from './primitives'

export const REVIEW_VERDICTS = ['reasonable', 'needsCorrection'] as const
export type ReviewVerdict = (typeof REVIEW_VERDICTS)[number]

export const reviewCaseInput = z.strictObject({ caseId: uuid })

export const reviewVerdictInput = z.strictObject({
  caseId: uuid,
  code: z.enum(REVIEW_FLAG_CODES),
  verdict: z.enum(REVIEW_VERDICTS),
  reason: requiredText(2000)
})

const period = {
  from: calendarDate,
  to: calendarDate,
  itemCode: text(64).optional()
}

function ordered(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'v.invalid' })
}

export const reviewReportInput = z.strictObject(period).superRefine(ordered)

export const reviewReportFileInput = z
  .strictObject({ ...period, format: z.enum(['pdf', 'xlsx']) })
  .superRefine(ordered)
