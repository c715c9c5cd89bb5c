// The consistency report per period and item (issue 5 §4): for each violation item, benchmark version
// and level, the count, the distribution of fines (for a bar chart) and of positions in the range,
// the dispersion, and the outlying cases with the reason each is one. A case is an outlier when its
// position is far from the median of the others in its group (the PEER_OUTLIER rule, over the period
// instead of a rolling window), or its fine lies outside Tukey's fences of the group.
import type { OutcomeLevel } from '../discretion/result-types'
import { DEFAULT_REVIEW_CONFIG, type PeerMeasure, type ReviewConfig } from './config'
import { exceeds, TOLERANCE } from './exact'
import { sortedAscending, summarize, type Summary } from './stats'
import type { PeerCase } from './types'

/** Both days included. */
export type ReportPeriod = { from: string; to: string }

/** [fromFen, toFen): one bar of the fine chart (the last bar also holds toFen). */
export type FineBucket = { fromFen: number; toFen: number; count: number }

/** [from, to) of the position; null ends are open (below 0 = 减轻, above 1 = over the maximum). The
 * last decile includes 1 (顶格). */
export type PositionBucket = { from: number | null; to: number | null; count: number }

export type OutlierReason = 'positionFromMedian' | 'fineBelowFence' | 'fineAboveFence'

export type ReportOutlier = {
  caseId: string
  caseNumber: string | null
  unitCode: string
  decidedOn: string
  fineFen: number | null
  position: number | null
  /** Median position of the other cases of the group; null when not compared. */
  othersMedian: number | null
  reasons: OutlierReason[]
}

export type GroupReport = {
  itemCode: string
  itemName: string
  benchmarkId: string
  level: OutcomeLevel
  count: number
  fine: Summary | null
  position: Summary | null
  finePerBase: Summary | null
  fineBuckets: FineBucket[]
  positionBuckets: PositionBucket[]
  /** Tukey fences on the fine; null for groups below report.minGroupForFences. */
  fences: { lowFen: number; highFen: number } | null
  /** Measures whose coefficient of variation exceeds peer.cvAbove. */
  dispersed: PeerMeasure[]
  outliers: ReportOutlier[]
}

export type ConsistencyReport = {
  period: ReportPeriod
  total: number
  byLevel: { level: OutcomeLevel; count: number }[]
  groups: GroupReport[]
}

const LEVEL_ORDER: Record<OutcomeLevel, number> = {
  NO_PENALTY: 0,
  ORDER_CORRECTION_ONLY: 1,
  NON_PENALTY_MEASURE: 2,
  MITIGATED: 3,
  LIGHTER: 4,
  NORMAL: 5,
  HEAVIER: 6
}
const LEVELS = (Object.keys(LEVEL_ORDER) as OutcomeLevel[]).sort(
  (a, b) => LEVEL_ORDER[a] - LEVEL_ORDER[b]
)

function values<T>(xs: readonly T[], f: (x: T) => number | null): number[] {
  return xs.flatMap((x) => {
    const v = f(x)
    return v === null ? [] : [v]
  })
}

/** 1, 2 or 5 times a power of ten, at least `x` (x ≥ 1): bar widths a reader can add up. */
function niceCeil(x: number): number {
  let p = 1
  while (p * 10 <= x) p *= 10
  for (const m of [1, 2, 5]) if (m * p >= x) return m * p
  return 10 * p
}

/** At most `bars` equal bars of a round number of yuan, from the lowest fine rounded down to the yuan;
 * the last bar includes its upper edge, so the highest fine never needs a bar of its own. */
export function fineBuckets(fines: readonly number[], bars: number): FineBucket[] {
  if (fines.length === 0) return []
  const sorted = sortedAscending(fines)
  const min = sorted[0] as number
  const max = sorted[sorted.length - 1] as number
  const start = Math.floor(min / 100) * 100
  const spanYuan = Math.ceil((max - start) / 100)
  const width = niceCeil(Math.max(1, spanYuan / Math.max(1, bars))) * 100
  const n = Math.max(1, Math.ceil((max - start) / width))
  const buckets = Array.from({ length: n }, (_, i) => ({
    fromFen: start + i * width,
    toFen: start + (i + 1) * width,
    count: 0
  }))
  for (const f of sorted) {
    ;(buckets[Math.min(n - 1, Math.floor((f - start) / width))] as FineBucket).count++
  }
  return buckets
}

export function positionBuckets(positions: readonly number[]): PositionBucket[] {
  const buckets: PositionBucket[] = [
    { from: null, to: 0, count: 0 },
    ...Array.from({ length: 10 }, (_, i) => ({ from: i / 10, to: (i + 1) / 10, count: 0 })),
    { from: 1, to: null, count: 0 }
  ]
  for (const p of positions) {
    // The tolerance keeps 0.3 (a ratio of fen that prints as 0.3) in the 30–40 % bar.
    const i = p < 0 ? 0 : p > 1 ? 11 : 1 + Math.min(9, Math.floor(p * 10 + TOLERANCE))
    ;(buckets[i] as PositionBucket).count++
  }
  return buckets
}

/** Median of ascending `sorted` without its element at `skip` (type 7, as stats.ts). */
function medianWithout(sorted: readonly number[], skip: number): number {
  const m = sorted.length - 1
  const at = (j: number) => sorted[j < skip ? j : j + 1] as number
  if (m % 2 === 1) return at((m - 1) / 2)
  // The same arithmetic as quartile(…, 2), so that both give the same double.
  const lo = at(m / 2 - 1)
  return lo + (2 * (at(m / 2) - lo)) / 4
}

function groupReport(cases: readonly PeerCase[], config: ReviewConfig): GroupReport {
  const first = cases[0] as PeerCase
  const fines = values(cases, (c) => c.fineFen)
  const fine = summarize(fines)
  const positions = values(cases, (c) => c.position)
  const k = config.report.fenceK.value
  const fences =
    fine !== null && fine.n >= config.report.minGroupForFences.value
      ? { lowFen: fine.q1 - k * fine.iqr, highFen: fine.q3 + k * fine.iqr }
      : null

  // Leave-one-out medians of the positions, as the PEER_OUTLIER check compares a case with others.
  const ranked = cases.flatMap((c) =>
    c.position === null ? [] : [{ id: c.caseId, pos: c.position }]
  )
  ranked.sort((a, b) => a.pos - b.pos)
  const sortedPos = ranked.map((r) => r.pos)
  const othersMedian = new Map<string, number>()
  if (ranked.length - 1 >= Math.max(1, config.peer.minPeers.value)) {
    ranked.forEach((r, rank) => othersMedian.set(r.id, medianWithout(sortedPos, rank)))
  }

  const threshold = config.peer.positionDeviationAbove.value
  const outliers: ReportOutlier[] = []
  for (const c of cases) {
    const reasons: OutlierReason[] = []
    const med = othersMedian.get(c.caseId) ?? null
    if (c.position !== null && med !== null && exceeds(Math.abs(c.position - med), threshold)) {
      reasons.push('positionFromMedian')
    }
    if (fences && c.fineFen !== null && c.fineFen < fences.lowFen) reasons.push('fineBelowFence')
    if (fences && c.fineFen !== null && c.fineFen > fences.highFen) reasons.push('fineAboveFence')
    if (reasons.length > 0) {
      outliers.push({
        caseId: c.caseId,
        caseNumber: c.caseNumber,
        unitCode: c.unitCode,
        decidedOn: c.decidedOn,
        fineFen: c.fineFen,
        position: c.position,
        othersMedian: med,
        reasons
      })
    }
  }

  const position = summarize(positions)
  const finePerBase = summarize(values(cases, (c) => c.finePerBase))
  const cvAbove = config.peer.cvAbove.value
  const minN = Math.max(2, config.peer.minPeersForDispersion.value)
  const dispersed = config.peer.measures.value.filter((m) => {
    const s = m === 'position' ? position : finePerBase
    return s !== null && s.n >= minN && s.cv !== null && exceeds(s.cv, cvAbove)
  })

  return {
    itemCode: first.itemCode,
    itemName: first.itemName,
    benchmarkId: first.benchmarkId,
    level: first.level,
    count: cases.length,
    fine,
    position,
    finePerBase,
    fineBuckets: fineBuckets(fines, config.report.fineBuckets.value),
    positionBuckets: positionBuckets(positions),
    fences,
    dispersed,
    outliers
  }
}

/** Code-point order: deterministic, unlike localeCompare, whose order depends on the ICU data. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

/** The report over the cases decided in `period`. Cases of several units may be mixed: groups are by
 * item, benchmark version and level only, as the peer checks compare across units. */
export function reportStats(
  cases: readonly PeerCase[],
  period: ReportPeriod,
  config: ReviewConfig = DEFAULT_REVIEW_CONFIG
): ConsistencyReport {
  const inPeriod = cases.filter((c) => c.decidedOn >= period.from && c.decidedOn <= period.to)
  const groups = new Map<string, PeerCase[]>()
  for (const c of inPeriod) {
    const key = JSON.stringify([c.itemCode, c.benchmarkId, c.level])
    const g = groups.get(key)
    if (g) g.push(c)
    else groups.set(key, [c])
  }
  const reports = [...groups.values()].map((g) => groupReport(g, config))
  reports.sort(
    (a, b) =>
      compareText(a.itemCode, b.itemCode) ||
      compareText(a.benchmarkId, b.benchmarkId) ||
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level]
  )
  return {
    period,
    total: inPeriod.length,
    byLevel: LEVELS.map((level) => ({
      level,
      count: inPeriod.filter((c) => c.level === level).length
    })),
    groups: reports
  }
}
