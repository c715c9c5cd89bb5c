import { describe, expect, it } from 'vitest'
import { LOSS_CATEGORIES } from '../enterprise/vocabulary'
import { figureAdjustments } from './adjustments'
import type { StatisticsFigures } from './figures'
import { CASE_METRICS, type CaseMetric } from './metrics'

function figures(): StatisticsFigures {
  return {
    counts: Object.fromEntries(CASE_METRICS.map((m) => [m, 0])) as Record<CaseMetric, number>,
    amounts: {
      finesAndConfiscationsFen: 0,
      fineFen: 0,
      confiscationFen: 0,
      publicServiceOffsetFen: 0,
      publicServiceHoursTenths: 0,
      publicServicePointsTenths: 0
    },
    averageDaysToDecision: null,
    fastTrackPermille: null,
    fastTrackAverageDays: null,
    closedPermille: null,
    revenue: { previousFen: 0, changePermille: null, warning: false, thresholdPermille: 300 },
    losses: {
      totalFen: 0,
      byCategory: LOSS_CATEGORIES.map((category) => ({ category, amountFen: 0 }))
    },
    clues: { received: 0, handled: 0, overdue: 0, referred: 0 },
    inspections: { count: 0, previousYearCount: 0, changePermille: null }
  }
}

describe('figureAdjustments', () => {
  it('lists nothing when nothing changed', () => {
    expect(figureAdjustments(figures(), figures())).toEqual([])
  })

  it('lists each changed printed figure once, under its KPI name, with the difference', () => {
    const frozen = figures()
    frozen.counts.decided = 10
    frozen.counts.penaltyDecisions = 8
    frozen.counts['penalty.fine'] = 8
    const live = figures()
    live.counts.decided = 9
    live.counts.penaltyDecisions = 7
    live.counts['penalty.fine'] = 7
    live.averageDaysToDecision = 12.5
    live.revenue.warning = true
    expect(figureAdjustments(frozen, live)).toEqual([
      { key: 'decided', label: '作出决定数', kind: 'count', frozen: 10, live: 9, delta: -1 },
      {
        key: 'penaltyDecisions',
        label: '行政处罚决定数',
        kind: 'count',
        frozen: 8,
        live: 7,
        delta: -1
      },
      {
        key: 'averageDays',
        label: '平均办案时效（立案至决定，日）',
        kind: 'days',
        frozen: null,
        live: 12.5,
        delta: null
      },
      {
        key: 'revenueWarning',
        label: '同比增长超过30%预警',
        kind: 'flag',
        frozen: 0,
        live: 1,
        delta: null
      },
      { key: 'penalty.fine', label: '罚款', kind: 'count', frozen: 8, live: 7, delta: -1 }
    ])
  })
})
