// Calendar-date arithmetic for the generator. Legal dates are plain YYYY-MM-DD strings in
// Asia/Shanghai; they are shifted in UTC so no local time zone or daylight-saving rule moves a day.
// A bulk seed shifts millions of dates, so both directions are memoised: building a Date and
// formatting it was a third of the generator's time (node --cpu-prof). The caches only grow with
// the distinct dates seen, a few tens of thousands over a person's lifetime of birth dates.

const DAY_MS = 86_400_000

const dayOfDate = new Map<string, number>()
const dateOfDay = new Map<number, string>()
const zhOfDate = new Map<string, string>()

/** Days since 1970-01-01 (UTC) of a YYYY-MM-DD date. */
export function dayNumber(date: string): number {
  let day = dayOfDate.get(date)
  if (day === undefined) {
    const ms = Date.UTC(
      Number(date.slice(0, 4)),
      Number(date.slice(5, 7)) - 1,
      Number(date.slice(8, 10))
    )
    day = Math.round(ms / DAY_MS)
    dayOfDate.set(date, day)
  }
  return day
}

/** The YYYY-MM-DD date of a day number. */
export function dateOfDayNumber(day: number): string {
  let date = dateOfDay.get(day)
  if (date === undefined) {
    date = new Date(day * DAY_MS).toISOString().slice(0, 10)
    dateOfDay.set(day, date)
  }
  return date
}

export function addDays(date: string, days: number): string {
  return dateOfDayNumber(dayNumber(date) + days)
}

/** `later - earlier` in whole days. */
export function daysBetween(earlier: string, later: string): number {
  return dayNumber(later) - dayNumber(earlier)
}

/** 2025-03-07 → 2025年3月7日, the form used in case documents. */
export function chineseDate(date: string): string {
  let zh = zhOfDate.get(date)
  if (zh === undefined) {
    const [year, month, day] = date.split('-').map(Number)
    zh = `${year}年${month}月${day}日`
    zhOfDate.set(date, zh)
  }
  return zh
}

/** YYYY-MM-DD → YYYYMMDD, as in the birth-date segment of an ID number. */
export function compactDate(date: string): string {
  return date.replaceAll('-', '')
}
