// Paying the fine: 15 days after receipt (APL Art. 67 ¶3), then the late surcharge (Art. 72(1)).
import { yuanFixedText } from '../discretion/money'
import { dateZh } from '../discretion/citation'
import type { Citation } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from './calendar'
import { fail, invalidDate, ok } from './calendar'
import { addCalendarDays, type LastDayRule } from './calendar-days'
import { CLOCK_CITATIONS as C } from './citations'
import type { Deadline, PausedSpan } from './deadline'
import {
  addCountedDays,
  calendarSources,
  lastDayClause,
  pausedDates,
  pausedWithin
} from './deadline'
import { isCalendarDate } from './days'
import { daysBetween } from '../discretion/dates'

/** APL Art. 67 ¶3: pay within 15 days of receiving the decision. Default 'extend': it is the
 * party's deadline, so nobody is treated as late before the extended day has passed. */
export function paymentDeadline(
  calendar: WorkingCalendar,
  receivedOn: string,
  lastDay: LastDayRule = 'extend'
): ClockResult<Deadline> {
  const end = addCalendarDays(calendar, receivedOn, 15, lastDay)
  if (!end.ok) return end
  const sources = calendarSources(calendar, receivedOn, end.value.due)
  return ok({
    due: end.value.due,
    citation: C.payment15,
    related: [
      C.startDayExcluded,
      ...(end.value.extended ? [C.lastDayHoliday] : []),
      ...(end.value.extended ? sources.related : [])
    ],
    explanation:
      `依《中华人民共和国行政处罚法》第六十七条第三款，当事人应当自收到行政处罚决定书之日（${dateZh(receivedOn)}）起十五日内缴纳罚款；十五日为自然日（第八十五条只将二日、三日、五日、七日规定为工作日），收到当日不计入，期限届满日为${dateZh(end.value.due)}。` +
      lastDayClause(end.value, lastDay),
    notes: sources.notes
  })
}

export type SurchargeInput = {
  /** The fine in integer fen (分). */
  fineFen: number
  /** The last day to pay (paymentDeadline(...).due, or the end of an approved deferral). */
  paymentDue: string
  /** The day up to which the surcharge is computed, included. */
  asOf: string
  /** 行政复议或者行政诉讼期间 (APL Art. 73 ¶3): these days add nothing. */
  paused?: readonly PausedSpan[]
}

export type Surcharge = {
  /** 加处罚款 in fen, never above the fine. */
  amountFen: number
  /** Days counted (late days minus paused days). */
  days: number
  capped: boolean
  /** The first day on which the cap is reached, counting paused days as the input gives them. */
  capReachedOn: string
  citation: Citation
  related: Citation[]
  explanation: string
}

/** Days needed to reach the cap: the smallest d with floor(fine × 3 × d / 100) ≥ fine, i.e. 34. */
const DAYS_TO_CAP = Math.ceil(100 / 3)

/**
 * APL Art. 72(1): 每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额.
 *
 * Day 1 is the day after `paymentDue` (到期不缴纳); `asOf` counts. Rounding: the total is computed
 * exactly as fine × 3 % × days and then rounded **down to whole fen once**, not per day. Down,
 * because the surcharge is a burden the statute caps (Art. 72(1); 行政强制法 Art. 45 ¶2): no fen
 * beyond what the statute allows may be charged. Once, because flooring each day would lose up to
 * one fen a day and make the result depend on how it is summed. Example: fine 12 345 fen → 370.35
 * fen a day; 10 days → 3 703.5 → 3 703 fen. Whether and how much to impose (可以) stays the agency's
 * decision; this is the statutory maximum.
 */
export function lateSurcharge(input: SurchargeInput): ClockResult<Surcharge> {
  const { fineFen, paymentDue, asOf } = input
  if (!Number.isSafeInteger(fineFen) || fineFen < 0 || fineFen > 1e13) {
    return fail('INVALID_INPUT', `罚款金额应为非负整数（单位：分），实为 ${fineFen}`)
  }
  if (!isCalendarDate(paymentDue)) return invalidDate(paymentDue)
  if (!isCalendarDate(asOf)) return invalidDate(asOf)
  const paused = pausedDates(input.paused ?? [])
  if (!paused.ok) return paused

  const late = Math.max(0, daysBetween(paymentDue, asOf))
  const days = late - pausedWithin(paymentDue, asOf, paused.value)
  const capReachedOn = addCountedDays(paymentDue, DAYS_TO_CAP, paused.value)
  const amountFen = Math.min(fineFen, Math.floor((fineFen * 3 * days) / 100))
  const capped = fineFen > 0 && amountFen === fineFen
  const pausedNote =
    paused.value.size > 0 ? '行政复议、行政诉讼期间不计算（第七十三条第三款）；' : ''
  return ok({
    amountFen,
    days,
    capped,
    capReachedOn,
    citation: C.surcharge,
    related: paused.value.size > 0 ? [C.surchargePause] : [],
    explanation:
      `依《中华人民共和国行政处罚法》第七十二条第一款第（一）项，到期不缴纳罚款的，每日按罚款数额的百分之三加处罚款，加处罚款的数额不得超出罚款的数额。缴款期限届满日为${dateZh(paymentDue)}，自次日起计算；${pausedNote}` +
      `截至${dateZh(asOf)}计${days}日，罚款${yuanFixedText(fineFen)}，加处罚款${yuanFixedText(amountFen)}` +
      (capped ? '（已达罚款数额上限；' : '（') +
      `按总额计算后舍去不足一分的部分）。第${DAYS_TO_CAP}日（${dateZh(capReachedOn)}）起达到上限。`
  })
}
