// The shipped calendar (resources/calendars), loaded through core's own checks, for core tests.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { WorkingCalendar } from './calendar'
import { loadCalendarTexts } from './calendar-check'
import { formatCalendarProblem } from './calendar-problems'

export const SHIPPED_CALENDARS = new URL('../../../resources/calendars/', import.meta.url).pathname

export function shippedCalendar(): WorkingCalendar {
  const texts = readdirSync(SHIPPED_CALENDARS)
    .filter((n) => /^\d{4}\.yaml$/.test(n))
    .map((n) => ({ source: n, text: readFileSync(join(SHIPPED_CALENDARS, n), 'utf8') }))
  const r = loadCalendarTexts(texts)
  if (!r.ok) throw new Error(r.problems.map(formatCalendarProblem).join('\n'))
  return r.calendar
}
