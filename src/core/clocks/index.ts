// Public API of the clocks (法定期限): working-day calendar, period arithmetic and the statutory
// deadlines of a case. Pure: the calendar data is loaded by src/server/calendars/load.ts.
export {
  dayKind,
  isWorkingDay,
  noticeCitation,
  type ClockProblem,
  type ClockProblemCode,
  type ClockResult,
  type DayKind,
  type WorkingCalendar,
  type YearCalendar
} from './calendar'
export { loadCalendarTexts, type CalendarLoad, type CalendarText } from './calendar-check'
export { formatCalendarProblem, type CalendarProblem } from './calendar-problems'
export { calendarFileSchema, type CalendarFile } from './calendar-schema'
export { addWorkingDays, subtractWorkingDays, nextWorkingDayFrom } from './working-days'
export {
  addCalendarDays,
  addCalendarMonths,
  type LastDayRule,
  type PeriodEnd
} from './calendar-days'
export type { Deadline, PausedSpan } from './deadline'
export { decisionDeadline, type DecisionClockInput } from './decision'
export {
  hearingRequestDeadline,
  hearingNoticeDeadline,
  serviceDeadline,
  publicationDeadline,
  type HearingNoticeReading
} from './procedure'
export { paymentDeadline, lateSurcharge, type Surcharge, type SurchargeInput } from './payment'
export {
  seizureDeadline,
  courtApplicationDeadline,
  courtApplicationStart,
  reminderPeriodDeadline,
  type SeizureInput,
  type CourtApplicationInput,
  type CourtApplicationStart
} from './enforcement'
export { dueStatus, type DueStatus } from './due-status'
export { CLOCK_CITATIONS } from './citations'
