import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { median } from './stats'
import { fineBuckets, positionBuckets, reportStats } from './report'
import { DEFAULT_REVIEW_CONFIG } from './config'
import { peer, yuan } from './review.test-support'
import type { PeerCase } from './types'

const PERIOD = { from: '2025-01-01', to: '2025-12-31' }

const normal = (i: number, position: number, over: Partial<PeerCase> = {}) =>
  peer({
    caseId: `n${i}`,
    position,
    fineFen: yuan(50_000) + Math.round(position * yuan(50_000)),
    ...over
  })

describe('reportStats', () => {
  it('groups by item, benchmark version and level, in a fixed order, within the period', () => {
    const r = reportStats(
      [
        normal(1, 0.5),
        normal(2, 0.4, { level: 'LIGHTER', position: 0.2 }),
        normal(3, 0.5, { itemCode: 'SC-AD-57-01', itemName: '广告' }),
        normal(4, 0.5, { benchmarkId: 'SC-2025' }),
        normal(5, 0.5, { decidedOn: '2024-12-31' }),
        normal(6, 0.5, { level: 'NO_PENALTY', fineFen: null, position: null })
      ],
      PERIOD
    )
    expect(r.total).toBe(5)
    expect(r.groups.map((g) => [g.itemCode, g.benchmarkId, g.level, g.count])).toEqual([
      ['SC-AD-57-01', 'SC-PLACEHOLDER-2021', 'NORMAL', 1],
      ['SC-FS-124-01-05', 'SC-2025', 'NORMAL', 1],
      ['SC-FS-124-01-05', 'SC-PLACEHOLDER-2021', 'NO_PENALTY', 1],
      ['SC-FS-124-01-05', 'SC-PLACEHOLDER-2021', 'LIGHTER', 1],
      ['SC-FS-124-01-05', 'SC-PLACEHOLDER-2021', 'NORMAL', 1]
    ])
    expect(r.byLevel).toEqual([
      { level: 'NO_PENALTY', count: 1 },
      { level: 'ORDER_CORRECTION_ONLY', count: 0 },
      { level: 'NON_PENALTY_MEASURE', count: 0 },
      { level: 'MITIGATED', count: 0 },
      { level: 'LIGHTER', count: 1 },
      { level: 'NORMAL', count: 3 },
      { level: 'HEAVIER', count: 0 }
    ])
  })

  it('summarises fines and positions, and names the outliers with their reasons', () => {
    const cases = [0.4, 0.45, 0.5, 0.5, 0.55, 0.6, 0.95].map((p, i) => normal(i, p))
    const [g] = reportStats(cases, PERIOD).groups
    expect(g?.count).toBe(7)
    expect(g?.position).toMatchObject({ n: 7, median: 0.5 })
    expect(g?.fine).toMatchObject({ n: 7, median: yuan(75_000) })
    expect(g?.outliers.map((o) => [o.caseId, o.reasons])).toEqual([
      ['n6', ['positionFromMedian', 'fineAboveFence']]
    ])
    expect(g?.outliers[0]?.othersMedian).toBe(0.5)
    expect(g?.fences?.highFen).toBeLessThan(yuan(97_500))
  })

  it('flags both of two cases far apart, as the per-case check does', () => {
    const [g] = reportStats([normal(1, 0.3), normal(2, 0.7)], PERIOD).groups
    expect(g?.outliers.map((o) => o.caseId)).toEqual(['n1', 'n2'])
    expect(g?.fences).toBeNull()
  })

  it('compares each case with the median of the others, as runChecks does', () => {
    const c = { ...DEFAULT_REVIEW_CONFIG, peer: { ...DEFAULT_REVIEW_CONFIG.peer } }
    c.peer.positionDeviationAbove = { ...c.peer.positionDeviationAbove, value: 0 }
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 2, maxLength: 12 }),
        (ps) => {
          const cases = ps.map((p, i) => normal(i, p))
          const [g] = reportStats(cases, PERIOD, c).groups
          for (const o of g?.outliers ?? []) {
            const others = cases
              .filter((x) => x.caseId !== o.caseId)
              .map((x) => x.position as number)
            expect(o.othersMedian).toBe(median(others))
          }
        }
      )
    )
  })

  it('reports which measures are dispersed', () => {
    const cases = [0.1, 0.5, 0.9].map((p, i) => normal(i, p, { finePerBase: 10 }))
    expect(reportStats(cases, PERIOD).groups[0]?.dispersed).toEqual(['position'])
  })

  it('is empty for a period without cases', () => {
    expect(reportStats([normal(1, 0.5)], { from: '2026-01-01', to: '2026-12-31' })).toMatchObject({
      total: 0,
      groups: []
    })
  })
})

describe('chart buckets', () => {
  it('bins fines into at most ten bars of a round width that cover every fine once', () => {
    const fines = [yuan(50_000), yuan(55_000), yuan(60_000), yuan(99_999), yuan(100_000)]
    const b = fineBuckets(fines, 10)
    expect(b).toHaveLength(10)
    expect(b[0]).toEqual({ fromFen: yuan(50_000), toFen: yuan(55_000), count: 1 })
    expect(b.map((x) => x.count)).toEqual([1, 1, 1, 0, 0, 0, 0, 0, 0, 2])
    expect(b[9]).toMatchObject({ fromFen: yuan(95_000), toFen: yuan(100_000) })
    expect(fineBuckets([yuan(100), yuan(1_234)], 10).map((x) => x.toFen - x.fromFen)[0]).toBe(
      yuan(200)
    )
    expect(fineBuckets([], 10)).toEqual([])
    expect(fineBuckets([12_345, 12_345], 10)).toEqual([
      { fromFen: 12_300, toFen: 12_400, count: 2 }
    ])
  })

  it('bins positions by tenths, with 减轻 below and over-maximum above', () => {
    const b = positionBuckets([-0.2, 0, 0.3, 0.29999, 0.4 - 0.1, 0.7, 1, 1.2])
    expect(b.map((x) => x.count)).toEqual([1, 1, 0, 1, 2, 0, 0, 0, 1, 0, 1, 1])
    expect(b[0]).toMatchObject({ from: null, to: 0 })
    expect(b[11]).toMatchObject({ from: 1, to: null })
  })
})
