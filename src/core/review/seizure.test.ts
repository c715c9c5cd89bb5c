import { describe, expect, it } from 'vitest'
import { checkSeizures } from './seizure'
import { config, only, subject } from './review.test-support'
import type { Seizure } from './types'

const run = (seizures: Seizure[], asOf: string, c = config()) =>
  checkSeizures({ subject: subject({ seizures, asOf }), peers: [], config: c })
const seized = (over: Partial<Seizure> = {}): Seizure => ({
  startedOn: '2025-03-01',
  extensionApproved: false,
  testing: [],
  releasedOn: null,
  ...over
})

describe('查封、扣押 time limit (行政强制法 Art. 25)', () => {
  it('allows 30 days after the start day, and flags goods still held on day 31', () => {
    expect(run([seized()], '2025-03-31')).toEqual([])
    const f = only(run([seized()], '2025-04-01'))
    expect(f).toMatchObject({ code: 'SEIZURE_OVERDUE', severity: 'flag', rule: 'seizure' })
    expect(f.evidence).toMatchObject({ dueOn: '2025-03-31', heldDays: 31, allowedDays: 30 })
    expect(f.citations[0]).toMatchObject({ law: '中华人民共和国行政强制法', article: '第二十五条' })
    expect(f.message).toBe(
      '2025年3月1日实施的查封、扣押至今未解除，期限（30日，未记录经负责人批准延长）已于2025年3月31日届满；请立即依法解除，或者核查延长审批（延长不得超过30日）。'
    )
  })

  it('flags goods released late, and not those released on the last day', () => {
    expect(run([seized({ releasedOn: '2025-03-31' })], '2025-06-01')).toEqual([])
    expect(
      only(run([seized({ releasedOn: '2025-04-01' })], '2025-06-01')).evidence.releasedOn
    ).toBe('2025-04-01')
  })

  it('allows 60 days in all with an approved extension, never more', () => {
    const ext = seized({ extensionApproved: true })
    expect(run([ext], '2025-04-30')).toEqual([])
    const f = only(run([ext], '2025-05-01'))
    expect(f.evidence).toMatchObject({ dueOn: '2025-04-30', allowedDays: 60 })
    expect(f.message).toContain('含经批准延长的30日共60日')
  })

  it('does not count testing and appraisal days', () => {
    const tested = seized({ testing: [{ firstDay: '2025-03-10', lastDay: '2025-03-14' }] })
    expect(run([tested], '2025-04-05')).toEqual([])
    expect(only(run([tested], '2025-04-06')).evidence).toMatchObject({
      dueOn: '2025-04-05',
      testingDays: 5
    })
  })

  it('takes its periods from the configuration and reports each seizure by index', () => {
    const c = config((x) => {
      x.seizure.days = { ...x.seizure.days, value: 15 }
    })
    const flags = run(
      [seized({ releasedOn: '2025-03-10' }), seized({ startedOn: '2025-03-05' })],
      '2025-03-21',
      c
    )
    expect(flags.map((f) => f.evidence.index)).toEqual([1])
  })
})
