// Inputs of flexible enforcement (issue 6): public-service reduction (公益减罚), fast-track marks
// (轻微速罚), education and its follow-up after a no-penalty decision (APL Art. 33 ¶3).
import { z } from 'zod'
import { EDUCATION_FORMS } from '../../core/flexible/vocabulary'
import { calendarDate, requiredText, uuid } from './primitives'

/** Hours or points in tenths (2.5 hours = 25); at most 10 000. */
const quantityTenths = z
  .number()
  .int({ message: 'v.invalid' })
  .positive({ message: 'v.invalid' })
  .max(100_000, { message: 'v.invalid' })

export const publicServiceApplyInput = z.strictObject({
  caseId: uuid,
  serviceCode: z.string().regex(/^[A-Za-z0-9_-]{1,32}$/, { message: 'v.invalid' }),
  quantityTenths,
  on: calendarDate,
  /** The party's own words: the application is voluntary (公益减罚 is never imposed). */
  statement: requiredText(2000),
  voluntary: z.literal(true, { message: 'v.voluntary' })
})

export const publicServiceVerifyInput = z.strictObject({
  applicationId: uuid,
  quantityTenths,
  on: calendarDate,
  /** The case evidence (photos, sign-in sheet, the organiser's certificate) of the completed service. */
  evidenceId: uuid,
  note: requiredText(2000)
})

export const publicServiceWithdrawInput = z.strictObject({
  applicationId: uuid,
  on: calendarDate,
  note: requiredText(2000)
})

export const fastTrackMarkInput = z.strictObject({ caseId: uuid, reason: requiredText(2000) })

/** APL Art. 33 ¶3: the education owed with a no-penalty decision, and when to follow up. */
export const educationInput = z.strictObject({
  forms: z
    .array(z.enum(EDUCATION_FORMS))
    .min(1, { message: 'v.required' })
    .max(EDUCATION_FORMS.length)
    .refine((forms) => new Set(forms).size === forms.length, { message: 'v.invalid' }),
  content: requiredText(5000),
  educatedOn: calendarDate,
  followUpOn: calendarDate
})

export const followUpInput = z.strictObject({
  caseId: uuid,
  on: calendarDate,
  result: requiredText(5000)
})

export const flexiblePeriodInput = z
  .strictObject({ from: calendarDate, to: calendarDate })
  .refine((v) => v.from <= v.to, { path: ['to'], message: 'v.invalid' })
