// Coercion clocks: seizure (行政强制法 Art. 25) and the application to court (Arts. 53, 54; APL
// Art. 72 ¶2).
import { dateZh } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from './calendar'
import { invalidDate, ok } from './calendar'
import {
  addCalendarDays,
  addCalendarMonths,
  applyLastDayRule,
  type LastDayRule
} from './calendar-days'
import { CLOCK_CITATIONS as C } from './citations'
import type { Deadline, PausedSpan } from './deadline'
import { addCountedDays, calendarSources, lastDayClause, pausedDates } from './deadline'
import { isCalendarDate } from './days'
import { laterOf } from '../discretion/dates'
import { addWorkingDays } from './working-days'

export type SeizureInput = {
  /** The day the seizure (查封、扣押) was carried out; not counted. */
  startedOn: string
  /** 情况复杂，经行政机关负责人批准延长（不得超过三十日）. */
  extended?: boolean
  /** 检测、检验、检疫或者技术鉴定的期间, not part of the seizure period (Art. 25 ¶3). */
  testing?: readonly PausedSpan[]
  /** Default 'keep': releasing on time is the agency's duty. */
  lastDay?: LastDayRule
}

/** 行政强制法 Art. 25: at most 30 days, plus at most 30 more with the head's approval. */
export function seizureDeadline(
  calendar: WorkingCalendar,
  input: SeizureInput
): ClockResult<Deadline> {
  const { startedOn, extended = false, lastDay = 'keep' } = input
  if (!isCalendarDate(startedOn)) return invalidDate(startedOn)
  const paused = pausedDates(input.testing ?? [])
  if (!paused.ok) return paused
  const nominal = addCountedDays(startedOn, extended ? 60 : 30, paused.value)
  const end = applyLastDayRule(calendar, nominal, lastDay)
  if (!end.ok) return end
  const skipped = [...paused.value].filter((d) => d > startedOn && d <= nominal).length
  return ok({
    due: end.value.due,
    citation: C.seizure,
    related: [C.startDayExcluded, ...(end.value.extended ? [C.lastDayHoliday] : [])],
    explanation:
      `依《中华人民共和国行政强制法》第二十五条，查封、扣押的期限不得超过三十日` +
      (extended ? '，经行政机关负责人批准延长不超过三十日' : '') +
      `；三十日为自然日（第六十九条只将十日以内的期限规定为工作日）。自${dateZh(startedOn)}（当日不计入）起算` +
      (skipped > 0 ? `，检测、检验、检疫或者技术鉴定的${skipped}日不计入` : '') +
      `，期限届满日为${dateZh(end.value.due)}。` +
      lastDayClause(end.value, lastDay),
    notes: extended
      ? ['延长查封、扣押的决定应当及时书面告知当事人，并说明理由（第二十五条第二款）。']
      : []
  })
}

export type CourtApplicationInput = {
  /** The day the party received (knew of) the decision. */
  knownOn: string
  /** End of an approved deferral or instalment period (APL Art. 66, 72 ¶2), if any. */
  deferralEndsOn?: string
  /** Default 'keep' for the agency's 3 months; the party's review and litigation periods always
   * use 'extend', so that the agency never treats them as expired too early. */
  lastDay?: LastDayRule
}

export type CourtApplicationStart = {
  /** Last day to apply for administrative review (60 days, 行政复议法 Art. 20). */
  reviewDue: string
  /** Last day to sue (6 months, 行政诉讼法 Art. 46). */
  litigationDue: string
  /** The later of the two and of an approved deferral's end: the 3 months of Art. 53 run after it,
   * and no application may be made on or before it. */
  start: string
}

/** When the period of 行政强制法 Art. 53 starts (see courtApplicationDeadline). */
export function courtApplicationStart(
  calendar: WorkingCalendar,
  input: { knownOn: string; deferralEndsOn?: string }
): ClockResult<CourtApplicationStart> {
  const { knownOn, deferralEndsOn } = input
  if (!isCalendarDate(knownOn)) return invalidDate(knownOn)
  if (deferralEndsOn !== undefined && !isCalendarDate(deferralEndsOn))
    return invalidDate(deferralEndsOn)
  const review = addCalendarDays(calendar, knownOn, 60, 'extend')
  if (!review.ok) return review
  const litigation = addCalendarMonths(calendar, knownOn, 6, 'extend')
  if (!litigation.ok) return litigation
  const remedyEnd = laterOf(review.value.due, litigation.value.due)
  return ok({
    reviewDue: review.value.due,
    litigationDue: litigation.value.due,
    start: laterOf(remedyEnd, deferralEndsOn)
  })
}

/**
 * 行政强制法 Art. 53: an agency without its own enforcement power applies to court within 3 months
 * after the periods for review (60 days, 行政复议法 Art. 20) and litigation (6 months, 行政诉讼法
 * Art. 46) have expired; with an approved deferral, from the end of that period (APL Art. 72 ¶2).
 * The later of the two starts the 3 months: the court cannot be asked before the remedy periods have
 * run, and Art. 72 ¶2 postpones, never advances, the start.
 */
export function courtApplicationDeadline(
  calendar: WorkingCalendar,
  input: CourtApplicationInput
): ClockResult<Deadline> {
  const { knownOn, lastDay = 'keep' } = input
  const opens = courtApplicationStart(calendar, input)
  if (!opens.ok) return opens
  const { reviewDue, litigationDue, start } = opens.value
  const remedyEnd = laterOf(reviewDue, litigationDue)
  const end = addCalendarMonths(calendar, start, 3, lastDay)
  if (!end.ok) return end
  const sources = calendarSources(calendar, knownOn, end.value.due)
  const fromDeferral = start !== remedyEnd
  return ok({
    due: end.value.due,
    citation: C.courtApplication,
    related: [
      C.review60,
      C.litigation6m,
      ...(fromDeferral ? [C.deferralCourt] : []),
      C.startDayExcluded,
      C.monthEnd,
      C.lastDayHoliday,
      ...sources.related
    ],
    explanation:
      `当事人${dateZh(knownOn)}知道行政处罚决定：申请行政复议的期限至${dateZh(reviewDue)}（《中华人民共和国行政复议法》第二十条第一款，六十日），提起行政诉讼的期限至${dateZh(litigationDue)}（《中华人民共和国行政诉讼法》第四十六条第一款，六个月）。` +
      (fromDeferral
        ? `经批准延期或分期缴纳的，自该期限结束之日（${dateZh(start)}）起计算（《中华人民共和国行政处罚法》第七十二条第二款）。`
        : '') +
      `依《中华人民共和国行政强制法》第五十三条，自${dateZh(start)}起三个月内申请人民法院强制执行，期限届满日为${dateZh(end.value.due)}。` +
      lastDayClause(end.value, lastDay),
    notes: [
      '申请前应当催告，催告书送达十个工作日后当事人仍未履行的方可申请（行政强制法第五十四条、第六十九条）。',
      '决定书未告知起诉期限的，起诉期限另行计算（最长一年），本计算不适用。',
      ...sources.notes
    ]
  })
}

/** 行政强制法 Art. 54 + 69: after the reminder (催告书) is served the party has 10 working days;
 * `due` is the last of them, and the application may be made from the next day. */
export function reminderPeriodDeadline(
  calendar: WorkingCalendar,
  reminderServedOn: string
): ClockResult<Deadline> {
  const due = addWorkingDays(calendar, reminderServedOn, 10)
  if (!due.ok) return due
  const sources = calendarSources(calendar, reminderServedOn, due.value)
  return ok({
    due: due.value,
    citation: C.courtReminder,
    related: [C.coercionWorkingDays, C.startDayExcluded, ...sources.related],
    explanation: `依《中华人民共和国行政强制法》第五十四条，催告书送达十日后当事人仍未履行义务的，方可申请人民法院强制执行；依第六十九条，十日指工作日。送达日（${dateZh(reminderServedOn)}）不计入，期间届满日为${dateZh(due.value)}，次日起可以申请。`,
    notes: sources.notes
  })
}
