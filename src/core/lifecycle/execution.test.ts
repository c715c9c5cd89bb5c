import { describe, expect, it } from 'vitest'
import type { ClockResult } from '../clocks/calendar'
import { balanceOf, type Balance, type PaymentEntry } from './execution'
import { cal, yuan } from './lifecycle.test-support'

// 行政处罚法第六十七条第三款: pay within 15 days of receiving the decision; 第七十二条第一款第（一）项:
// after that, 3 % of the fine a day, never more than the fine. Fine 15万元 = 15 000 000 fen, i.e.
// 450 000 fen (4 500元) a day. Received Monday 2025-08-18 → last day to pay Tuesday 2025-09-02.
const FINE = yuan(150_000)
const RECEIVED = '2025-08-18'

function balance(
  payments: PaymentEntry[],
  asOf: string,
  over: { fineFen?: number; receivedOn?: string; deferredUntil?: string | null } = {}
): Balance {
  const r: ClockResult<Balance> = balanceOf(cal, {
    fineFen: over.fineFen ?? FINE,
    receivedOn: over.receivedOn ?? RECEIVED,
    deferredUntil: over.deferredUntil ?? null,
    payments,
    asOf
  })
  if (!r.ok) throw new Error(r.problem.message)
  return r.value
}

const surchargeFor = (fineFen: number, days: number) =>
  Math.min(fineFen, Math.floor((fineFen * 3 * days) / 100))

describe('balanceOf: the fine, the 加处罚款 and the payments against them', () => {
  it('paid in full on the last day: no surcharge, nothing outstanding', () => {
    const b = balance([{ on: '2025-09-02', amountFen: FINE }], '2025-12-31')
    expect(b).toMatchObject({
      paymentDue: '2025-09-02',
      finePaidOn: '2025-09-02',
      surchargeFen: 0,
      paidFen: FINE,
      outstandingFen: 0,
      overpaidFen: 0
    })
    expect(b.explanation).toContain('未逾期，无加处罚款')
  })

  it.each([1, 3, 10, 33, 34, 60])(
    'paid %i day(s) late: floor(fine × 3 per cent × days), capped at the fine, no more afterwards',
    (days) => {
      const paidOn = new Date(Date.UTC(2025, 8, 2 + days)).toISOString().slice(0, 10)
      const b = balance([{ on: paidOn, amountFen: FINE }], '2026-06-30')
      expect(b.finePaidOn).toBe(paidOn)
      expect(b.surchargeFen).toBe(surchargeFor(FINE, days))
      expect(b.outstandingFen).toBe(b.surchargeFen)
    }
  )

  it('the cap: day 33 is 99 % of the fine, day 34 the fine itself (第七十二条第一款第（一）项)', () => {
    expect(balance([], '2025-10-05').surchargeFen).toBe((FINE * 99) / 100)
    expect(balance([], '2025-10-06').surchargeFen).toBe(FINE)
    expect(balance([], '2026-06-30')).toMatchObject({
      surchargeFen: FINE,
      outstandingFen: 2 * FINE
    })
  })

  it('rounds the total down to whole fen: 123.45元 paid 10 days late → 37.03元', () => {
    const b = balance([{ on: '2025-09-12', amountFen: 12_345 }], '2025-09-30', {
      fineFen: 12_345
    })
    expect(b.surchargeFen).toBe(3_703)
  })

  it('unpaid: fine plus the surcharge so far, explained in Chinese', () => {
    const b = balance([], '2025-09-12')
    expect(b).toMatchObject({
      finePaidOn: null,
      surchargeFen: 4_500_000,
      outstandingFen: FINE + 4_500_000
    })
    expect(b.explanation).toContain('缴款期限届满日为2025年9月2日')
    expect(b.explanation).toContain('尚欠195000.00元')
  })

  it('fine paid late, surcharge paid afterwards: settled', () => {
    const b = balance(
      [
        { on: '2025-09-05', amountFen: FINE },
        { on: '2025-09-10', amountFen: surchargeFor(FINE, 3) }
      ],
      '2025-09-30'
    )
    expect(b).toMatchObject({
      finePaidOn: '2025-09-05',
      surchargeFen: 1_350_000,
      outstandingFen: 0
    })
  })

  it('partial payments: the fine counts as paid on the day the running total reaches it', () => {
    // Half on time, half 5 days late. The surcharge is computed on the whole fine (按罚款数额) for
    // the 5 days until the fine was complete — see the note in the report on this reading.
    const b = balance(
      [
        { on: '2025-09-01', amountFen: FINE / 2 },
        { on: '2025-09-07', amountFen: FINE / 2 }
      ],
      '2025-09-30'
    )
    expect(b).toMatchObject({
      finePaidOn: '2025-09-07',
      surchargeFen: surchargeFor(FINE, 5),
      paidFen: FINE,
      outstandingFen: surchargeFor(FINE, 5)
    })
  })

  it('payments go to the fine first: a payment of exactly the fine leaves the surcharge open', () => {
    const b = balance([{ on: '2025-09-03', amountFen: FINE }], '2025-09-03')
    expect(b.outstandingFen).toBe(surchargeFor(FINE, 1))
  })

  it('a reversal (negative entry) makes the fine unpaid again, and the surcharge runs on', () => {
    const reversed: PaymentEntry[] = [
      { on: '2025-09-01', amountFen: FINE },
      { on: '2025-09-04', amountFen: -FINE }
    ]
    expect(balance(reversed, '2025-09-03')).toMatchObject({
      finePaidOn: '2025-09-01',
      outstandingFen: 0
    })
    expect(balance(reversed, '2025-09-10')).toMatchObject({
      finePaidOn: null,
      paidFen: 0,
      surchargeFen: surchargeFor(FINE, 8),
      outstandingFen: FINE + surchargeFor(FINE, 8)
    })
    const repaid = balance([...reversed, { on: '2025-09-06', amountFen: FINE }], '2025-09-30')
    expect(repaid).toMatchObject({
      finePaidOn: '2025-09-06',
      surchargeFen: surchargeFor(FINE, 4),
      outstandingFen: surchargeFor(FINE, 4)
    })
  })

  it('a same-day reversal undoes the payment whatever the order they were entered in', () => {
    const b = balance(
      [
        { on: '2025-09-01', amountFen: FINE },
        { on: '2025-09-01', amountFen: -FINE }
      ],
      '2025-09-05'
    )
    expect(b.finePaidOn).toBeNull()
    expect(b.outstandingFen).toBe(FINE + surchargeFor(FINE, 3))
  })

  it('payments after the as-of date are not counted; entries need not be in date order', () => {
    const payments = [
      { on: '2025-09-20', amountFen: FINE / 2 },
      { on: '2025-08-30', amountFen: FINE / 2 }
    ]
    expect(balance(payments, '2025-09-01')).toMatchObject({
      paidFen: FINE / 2,
      outstandingFen: FINE / 2
    })
    expect(balance(payments, '2025-09-20').finePaidOn).toBe('2025-09-20')
  })

  it('an overpayment shows as overpaid, never as a negative balance', () => {
    const b = balance([{ on: '2025-09-01', amountFen: FINE + 100 }], '2025-09-30')
    expect(b).toMatchObject({ outstandingFen: 0, overpaidFen: 100 })
  })

  describe('deferral and instalments (第六十六条第二款)', () => {
    it('an approved deferral moves the due date: paid on its last day, no surcharge', () => {
      const b = balance([{ on: '2025-10-31', amountFen: FINE }], '2025-12-31', {
        deferredUntil: '2025-10-31'
      })
      expect(b).toMatchObject({ paymentDue: '2025-10-31', surchargeFen: 0, outstandingFen: 0 })
      expect(b.explanation).toContain('经批准延期或分期')
    })

    it('the surcharge runs from the day after the deferral ends', () => {
      const b = balance([{ on: '2025-11-03', amountFen: FINE }], '2025-12-31', {
        deferredUntil: '2025-10-31'
      })
      expect(b.surchargeFen).toBe(surchargeFor(FINE, 3))
    })

    it('a deferral ending before the statutory 15 days does not bring the due date forward', () => {
      const b = balance([], '2025-09-02', { deferredUntil: '2025-08-25' })
      expect(b).toMatchObject({ paymentDue: '2025-09-02', surchargeFen: 0 })
      expect(b.explanation).not.toContain('经批准延期或分期')
    })
  })

  describe('the due date itself (paymentDeadline, 第六十七条第三款)', () => {
    it('15 calendar days ending in the National Day holiday move to its end: received 09-16 → 10-09', () => {
      // Nominal last day 10-01; 2025's holiday runs 10-01 … 10-08.
      expect(
        balance([{ on: '2025-10-09', amountFen: FINE }], '2025-12-31', { receivedOn: '2025-09-16' })
      ).toMatchObject({
        paymentDue: '2025-10-09',
        surchargeFen: 0
      })
      expect(
        balance([{ on: '2025-10-10', amountFen: FINE }], '2025-12-31', { receivedOn: '2025-09-16' })
          .surchargeFen
      ).toBe(surchargeFor(FINE, 1))
    })

    it('a 15th day on the 调休 Saturday 10-11 is a working day and stays the last day', () => {
      const b = balance([{ on: '2025-10-13', amountFen: FINE }], '2025-12-31', {
        receivedOn: '2025-09-26'
      })
      expect(b.paymentDue).toBe('2025-10-11')
      expect(b.surchargeFen).toBe(surchargeFor(FINE, 2))
    })

    it('a year without a calendar is a reported problem, never a guess', () => {
      const r = balanceOf(cal, {
        fineFen: FINE,
        receivedOn: '2026-12-20',
        deferredUntil: null,
        payments: [],
        asOf: '2026-12-21'
      })
      expect(r.ok).toBe(false)
      if (!r.ok) expect(r.problem.message).toContain('缺少2027年节假日安排')
    })
  })
})
