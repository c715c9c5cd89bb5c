// What the party owes on a fine decision: the fine, the late surcharge (APL Art. 72(1)) and the
// payments recorded against them. Payments are ledger entries; a correction is a negative entry.
import { yuanFixedText } from '../discretion/money'
import { dateZh } from '../discretion/citation'
import type { ClockResult, WorkingCalendar } from '../clocks/calendar'
import { ok } from '../clocks/calendar'
import { laterOf } from '../discretion/dates'
import { paymentDeadline, lateSurcharge } from '../clocks/payment'

export type PaymentEntry = { on: string; amountFen: number }

export type Balance = {
  fineFen: number
  /** The last day to pay: 15 days after receipt (Art. 67 ¶3), or the end of an approved deferral
   * when that is later. */
  paymentDue: string
  /** The day the fine itself was paid in full, or null. The surcharge stops accruing then. */
  finePaidOn: string | null
  /** 加处罚款 accrued up to `finePaidOn` or `asOf`, whichever comes first (statutory maximum). */
  surchargeFen: number
  paidFen: number
  /** fine + surcharge − paid; never negative (an overpayment shows as `overpaidFen`). */
  outstandingFen: number
  overpaidFen: number
  explanation: string
}

/**
 * The balance as of `asOf`. Payments go to the fine first, then to the surcharge; the surcharge runs
 * from the day after `paymentDue` until the day the fine is fully paid (it is computed on the fine,
 * 按罚款数额, so it stops once no fine is outstanding).
 */
export function balanceOf(
  calendar: WorkingCalendar,
  input: {
    fineFen: number
    receivedOn: string
    deferredUntil: string | null
    payments: readonly PaymentEntry[]
    asOf: string
  }
): ClockResult<Balance> {
  const due = paymentDeadline(calendar, input.receivedOn)
  if (!due.ok) return due
  // An approved deferral or instalment (Art. 66 ¶2) postpones the due date; it never advances it
  // before the statutory 15 days, so an early `until` does not start the surcharge sooner.
  const paymentDue = laterOf(due.value.due, input.deferredUntil ?? undefined)
  const deferred = paymentDue !== due.value.due
  const ordered = [...input.payments]
    .filter((p) => p.on <= input.asOf)
    .sort((a, b) => (a.on < b.on ? -1 : a.on > b.on ? 1 : 0))
  let running = 0
  let finePaidOn: string | null = null
  for (const p of ordered) {
    running += p.amountFen
    if (finePaidOn === null && running >= input.fineFen) finePaidOn = p.on
    // A later reversal can undo a full payment: the fine is then unpaid again.
    if (finePaidOn !== null && running < input.fineFen) finePaidOn = null
  }
  const surcharge = lateSurcharge({
    fineFen: input.fineFen,
    paymentDue,
    asOf: finePaidOn ?? input.asOf
  })
  if (!surcharge.ok) return surcharge
  const owed = input.fineFen + surcharge.value.amountFen
  const outstanding = owed - running
  return ok({
    fineFen: input.fineFen,
    paymentDue,
    finePaidOn,
    surchargeFen: surcharge.value.amountFen,
    paidFen: running,
    outstandingFen: Math.max(0, outstanding),
    overpaidFen: Math.max(0, -outstanding),
    explanation:
      `缴款期限届满日为${dateZh(paymentDue)}${deferred ? '（经批准延期或分期）' : ''}。` +
      (surcharge.value.amountFen > 0 ? surcharge.value.explanation : '未逾期，无加处罚款。') +
      `应缴合计${yuanFixedText(owed)}，已缴${yuanFixedText(running)}，尚欠${yuanFixedText(Math.max(0, outstanding))}。`
  })
}
