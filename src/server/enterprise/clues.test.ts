import { beforeEach, describe, expect, it } from 'vitest'
import type { Input } from '../../shared/api'
import {
  clueInput,
  FIRM,
  handledClue,
  lossInput,
  makeWorld,
  OTHER_FIRM,
  setToday,
  type EnterpriseWorld
} from './enterprise.test-support'

let w: EnterpriseWorld

beforeEach(async () => {
  w = await makeWorld()
})

const count = (table: string) =>
  (w.t.server.deps.db.prepare(`SELECT COUNT(*) AS n FROM ${table}`).get() as { n: number }).n

async function refusal(promise: Promise<unknown>): Promise<{ code: string; message: string }> {
  const error = (await promise.then(
    () => null,
    (e: unknown) => e
  )) as { body?: { code: string; message: string } } | null
  if (!error?.body) throw new Error('expected a refusal')
  return error.body
}

describe('clues/register', () => {
  it('numbers clues per unit and year and applies the default deadline', async () => {
    const first = await w.t.call('clues/register', clueInput(), w.officer.token)
    const second = await w.t.call(
      'clues/register',
      clueInput({ deadlineOn: '2026-03-05' }),
      w.officer.token
    )
    expect(first.clueNumber).toBe('汉阳市监线索〔2026〕1号')
    expect(second.clueNumber).toBe('汉阳市监线索〔2026〕2号')
    // Unit default: 15 days after receipt.
    expect(first).toMatchObject({
      deadlineOn: '2026-03-17',
      status: 'registered',
      overdue: false,
      referred: false,
      recoveredFen: 0,
      rev: 1,
      steps: [],
      nextSteps: ['transfer', 'urge', 'refer']
    })
    expect(second.deadlineOn).toBe('2026-03-05')
    setToday(w.t, '2027-01-05')
    const next = await w.t.call(
      'clues/register',
      clueInput({ receivedOn: '2027-01-04' }),
      w.officer.token
    )
    expect(next.clueNumber).toBe('汉阳市监线索〔2027〕1号')
  })

  it('refuses a future receipt or a deadline before it, writing nothing', async () => {
    const before = count('enterprise_clues')
    const future = await refusal(
      w.t.call('clues/register', clueInput({ receivedOn: '2026-03-03' }), w.officer.token)
    )
    expect(future).toMatchObject({ code: 'REFUSED' })
    expect(future.message).toContain('不能晚于今天')
    const early = await refusal(
      w.t.call('clues/register', clueInput({ deadlineOn: '2026-03-01' }), w.officer.token)
    )
    expect(early.code).toBe('REFUSED')
    expect(count('enterprise_clues')).toBe(before)
  })
})

describe('clues/step', () => {
  it('takes a clue through 转办, 督办, 办结, 反馈 and 移送, rewriting the derived columns', async () => {
    const handled = await handledClue(w)
    expect(handled).toMatchObject({
      status: 'handled',
      handledOn: '2026-03-10',
      finding: 'substantiated',
      deadlineOn: '2026-03-16',
      rev: 3,
      nextSteps: ['feedback', 'refer']
    })
    expect(handled.steps.map((s) => [s.kind, s.createdBy])).toEqual([
      ['transfer', 'zhangwei'],
      ['handle', 'zhangwei']
    ])
    const fed = await w.t.call(
      'clues/step',
      {
        kind: 'feedback',
        clueId: handled.id,
        rev: handled.rev,
        on: '2026-03-10',
        note: '电话告知'
      },
      w.officer.token
    )
    const referred = await w.t.call(
      'clues/step',
      {
        kind: 'refer',
        clueId: fed.id,
        rev: fed.rev,
        on: '2026-03-10',
        note: '涉嫌违纪',
        toAgency: '区纪委监委'
      },
      w.officer.token
    )
    expect(referred).toMatchObject({ status: 'closed', referred: true, nextSteps: [] })
    const audit = w.t.server.deps.db
      .prepare("SELECT action FROM audit_log WHERE entity = 'enterpriseClue' ORDER BY seq")
      .all()
    expect(audit).toHaveLength(5)
  })

  it('urging moves the deadline; an overdue clue is listed as overdue until handled', async () => {
    const clue = await w.t.call('clues/register', clueInput(), w.officer.token)
    setToday(w.t, '2026-03-18')
    const list = await w.t.call('clues/list', { status: 'overdue' }, w.officer.token)
    expect(list.map((c) => [c.id, c.overdue])).toEqual([[clue.id, true]])
    const urged = await w.t.call(
      'clues/step',
      {
        kind: 'urge',
        clueId: clue.id,
        rev: clue.rev,
        on: '2026-03-18',
        note: '督促',
        deadlineOn: '2026-03-25'
      },
      w.officer.token
    )
    expect(urged).toMatchObject({ deadlineOn: '2026-03-25', overdue: false, status: 'registered' })
    expect(await w.t.call('clues/list', { status: 'overdue' }, w.officer.token)).toEqual([])
    expect(await w.t.call('clues/list', { status: 'open' }, w.officer.token)).toHaveLength(1)
    expect(await w.t.call('clues/list', { status: 'handled' }, w.officer.token)).toEqual([])
  })

  it('refuses a stale rev with CONFLICT and a missing step in Chinese, writing nothing', async () => {
    const clue = await w.t.call('clues/register', clueInput(), w.officer.token)
    const handle: Input<'clues/step'> = {
      kind: 'handle',
      clueId: clue.id,
      rev: clue.rev,
      on: '2026-03-02',
      note: '办结',
      finding: 'partly'
    }
    const steps = count('clue_steps')
    const audit = count('audit_log')
    const missing = await refusal(w.t.call('clues/step', handle, w.officer.token))
    expect(missing).toEqual({
      code: 'REFUSED',
      message: '线索尚未转办，不能办结：请先记录“转办”。'
    })
    const stale = await refusal(w.t.call('clues/step', { ...handle, rev: 7 }, w.officer.token))
    expect(stale.code).toBe('CONFLICT')
    const unknown = await refusal(
      w.t.call(
        'clues/step',
        { ...handle, clueId: '01900000-0000-7000-8000-000000000000' },
        w.officer.token
      )
    )
    expect(unknown.code).toBe('NOT_FOUND')
    expect([count('clue_steps'), count('audit_log')]).toEqual([steps, audit])
    expect(await w.t.call('clues/get', { clueId: clue.id }, w.officer.token)).toMatchObject({
      rev: 1,
      status: 'registered'
    })
  })
})

describe('clues/list and clues/get', () => {
  it('filters by enterprise and shows the net recovered losses of a clue', async () => {
    const handled = await handledClue(w)
    await w.t.call('clues/register', clueInput({ uscc: OTHER_FIRM }), w.officer.token)
    const entry = await w.t.call('losses/record', lossInput(handled.id), w.officer.token)
    await w.t.call(
      'losses/reverse',
      { entryId: entry.id, amountFen: 5_000_000, on: '2026-03-10', reason: '实际退还10万元' },
      w.officer.token
    )
    const mine = await w.t.call('clues/list', { uscc: FIRM }, w.officer.token)
    expect(mine.map((c) => [c.id, c.recoveredFen])).toEqual([[handled.id, 10_000_000]])
    expect(await w.t.call('clues/list', {}, w.officer.token)).toHaveLength(2)
    const got = await w.t.call('clues/get', { clueId: handled.id }, w.partner.token)
    expect(got.recoveredFen).toBe(10_000_000)
  })
})
