// The working-day calendar in memory and the one question it answers: what kind of day is this?
// A date in a year without a loaded notice is an error, never a guess (APL Art. 85 counts working
// days "不含法定节假日", and only the year's notice says which days those are).
import type { Citation } from '../discretion/citation'
import { isCalendarDate, isWeekend, yearOf } from './days'

export type CalendarSource = {
  title: string
  documentNumber: string
  issued: string
  checkedAgainst?: string
  note?: string
}

export type YearCalendar = {
  year: number
  verified: boolean
  source: CalendarSource
  /** date → holiday name, for every day inside a 放假 range. */
  holidays: ReadonlyMap<string, string>
  /** date → holiday name, for every 补班 weekend day. */
  makeUpWorkdays: ReadonlyMap<string, string>
}

export type WorkingCalendar = { years: ReadonlyMap<number, YearCalendar> }

export type ClockProblemCode = 'MISSING_YEAR' | 'INVALID_DATE' | 'INVALID_INPUT'
export type ClockProblem = { code: ClockProblemCode; message: string }
export type ClockResult<T> = { ok: true; value: T } | { ok: false; problem: ClockProblem }

export type DayKind = 'workday' | 'weekend' | 'holiday' | 'makeUpWorkday'

export function ok<T>(value: T): ClockResult<T> {
  return { ok: true, value }
}

export function fail<T>(code: ClockProblemCode, message: string): ClockResult<T> {
  return { ok: false, problem: { code, message } }
}

export function invalidDate<T>(date: string): ClockResult<T> {
  return fail('INVALID_DATE', `日期“${date}”无效，应为 YYYY-MM-DD`)
}

export function missingYear<T>(year: number): ClockResult<T> {
  return fail('MISSING_YEAR', `缺少${year}年节假日安排，无法计算工作日`)
}

/** The notice as a citation: 《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）. */
export function noticeCitation(y: YearCalendar): Citation {
  const note = y.verified ? undefined : '该年度安排标记为未核对（verified: false）'
  return {
    law: y.source.title,
    article: y.source.documentNumber,
    version: y.source.issued,
    ...(note ? { note } : {})
  }
}

export function dayKind(calendar: WorkingCalendar, date: string): ClockResult<DayKind> {
  if (!isCalendarDate(date)) return invalidDate(date)
  const y = calendar.years.get(yearOf(date))
  if (!y) return missingYear(yearOf(date))
  // The order matters: a 补班 day is a working day although it is a weekend, and the notice never
  // makes a day both (calendar-check refuses such a file).
  if (y.makeUpWorkdays.has(date)) return ok('makeUpWorkday')
  if (y.holidays.has(date)) return ok('holiday')
  return ok(isWeekend(date) ? 'weekend' : 'workday')
}

/** Whether `date` is a working day (工作日): Mon–Fri outside 放假, or a 补班 weekend day. */
export function isWorkingDay(calendar: WorkingCalendar, date: string): ClockResult<boolean> {
  const k = dayKind(calendar, date)
  if (!k.ok) return k
  return ok(k.value === 'workday' || k.value === 'makeUpWorkday')
}
