import type { WorkingCalendar } from '../../core/clocks/calendar'
import { formatCalendarProblem } from '../../core/clocks/calendar-problems'
import { loadCalendarDir } from './load'

export type CalendarSource = {
  current: () => { ok: true; calendar: WorkingCalendar } | { ok: false; problem: string }
}

/**
 * The working-day calendar, read once at start-up. A broken or missing calendar does not stop the
 * app: every clock that needs it reports the problem instead of guessing working days.
 */
export function createCalendarSource(dir: string): CalendarSource {
  const load = loadCalendarDir(dir)
  const state = load.ok
    ? ({ ok: true, calendar: load.calendar } as const)
    : ({
        ok: false,
        problem: `节假日安排数据有误：${load.problems.map(formatCalendarProblem).join('；')}`
      } as const)
  return { current: () => state }
}
