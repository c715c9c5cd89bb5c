// Calendar-day and month periods (APL Art. 60's 90 days, Art. 67's 15 days, 行政强制法 Art. 25's
// 30 days, Art. 53's 3 months): everything longer than the periods APL Art. 85 lists.
//
// The start day is not counted (民法典 Art. 201 ¶1), so a period of n days from D ends on D + n.
//
// Last day on a rest day. Neither the APL nor the 行政强制法 says what happens when the last day
// of a calendar-day period falls on a holiday or weekend. 民法典 Art. 203 ¶1 (期间的最后一日是法定
// 休假日的，以法定休假日结束的次日为期间的最后一日) and 民事诉讼法 (期间届满的最后一日是法定休假日的，
// 以法定休假日后的第一日为期间届满的日期; APL Art. 61 sends service to that law) extend it; whether
// an administrative deadline borrows the rule is not settled by statute. So the choice is an option:
// - 'extend': the period ends on the first working day after the rest days (the civil-law rule);
// - 'keep': the period ends on the calendar day itself.
// The default of each deadline is the reading that is safe for the agency under either answer:
// 'keep' for the agency's own duties (decide, release seized goods, apply to court: finishing by the
// unextended day is lawful either way), 'extend' for the party's (pay: the party is not late, and
// no surcharge runs, until the extended day has passed). Callers may override it.
import { addMonths } from '../discretion/dates'
import type { ClockResult, WorkingCalendar } from './calendar'
import { assertNever } from '../assert'
import { fail, isWorkingDay, ok } from './calendar'
import { addDays, isCalendarDate } from './days'
import { nextWorkingDayFrom } from './working-days'

export type LastDayRule = 'extend' | 'keep'

export type PeriodEnd = {
  /** The last day of the period after applying the rule. */
  due: string
  /** The calendar last day before any extension. */
  nominal: string
  /** True when 'extend' moved the last day off a rest day. */
  extended: boolean
  /** Whether the nominal last day is a rest day; null when its year has no calendar ('keep' does
   * not need one, so a missing year is not an error there). */
  nominalIsRestDay: boolean | null
}

/** Apply the last-day rule to a nominal last day. 'keep' needs no calendar lookup. */
export function applyLastDayRule(
  calendar: WorkingCalendar,
  nominal: string,
  rule: LastDayRule
): ClockResult<PeriodEnd> {
  switch (rule) {
    case 'keep': {
      const w = isWorkingDay(calendar, nominal)
      return ok({
        due: nominal,
        nominal,
        extended: false,
        nominalIsRestDay: w.ok ? !w.value : null
      })
    }
    case 'extend': {
      const next = nextWorkingDayFrom(calendar, nominal)
      if (!next.ok) return next
      const moved = next.value !== nominal
      return ok({ due: next.value, nominal, extended: moved, nominalIsRestDay: moved })
    }
  }
  return assertNever(rule)
}

/** The last day of a period of `n` calendar days starting after `date`. */
export function addCalendarDays(
  calendar: WorkingCalendar,
  date: string,
  n: number,
  rule: LastDayRule
): ClockResult<PeriodEnd> {
  if (!isCalendarDate(date)) return fail('INVALID_DATE', `日期“${date}”无效，应为 YYYY-MM-DD`)
  if (!Number.isInteger(n) || n < 0 || n > 36600) {
    return fail('INVALID_INPUT', `天数应为非负整数，实为 ${n}`)
  }
  return applyLastDayRule(calendar, addDays(date, n), rule)
}

/** The last day of a period of `months` months starting after `date`: the corresponding day of the
 * month, or its last day when there is none (民法典 Art. 202). */
export function addCalendarMonths(
  calendar: WorkingCalendar,
  date: string,
  months: number,
  rule: LastDayRule
): ClockResult<PeriodEnd> {
  if (!isCalendarDate(date)) return fail('INVALID_DATE', `日期“${date}”无效，应为 YYYY-MM-DD`)
  if (!Number.isInteger(months) || months < 0 || months > 1200) {
    return fail('INVALID_INPUT', `月数应为非负整数，实为 ${months}`)
  }
  return applyLastDayRule(calendar, addMonths(date, months), rule)
}
