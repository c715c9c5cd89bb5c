import { beforeEach, describe, expect, it } from 'vitest'
import {
  createCase,
  FIRM,
  inspectionInput,
  makeWorld,
  OTHER_FIRM,
  setToday,
  type EnterpriseWorld
} from './enterprise.test-support'

let w: EnterpriseWorld

beforeEach(async () => {
  w = await makeWorld()
  setToday(w.t, '2026-06-30')
})

const record = (change: Parameters<typeof inspectionInput>[0]) =>
  w.t.call('inspections/record', inspectionInput(change), w.officer.token)

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e
  )) as { body?: { code: string; message: string } } | null
  if (!error?.body) throw new Error('expected a refusal')
  return error.body
}

describe('inspections/record and inspections/list', () => {
  it('flags repeated inspections of one enterprise within the 30-day window, both ways', async () => {
    const first = await record({ on: '2026-03-02' })
    expect(first.repeated).toBe(false)
    const second = await record({ on: '2026-04-01' })
    expect(second.repeated).toBe(true)
    const far = await record({ on: '2026-05-02' })
    const other = await record({ on: '2026-03-03', uscc: OTHER_FIRM })
    const list = await w.t.call('inspections/list', {}, w.officer.token)
    expect(list.map((i) => [i.id, i.repeated])).toEqual([
      [far.id, false],
      [second.id, true],
      [other.id, false],
      [first.id, true]
    ])
    // A period filter still compares with inspections outside it.
    const april = await w.t.call(
      'inspections/list',
      { uscc: FIRM, from: '2026-04-01', to: '2026-04-30' },
      w.officer.token
    )
    expect(april.map((i) => [i.id, i.repeated])).toEqual([[second.id, true]])
  })

  it('links an existing case only and refuses a future date, writing nothing', async () => {
    const c = await createCase(w)
    const linked = await record({ caseId: c.id, result: 'caseOpened' })
    expect(linked.caseId).toBe(c.id)
    const count = () =>
      (
        w.t.server.deps.db.prepare('SELECT COUNT(*) AS n FROM enterprise_inspections').get() as {
          n: number
        }
      ).n
    const before = count()
    expect((await refusal(record({ caseId: '01900000-0000-7000-8000-000000000000' }))).code).toBe(
      'NOT_FOUND'
    )
    expect((await refusal(record({ on: '2026-07-01' }))).message).toContain('不能晚于今天')
    expect(count()).toBe(before)
  })
})

describe('inspections/void', () => {
  it('voids once with a reason; a voided inspection is no repeat and not counted', async () => {
    const first = await record({ on: '2026-03-02' })
    const second = await record({ on: '2026-03-10' })
    const voided = await w.t.call(
      'inspections/void',
      { inspectionId: second.id, reason: '录入重复' },
      w.officer.token
    )
    expect(voided).toMatchObject({ repeated: false, voided: { reason: '录入重复' } })
    const again = await refusal(
      w.t.call('inspections/void', { inspectionId: second.id, reason: '再次' }, w.officer.token)
    )
    expect(again.code).toBe('REFUSED')
    const list = await w.t.call('inspections/list', { uscc: FIRM }, w.officer.token)
    expect(list.find((i) => i.id === first.id)?.repeated).toBe(false)
    const stats = await w.t.call('inspections/stats', { year: 2026 }, w.officer.token)
    expect([stats.count, stats.repeated]).toEqual([1, 0])
  })
})

describe('inspections/stats', () => {
  it('compares the year so far with the same part of the previous year', async () => {
    setToday(w.t, '2026-06-30')
    // 2025: three inspections by 30 June, one later in the year (not compared).
    await record({ on: '2025-01-10' })
    await record({ on: '2025-03-10', uscc: OTHER_FIRM })
    await record({ on: '2025-06-30' })
    await record({ on: '2025-09-01' })
    // 2026: two inspections of one enterprise within the window.
    await record({ on: '2026-02-01' })
    await record({ on: '2026-02-20' })
    const stats = await w.t.call('inspections/stats', { year: 2026 }, w.officer.token)
    expect(stats).toEqual({
      year: 2026,
      count: 2,
      previousYearCount: 3,
      changePermille: -333,
      enterprises: 1,
      repeated: 2,
      repeatWindowDays: 30,
      from: '2026-01-01',
      to: '2026-06-30',
      previousFrom: '2025-01-01',
      previousTo: '2025-06-30'
    })
    const last = await w.t.call('inspections/stats', { year: 2025 }, w.officer.token)
    expect(last).toMatchObject({
      count: 4,
      previousYearCount: 0,
      changePermille: null,
      enterprises: 2,
      repeated: 0,
      to: '2025-12-31'
    })
  })
})
