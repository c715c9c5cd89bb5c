// Working-day periods (APL Art. 85: “二日”“三日”“五日”“七日”是指工作日，不含法定节假日; 行政强制法
// Art. 69 likewise for its periods of ten days or less).
//
// Reading: the day of the act (notice, service, decision) is not counted and the period ends at
// the end of the n-th working day after it. The APL has no counting rule of its own; this is the
// general rule of 民法典 Art. 201 ¶1 (开始的当日不计入，自下一日开始计算), which administrative
// practice follows. A 补班 weekend is a working day and counts; a weekday inside a 放假 range does
// not. An act on a rest day therefore starts counting at the next working day.
import type { ClockResult, WorkingCalendar } from './calendar'
import { fail, isWorkingDay, ok } from './calendar'
import { addDays, isCalendarDate } from './days'

function checkCount<T>(n: number): ClockResult<T> | undefined {
  if (!Number.isInteger(n) || n < 0 || n > 3660) {
    return fail('INVALID_INPUT', `工作日数应为 0 至 3660 之间的整数，实为 ${n}`)
  }
  return undefined
}

function step(
  calendar: WorkingCalendar,
  date: string,
  n: number,
  dir: 1 | -1
): ClockResult<string> {
  if (!isCalendarDate(date)) return fail('INVALID_DATE', `日期“${date}”无效，应为 YYYY-MM-DD`)
  const bad = checkCount<string>(n)
  if (bad) return bad
  let d = date
  for (let counted = 0; counted < n;) {
    d = addDays(d, dir)
    const w = isWorkingDay(calendar, d)
    if (!w.ok) return w
    if (w.value) counted++
  }
  return ok(d)
}

/**
 * The last day of a period of `n` working days that starts after `date`: the n-th working day
 * after it. `n = 0` returns `date`.
 *
 * @example addWorkingDays(cal, '2024-09-27', 5) // Fri → '2024-10-10': 09-29 (补班 Sunday), 09-30, then 10-08…10 after National Day
 */
export function addWorkingDays(
  calendar: WorkingCalendar,
  date: string,
  n: number
): ClockResult<string> {
  return step(calendar, date, n, 1)
}

/** The n-th working day before `date` (`date` itself not counted). */
export function subtractWorkingDays(
  calendar: WorkingCalendar,
  date: string,
  n: number
): ClockResult<string> {
  return step(calendar, date, n, -1)
}

/** `date` if it is a working day, else the first working day after it. */
export function nextWorkingDayFrom(calendar: WorkingCalendar, date: string): ClockResult<string> {
  if (!isCalendarDate(date)) return fail('INVALID_DATE', `日期“${date}”无效，应为 YYYY-MM-DD`)
  let d = date
  for (;;) {
    const w = isWorkingDay(calendar, d)
    if (!w.ok) return w
    if (w.value) return ok(d)
    d = addDays(d, 1)
  }
}
