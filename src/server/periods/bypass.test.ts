import { beforeEach, describe, expect, it, vi } from 'vitest'
import { withPeriodLockBypass } from './bypass'
import type * as Lock from './lock'
import { PERIOD_CLOSED_MESSAGE } from './lock'
import {
  act,
  insertLoss,
  makePeriodWorld,
  onTheSpot,
  orgCase,
  refusal,
  writeMark,
  type PeriodWorld
} from './period.test-support'

// With the handlers' own checks taken away, only the database triggers stand between a record and
// a closed period: this file shows that they hold, and how their abort reaches the user.
vi.mock('./lock', async (importOriginal) => ({
  ...(await importOriginal<typeof Lock>()),
  assertPeriodOpen: () => undefined,
  assertCaseChangeOpen: () => undefined
}))

let w: PeriodWorld
beforeEach(async () => {
  w = await makePeriodWorld()
  await w.t.call('periods/close', w.january, w.head.token)
}, 30_000)

const bypassRows = () =>
  (
    w.t.server.deps.db.prepare('SELECT count(*) AS n FROM period_lock_bypass').get() as {
      n: number
    }
  ).n
const lossExists = (id: string) =>
  w.t.server.deps.db.prepare('SELECT 1 FROM recovered_losses WHERE id = ?').get(id) !== undefined

describe('withPeriodLockBypass', () => {
  it('lets records into a closed period only while its row exists', () => {
    const db = w.t.server.deps.db
    expect(() => insertLoss(db, w, 'a', '2026-01-20')).toThrow('PERIOD_CLOSED')
    db.transaction(() =>
      withPeriodLockBypass(db, () => {
        expect(bypassRows()).toBe(1)
        insertLoss(db, w, 'a', '2026-01-20')
        // Nested calls share the row and leave it to the outer call.
        withPeriodLockBypass(db, () => insertLoss(db, w, 'b', '2026-01-21'))
        insertLoss(db, w, 'c', '2026-01-22')
      })
    )()
    expect([lossExists('a'), lossExists('b'), lossExists('c'), bypassRows()]).toEqual([
      true,
      true,
      true,
      0
    ])
    expect(() => insertLoss(db, w, 'd', '2026-01-20')).toThrow('PERIOD_CLOSED')
    // A failing import leaves neither its records nor the row behind.
    const failing = db.transaction(() =>
      withPeriodLockBypass(db, () => {
        insertLoss(db, w, 'e', '2026-01-20')
        throw new Error('package rejected')
      })
    )
    expect(failing).toThrow('package rejected')
    expect([lossExists('e'), bypassRows()]).toEqual([false, 0])
    expect(() => withPeriodLockBypass(db, () => 1)).toThrow(/transaction/)
    expect(bypassRows()).toBe(0)
  })
})

describe('the lock triggers', () => {
  it('refuse through the dispatcher with the period-closed message, never INTERNAL', async () => {
    const db = w.t.server.deps.db
    const before = writeMark(db)
    const expected = { code: 'REFUSED', message: PERIOD_CLOSED_MESSAGE }
    const paid = w.t.call(
      'payments/record',
      {
        caseId: w.decided[0],
        paidOn: '2026-01-20',
        amountFen: 100_000,
        receiptNo: 'A-1',
        note: ''
      },
      w.officer.token
    )
    expect(await refusal(paid)).toEqual(expected)
    const decided = act(w, w.registered, '2026-02-10', onTheSpot('2026-01-15', 20_000))
    expect(await refusal(decided)).toEqual(expected)
    const detail = await w.t.call('cases/get', { id: w.decided[0] }, w.officer.token)
    const edit = w.t.call(
      'cases/update',
      {
        ...orgCase(w, '2026-01-05', '2026-01-05'),
        facts: '改写的事实',
        id: detail.id,
        rev: detail.rev
      },
      w.officer.token
    )
    expect(await refusal(edit)).toEqual(expected)
    const filed = w.t.call(
      'cases/create',
      { ...orgCase(w, '2026-01-10'), filedOn: '2026-01-11' },
      w.officer.token
    )
    expect(await refusal(filed)).toEqual(expected)
    expect(writeMark(db)).toBe(before)
    // An edit that leaves the counted fields alone is not a change to the closed period.
    const kept = await w.t.call(
      'cases/update',
      {
        ...orgCase(w, '2026-01-05', '2026-01-05'),
        source: 'complaint',
        id: detail.id,
        rev: detail.rev
      },
      w.officer.token
    )
    expect(kept.rev).toBe(detail.rev + 1)
  })
})
