// What every statutory clock returns: the due date, the rule it comes from, and a Chinese sentence
// a lawyer can check by hand.
import { assertNever } from '../assert'
import type { Citation } from '../discretion/citation'
import { dateZh } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from './calendar'
import { fail, noticeCitation, ok } from './calendar'
import type { LastDayRule, PeriodEnd } from './calendar-days'
import { addDays, isCalendarDate, yearOf } from './days'

export type Deadline = {
  /** YYYY-MM-DD: the last day of the period (for a hearing notice: the last day to give it). */
  due: string
  /** The rule that sets the period. */
  citation: Citation
  /** Further sources used: the counting rules and each year's holiday notice that was consulted. */
  related: Citation[]
  explanation: string
  /** Caveats a reviewer must see, e.g. a holiday year not checked against its notice. */
  notes: string[]
}

/** A span of days that do not count (中止, 听证, 检测检验, 复议诉讼期间…), both ends included. */
export type PausedSpan = { firstDay: string; lastDay: string; reason?: string }

/** The notices of the years between `from` and `to`, plus notes for unverified years. */
export function calendarSources(
  calendar: WorkingCalendar,
  from: string,
  to: string
): { related: Citation[]; notes: string[] } {
  const related: Citation[] = []
  const notes: string[] = []
  for (let y = yearOf(from); y <= yearOf(to); y++) {
    const cal = calendar.years.get(y)
    if (!cal) continue
    related.push(noticeCitation(cal))
    if (!cal.verified) notes.push(`${y}年节假日安排未经核对（verified: false），结果仅供参考`)
  }
  return { related, notes }
}

/** Validate the paused spans and return them as a set of dates. */
export function pausedDates(spans: readonly PausedSpan[]): ClockResult<ReadonlySet<string>> {
  const days = new Set<string>()
  for (const s of spans) {
    if (!isCalendarDate(s.firstDay) || !isCalendarDate(s.lastDay)) {
      return fail('INVALID_DATE', `不计入期间的起止日期无效：${s.firstDay} 至 ${s.lastDay}`)
    }
    if (s.lastDay < s.firstDay) {
      return fail('INVALID_INPUT', `不计入期间的结束日 ${s.lastDay} 早于开始日 ${s.firstDay}`)
    }
    for (let d = s.firstDay; d <= s.lastDay; d = addDays(d, 1)) {
      days.add(d)
      if (days.size > 36600) return fail('INVALID_INPUT', '不计入期间过长（超过100年）')
    }
  }
  return ok(days)
}

/** The `n`-th counted day after `start`, skipping paused dates (overlaps count once). */
export function addCountedDays(start: string, n: number, paused: ReadonlySet<string>): string {
  let d = start
  for (let counted = 0; counted < n;) {
    d = addDays(d, 1)
    if (!paused.has(d)) counted++
  }
  return d
}

/** How many dates in (from, to] are paused. */
export function pausedWithin(from: string, to: string, paused: ReadonlySet<string>): number {
  let n = 0
  for (const d of paused) if (d > from && d <= to) n++
  return n
}

/** The Chinese clause for the last-day rule, or '' when the last day is a working day. */
export function lastDayClause(end: PeriodEnd, rule: LastDayRule): string {
  switch (rule) {
    case 'extend':
      return end.extended
        ? `期间末日${dateZh(end.nominal)}为法定休假日，依《中华人民共和国民法典》第二百零三条第一款之规则顺延至其后第一个工作日${dateZh(end.due)}。`
        : ''
    case 'keep':
      return end.nominalIsRestDay
        ? `期间末日${dateZh(end.nominal)}为休假日；本期限按不顺延计算（行政机关自身的期限，不顺延的算法在任何解释下都不会超期）。`
        : ''
  }
  return assertNever(rule)
}
