// Inputs of period close (结账, issue 8 §4): the head closes a reporting period, the administrator
// reopens one with a reason.
import { z } from 'zod'
import { emptyInput } from './accounts'
import { calendarDate, requiredText, uuid } from './primitives'
import { usccField } from './party'
import { ordered } from './statistics'

export const periodListInput = emptyInput

/** The period's own figures (the default or the own unit's code) or the consolidated ones ('all');
 * the same `unit` as the statistics inputs, so a close matches the report it freezes. */
export const periodCloseInput = z
  .strictObject({
    from: calendarDate,
    to: calendarDate,
    unit: z.union([z.literal('all'), usccField]).optional()
  })
  .superRefine(ordered)

export const periodReopenInput = z.strictObject({
  id: uuid,
  reason: requiredText(500)
})
