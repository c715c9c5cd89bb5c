// Helpers shared by the react-hook-form forms that validate with the shared zod schemas.
import { get, type FieldErrors, type FieldValues } from 'react-hook-form'
import { shanghaiDate } from '../../../core/text/calendar-date'

/**
 * Parse options for zodResolver: an issue the schema gives no message of its own (a missing number,
 * malformed text in a money field, an out-of-range count) gets a validation key, so a form never
 * shows zod's English default text.
 */
export const keyedIssues = {
  error: (issue: { input?: unknown }) =>
    issue.input === undefined || issue.input === null || issue.input === ''
      ? 'v.required'
      : 'v.invalid'
}

/** The message at a dotted path of a form's errors (for forms over union types). */
export function errorAt<T extends FieldValues>(
  errors: FieldErrors<T>,
  path: string
): string | undefined {
  const found: unknown = get(errors, path)
  if (typeof found !== 'object' || found === null || !('message' in found)) return undefined
  return typeof found.message === 'string' ? found.message : undefined
}

/** Today in Asia/Shanghai, the default date of every recorded step. */
export function today(): string {
  return shanghaiDate(new Date())
}
