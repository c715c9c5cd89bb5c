// Working-day clocks of the ordinary procedure. APL Art. 85 makes its 五日/七日 working days; the
// 20-day publication period is expressly 工作日 in the market-regulation publication rule.
import type { Citation } from '../discretion/citation'
import { dateZh } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from './calendar'
import { isWorkingDay, ok } from './calendar'
import { CLOCK_CITATIONS as C } from './citations'
import type { Deadline } from './deadline'
import { calendarSources } from './deadline'
import { addDays } from './days'
import { addWorkingDays, subtractWorkingDays } from './working-days'

function workingDayDeadline(
  calendar: WorkingCalendar,
  start: string,
  n: number,
  citation: Citation,
  explain: (due: string) => string,
  counting: Citation = C.workingDays
): ClockResult<Deadline> {
  const due = addWorkingDays(calendar, start, n)
  if (!due.ok) return due
  const sources = calendarSources(calendar, start, due.value)
  return ok({
    due: due.value,
    citation,
    related: [counting, C.startDayExcluded, ...sources.related],
    explanation: explain(due.value),
    notes: sources.notes
  })
}

/** APL Art. 64(1): the party asks for a hearing within 5 working days after the notice. */
export function hearingRequestDeadline(
  calendar: WorkingCalendar,
  notifiedOn: string
): ClockResult<Deadline> {
  return workingDayDeadline(
    calendar,
    notifiedOn,
    5,
    C.hearingRequest5,
    (due) =>
      `依《中华人民共和国行政处罚法》第六十四条第（一）项，当事人应当在告知后五日内要求听证；依第八十五条，五日指工作日，不含法定节假日。告知日（${dateZh(notifiedOn)}）不计入，期限届满日为${dateZh(due)}。`
  )
}

/** APL Art. 61 ¶1: an absent party is served within 7 working days after the decision is announced. */
export function serviceDeadline(
  calendar: WorkingCalendar,
  announcedOn: string
): ClockResult<Deadline> {
  return workingDayDeadline(
    calendar,
    announcedOn,
    7,
    C.service7,
    (due) =>
      `依《中华人民共和国行政处罚法》第六十一条第一款，当事人不在场的，应当在七日内依照民事诉讼法的有关规定送达行政处罚决定书；依第八十五条，七日指工作日。宣告日（${dateZh(announcedOn)}）不计入，期限届满日为${dateZh(due)}。`
  )
}

/** 市场监督管理行政处罚信息公示规定 Art. 9: publish within 20 working days of the decision. Only
 * ordinary-procedure decisions other than warnings are published (Art. 2); that is the caller's test. */
export function publicationDeadline(
  calendar: WorkingCalendar,
  decidedOn: string
): ClockResult<Deadline> {
  return workingDayDeadline(
    calendar,
    decidedOn,
    20,
    C.publication20,
    (due) =>
      `依《市场监督管理行政处罚信息公示规定》第九条，应当自作出行政处罚决定之日（${dateZh(decidedOn)}）起二十个工作日内公示；决定当日不计入，期限届满日为${dateZh(due)}。`,
    C.publication20
  )
}

/**
 * How to read “在举行听证的七日前通知” (APL Art. 64(2) + 85):
 * - 'clear' (default): seven whole working days lie between the notice and the hearing, neither
 *   counted; the notice period ends before the hearing day.
 * - 'inclusive': the hearing may fall on the seventh working day after the notice.
 * The statute does not settle it. 'clear' is the default because a notice that is on time under it
 * is on time under either reading.
 */
export type HearingNoticeReading = 'clear' | 'inclusive'

/** The last day on which the hearing notice may be given (due = the latest notice date). */
export function hearingNoticeDeadline(
  calendar: WorkingCalendar,
  hearingOn: string,
  reading: HearingNoticeReading = 'clear'
): ClockResult<Deadline> {
  const hearingIsWorkday = isWorkingDay(calendar, hearingOn)
  if (!hearingIsWorkday.ok) return hearingIsWorkday
  // The notice on day N is on time when the 7-working-day period after N ends before the hearing
  // ('clear') or on it ('inclusive'). The latest such N is the day before the k-th working day
  // before the hearing, with k = 6 only when the hearing itself is a working day that may count.
  const k = reading === 'inclusive' && hearingIsWorkday.value ? 6 : 7
  const kth = subtractWorkingDays(calendar, hearingOn, k)
  if (!kth.ok) return kth
  const due = addDays(kth.value, -1)
  const sources = calendarSources(calendar, due, hearingOn)
  // The latest day may be a rest day (a notice received then is on time); offices want the last
  // working day too.
  const dueIsWorkday = isWorkingDay(calendar, due)
  if (!dueIsWorkday.ok) return dueIsWorkday
  let hint = ''
  if (!dueIsWorkday.value) {
    const lastWorkday = subtractWorkingDays(calendar, kth.value, 1)
    if (!lastWorkday.ok) return lastWorkday
    hint = `该日为休假日，此前最后一个工作日为${dateZh(lastWorkday.value)}。`
  }
  const how =
    reading === 'clear'
      ? '通知日与听证日之间应有七个完整的工作日（两日均不计入）'
      : '听证日可以是通知后的第七个工作日'
  return ok({
    due,
    citation: C.hearingNotice7,
    related: [C.workingDays, C.startDayExcluded, ...sources.related],
    explanation: `依《中华人民共和国行政处罚法》第六十四条第（二）项，应当在举行听证的七日前通知当事人听证的时间、地点；依第八十五条，七日指工作日。按“${how}”的理解，听证定于${dateZh(hearingOn)}的，最迟应于${dateZh(due)}通知。${hint}`,
    notes: sources.notes
  })
}
