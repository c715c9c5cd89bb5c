// Day arithmetic on YYYY-MM-DD strings (legal dates, Asia/Shanghai). No clock is read here.
import { isCalendarDate } from '../text/calendar-date'

function toUtc(date: string): Date {
  return new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
  )
}

/** The date `n` calendar days after `date` (before it when `n` is negative). */
export function addDays(date: string, n: number): string {
  const d = toUtc(date)
  d.setUTCDate(d.getUTCDate() + n)
  return d.toISOString().slice(0, 10)
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(date: string): number {
  return toUtc(date).getUTCDay()
}

export function isWeekend(date: string): boolean {
  const w = weekday(date)
  return w === 0 || w === 6
}

export function yearOf(date: string): number {
  return Number(date.slice(0, 4))
}

export const WEEKDAY_ZH = [
  '星期日',
  '星期一',
  '星期二',
  '星期三',
  '星期四',
  '星期五',
  '星期六'
] as const

export { isCalendarDate }
