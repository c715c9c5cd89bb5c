// Dashboard buckets for a due date. `today` is passed in: core never reads the clock.
import { daysBetween } from '../discretion/dates'

export type DueStatus = 'overdue' | 'today' | 'thisWeek' | 'later'

/**
 * 'overdue' after the due day, 'today' on it, 'thisWeek' when it falls within the next 7 calendar
 * days (a rolling week, so that a Friday still sees next Wednesday's deadline), 'later' otherwise.
 * The last day of a period counts in full: a deadline is overdue only from the following day.
 */
export function dueStatus(due: string, today: string): DueStatus {
  const d = daysBetween(today, due)
  if (d < 0) return 'overdue'
  if (d === 0) return 'today'
  return d <= 7 ? 'thisWeek' : 'later'
}
