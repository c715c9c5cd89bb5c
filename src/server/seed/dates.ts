// Calendar-date arithmetic for the generator. Legal dates are plain YYYY-MM-DD strings in
// Asia/Shanghai; they are shifted in UTC so no local time zone or daylight-saving rule moves a day.

const DAY_MS = 86_400_000

function toUtcMs(date: string): number {
  return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)))
}

export function addDays(date: string, days: number): string {
  return new Date(toUtcMs(date) + days * DAY_MS).toISOString().slice(0, 10)
}

/** `later - earlier` in whole days. */
export function daysBetween(earlier: string, later: string): number {
  return Math.round((toUtcMs(later) - toUtcMs(earlier)) / DAY_MS)
}

/** 2025-03-07 → 2025年3月7日, the form used in case documents. */
export function chineseDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${year}年${month}月${day}日`
}

/** YYYY-MM-DD → YYYYMMDD, as in the birth-date segment of an ID number. */
export function compactDate(date: string): string {
  return date.replaceAll('-', '')
}
