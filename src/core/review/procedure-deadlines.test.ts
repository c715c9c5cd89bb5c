import { describe, expect, it } from 'vitest'
import { shippedCalendar } from '../clocks/calendar.test-support'
import { decisionDeadline } from '../clocks/decision'
import { decisionPauses, type CaseProgress } from '../lifecycle/progress'
import { checkProcedureDeadlines, decisionDueOn } from './procedure-deadlines'
import { DEFAULT_REVIEW_CONFIG as config } from './config'
import { codes, fine, only, progress, subject, yuan } from './review.test-support'
import type { ReviewProcedure, ReviewSubject } from './types'

const run = (p: Partial<CaseProgress>, asOf: string, procedure: Partial<ReviewProcedure> = {}) => {
  const base = subject({ asOf })
  const s: ReviewSubject = {
    ...base,
    procedure: { ...base.procedure, progress: progress(p), ...procedure }
  }
  return checkProcedureDeadlines({ subject: s, peers: [], config })
}

// Filed 2025-03-01: the 90 days end on 2025-05-30.
const decided = (on: string) => ({
  status: 'DECIDED' as const,
  decision: {
    on,
    outcome: 'penalty' as const,
    procedure: 'ordinary' as const,
    penalty: fine(yuan(75_000))
  }
})

describe('decision within 90 days (APL Art. 60)', () => {
  it('flags a pending case from the day after the last day', () => {
    expect(run({}, '2025-05-30')).toEqual([])
    const f = only(run({}, '2025-05-31'))
    expect(f).toMatchObject({ code: 'PROCEDURE_DECISION_OVERDUE', severity: 'flag' })
    expect(f.evidence).toMatchObject({ dueOn: '2025-05-30', decidedOn: null, pausedDays: 0 })
    expect(f.message).toBe(
      '办案期限已于2025年5月30日届满，尚未作出决定；请核查是否经批准延期，或者尽快依法作出决定。'
    )
  })

  it('flags a decision made after the last day', () => {
    expect(run(decided('2025-05-30'), '2025-07-01')).toEqual([])
    expect(only(run(decided('2025-05-31'), '2025-07-01')).evidence.decidedOn).toBe('2025-05-31')
  })

  it('adds an approved extension and uncounted days, citing the market-regulation rule', () => {
    expect(run({ extension30: true }, '2025-06-29')).toEqual([])
    const f = only(run({ extension30: true }, '2025-06-30'))
    expect(f.evidence.dueOn).toBe('2025-06-29')
    expect(f.citations.map((c) => c.law)).toContain('市场监督管理行政处罚程序规定')
    const paused = { pauses: [{ firstDay: '2025-04-01', lastDay: '2025-04-10', reason: '中止' }] }
    expect(run(paused, '2025-06-09')).toEqual([])
    expect(only(run(paused, '2025-06-10')).evidence).toMatchObject({
      dueOn: '2025-06-09',
      pausedDays: 10
    })
  })

  it('stops while suspended and after the case left the decision stages', () => {
    expect(run({ suspendedSince: '2025-05-01' }, '2025-08-01')).toEqual([])
    expect(run({ status: 'TRANSFERRED' }, '2025-08-01')).toEqual([])
  })

  it('computes the same last day as the clocks (decisionDeadline, last day kept)', () => {
    const cal = shippedCalendar()
    const cases: Partial<CaseProgress>[] = [
      {},
      { extension30: true, furtherExtensionDays: 15 },
      { pauses: [{ firstDay: '2025-03-10', lastDay: '2025-03-20' }] },
      {
        hearing: {
          requestedOn: '2025-04-03',
          noticeOn: null,
          hearingOn: null,
          heldOn: '2025-04-20',
          abandonedOn: null
        }
      }
    ]
    for (const over of cases) {
      const p = progress(over)
      const want = decisionDeadline(cal, {
        filedOn: '2025-03-01',
        pauses: decisionPauses(p, '2025-09-01'),
        extension30: p.extension30,
        furtherExtensionDays: p.furtherExtensionDays
      })
      expect(want.ok && want.value.due).toBe(decisionDueOn(p, '2025-09-01', config)?.due)
    }
  })
})

describe('service and publication', () => {
  const served = (on: string) => ({
    ...decided('2025-05-01'),
    service: { on, method: 'mail' as const }
  })
  const dues = { serviceDueOn: '2025-05-12', publicationDueOn: '2025-05-29' }

  it('accepts service and publication on the last day', () => {
    expect(run({ ...served('2025-05-12'), publishedOn: '2025-05-29' }, '2025-07-01', dues)).toEqual(
      []
    )
  })

  it('flags late service and late publication', () => {
    const flags = run({ ...served('2025-05-13'), publishedOn: '2025-05-30' }, '2025-07-01', dues)
    expect(codes(flags)).toEqual(['PROCEDURE_SERVICE_LATE', 'PROCEDURE_PUBLICATION_LATE'])
    expect(flags[0]?.message).toBe(
      '行政处罚决定书于2025年5月13日送达，晚于送达期限届满日2025年5月12日；请核查迟延原因并记录。'
    )
    expect(flags[1]?.citations[0]?.law).toBe('市场监督管理行政处罚信息公示规定')
  })

  it('flags what is still not done after its last day', () => {
    expect(run(decided('2025-05-01'), '2025-05-12', dues)).toEqual([])
    const flags = run(decided('2025-05-01'), '2025-05-30', dues)
    expect(codes(flags)).toEqual(['PROCEDURE_SERVICE_LATE', 'PROCEDURE_PUBLICATION_LATE'])
    expect(flags[0]?.message).toBe(
      '行政处罚决定书尚未送达，送达期限已于2025年5月12日届满；请尽快依法送达。'
    )
  })

  it('has nothing to check without due dates', () => {
    expect(run(decided('2025-05-01'), '2026-01-01')).toEqual([])
  })
})
