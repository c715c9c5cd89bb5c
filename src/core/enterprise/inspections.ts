// 入企检查: results of an inspection. The repeat and year-on-year logic lives with them.
import { daysBetween } from '../discretion/dates'
import { isCalendarDate } from '../text/calendar-date'

export const INSPECTION_RESULTS = ['noProblem', 'corrected', 'caseOpened', 'other'] as const
export type InspectionResult = (typeof INSPECTION_RESULTS)[number]

export const INSPECTION_RESULT_ZH: Record<InspectionResult, string> = {
  noProblem: '未发现问题',
  corrected: '发现问题，责令当场整改',
  caseOpened: '发现违法行为，已立案',
  other: '其他'
}

/** What the repeat flag needs of an inspection; voided inspections are left out by the caller. */
export type InspectionDate = { id: string; uscc: string; on: string }

/**
 * Inspections with another inspection of the same enterprise at most `windowDays` days before or
 * after (both are flagged: which of two visits was the superfluous one is for the reviewer to say).
 * Two visits on the same day count too.
 */
export function repeatedInspections(
  inspections: readonly InspectionDate[],
  windowDays: number
): Set<string> {
  const byUscc = new Map<string, InspectionDate[]>()
  for (const i of inspections) {
    const list = byUscc.get(i.uscc)
    if (list) list.push(i)
    else byUscc.set(i.uscc, [i])
  }
  const repeated = new Set<string>()
  for (const list of byUscc.values()) {
    list.sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
    // Sorted by date, the nearest other visit is a neighbour in the list.
    for (let k = 1; k < list.length; k++) {
      const prev = list[k - 1]
      const next = list[k]
      if (prev && next && daysBetween(prev.on, next.on) <= windowDays) {
        repeated.add(prev.id)
        repeated.add(next.id)
      }
    }
  }
  return repeated
}

export { changePermille } from '../statistics/ratios'

export type StatsPeriods = {
  from: string
  to: string
  previousFrom: string
  previousTo: string
}

/**
 * The year's period and the same period a year earlier. For the current year both end on today's
 * month and day, so a year in progress is not compared with a whole year (the Hubei figures compare
 * January–August with January–August). 29 February maps to the 28th in a common year.
 */
export function statsPeriods(year: number, today: string): StatsPeriods {
  const y = String(year).padStart(4, '0')
  const p = String(year - 1).padStart(4, '0')
  if (Number(today.slice(0, 4)) !== year) {
    return {
      from: `${y}-01-01`,
      to: `${y}-12-31`,
      previousFrom: `${p}-01-01`,
      previousTo: `${p}-12-31`
    }
  }
  const monthDay = today.slice(5)
  const previousTo = isCalendarDate(`${p}-${monthDay}`) ? `${p}-${monthDay}` : `${p}-02-28`
  return { from: `${y}-01-01`, to: today, previousFrom: `${p}-01-01`, previousTo }
}
