import { z } from 'zod'
import { CASE_SOURCES, CASE_STATUSES } from '../../core/cases/vocabulary'
import { calendarDate, requiredText, rev, text, uuid } from './primitives'
import { partyInput } from './party'

const caseFields = {
  cause: requiredText(200),
  source: z.enum(CASE_SOURCES),
  discoveredOn: calendarDate,
  filedOn: calendarDate.nullable(),
  /** 违法行为发生日 (or the end of a continuing act), needed to file: APL Art. 36. */
  violationOn: calendarDate.nullable().default(null),
  /** APL Art. 36: five years for life, health, safety or financial security with harm. */
  extendedLimitation: z.boolean().default(false),
  facts: text(20000),
  officerIds: z.array(uuid).length(2, { message: 'v.officers.two' }),
  parties: z
    .array(partyInput)
    .min(1, { message: 'v.parties.min' })
    .max(20, { message: 'v.parties.max' })
}

type CaseFieldsOut = {
  discoveredOn: string
  filedOn: string | null
  violationOn: string | null
  officerIds: string[]
}

// Cross-field rules shared by create and update, so the form and the server refuse the same things.
function crossChecks<T extends CaseFieldsOut>(value: T, ctx: z.RefinementCtx): void {
  if (value.filedOn !== null && value.filedOn < value.discoveredOn) {
    ctx.addIssue({ code: 'custom', path: ['filedOn'], message: 'v.dateOrder' })
  }
  if (value.violationOn !== null && value.violationOn > value.discoveredOn) {
    ctx.addIssue({ code: 'custom', path: ['violationOn'], message: 'v.violationOrder' })
  }
  if (value.officerIds.length === 2 && value.officerIds[0] === value.officerIds[1]) {
    ctx.addIssue({ code: 'custom', path: ['officerIds'], message: 'v.officers.two' })
  }
}

export const caseCreateInput = z.strictObject(caseFields).superRefine(crossChecks)
export type CaseCreateInput = z.input<typeof caseCreateInput>
export type CaseFields = z.output<typeof caseCreateInput>

export const caseUpdateInput = z
  .strictObject({ id: uuid, rev, ...caseFields })
  .superRefine(crossChecks)
export type CaseUpdateInput = z.input<typeof caseUpdateInput>

export const caseRefInput = z.strictObject({ id: uuid })

export const caseDeleteInput = z.strictObject({ id: uuid, rev, reason: requiredText(500) })

/** What selects cases in the register: the list's filters, and what `cases/count` counts. */
const caseFilterFields = {
  status: z.enum(CASE_STATUSES).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  officerId: uuid.optional(),
  party: text(100).optional(),
  text: text(100).optional()
}

export const caseListInput = z.strictObject({
  ...caseFilterFields,
  cursor: z.string().max(200).optional(),
  limit: z.number().int().min(1).max(200).default(50)
})
export type CaseListInput = z.input<typeof caseListInput>

export const caseCountInput = z.strictObject(caseFilterFields)
export type CaseCountInput = z.input<typeof caseCountInput>

export const deadlinesInput = z.strictObject({ officerId: uuid.optional() })
