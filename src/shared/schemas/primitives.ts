import { z } from 'zod'
import { hasForbiddenChars, stripBidiMarks } from '../../core/text/clean-text'
import { isCalendarDate } from '../../core/text/calendar-date'
import type { ValidationKey } from '../i18n/validation-messages'

const msg = (key: ValidationKey) => ({ message: key })

/** Free text: NFC-normalised, bidi marks dropped, trimmed, bounded, without control or bidi-override
 * characters. */
export function text(max: number) {
  return z
    .string()
    .max(max * 2, msg('v.tooLong'))
    .transform((s) => stripBidiMarks(s.normalize('NFC')).trim())
    .pipe(
      z
        .string()
        .max(max, msg('v.tooLong'))
        .refine((s) => !hasForbiddenChars(s), msg('v.forbiddenChars'))
    )
}

/** Free text that must not be empty after trimming. */
export function requiredText(max: number) {
  return text(max).pipe(z.string().min(1, msg('v.required')))
}

export const calendarDate = z.string().refine(isCalendarDate, msg('v.date'))

export const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, msg('v.uuid'))

export const rev = z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
