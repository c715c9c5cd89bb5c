// Calendar arithmetic on YYYY-MM-DD strings (legal dates, Asia/Shanghai). No clock is read here.

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0')
}

/**
 * The same month and day `years` later; 29 February becomes 28 February in a common year. This
 * is the 民法典 Art. 202 convention (到期月的对应日为期间的最后一日；没有对应日的，
 * 月末日为期间的最后一日), which administrative practice borrows: the APL has no rule for years.
 */
export function addYears(date: string, years: number): string {
  const y = Number(date.slice(0, 4)) + years
  const m = Number(date.slice(5, 7))
  let d = Number(date.slice(8, 10))
  if (m === 2 && d === 29 && !isLeap(y)) d = 28
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** The same day `months` later (or earlier, when negative); a missing day becomes the month's last. */
export function addMonths(date: string, months: number): string {
  const total = Number(date.slice(0, 4)) * 12 + (Number(date.slice(5, 7)) - 1) + months
  const y = Math.floor(total / 12)
  const m = (total % 12) + 1
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate()
  const d = Math.min(Number(date.slice(8, 10)), last)
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`
}

/** The calendar day before `date`. */
export function previousDay(date: string): string {
  const d = new Date(
    Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)) - 1)
  )
  return d.toISOString().slice(0, 10)
}

/** Whole days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return utc(to) - utc(from)
}

function digits(s: string, from: number, to: number): number {
  let n = 0
  for (let i = from; i < to; i++) n = n * 10 + s.charCodeAt(i) - 48
  return n
}

/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function utc(date: string): number {
  let y = digits(date, 0, 4)
  const m = digits(date, 5, 7)
  const d = digits(date, 8, 10)
  if (m <= 2) y -= 1
  const era = Math.floor(y / 400)
  const yoe = y - era * 400
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy
  return era * 146097 + doe - 719468
}

/** The later of two dates (string comparison is chronological for YYYY-MM-DD). */
export function laterOf(a: string, b: string | undefined): string {
  return b !== undefined && b > a ? b : a
}

export const OPEN_END = '9999-12-31'

/** Whether `date` lies in [from, to]; a null or missing `to` means still in force. */
export function inPeriod(date: string, from: string, to: string | null | undefined): boolean {
  return date >= from && date <= (to ?? OPEN_END)
}
