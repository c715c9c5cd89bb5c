// Period statistics of one unit (or of several, consolidated): case counts per metric, the amounts
// stated in decisions, public-service hours and offsets, and the averages, all from CaseFacts.
import { CASE_METRICS, metricDate, type CaseMetric, type CountingOptions } from './metrics'
import type { CaseFact } from './case-fact'
import { inPeriod, type Period } from './period'
import { daysBetween } from '../discretion/dates'
import { average, permille } from './ratios'

export type Amounts = {
  /** 罚没金额: fines plus confiscations whose value the decision states (domain.md §7.1). */
  finesAndConfiscationsFen: number
  fineFen: number
  confiscationFen: number
  publicServiceOffsetFen: number
  publicServiceHoursTenths: number
  publicServicePointsTenths: number
}

export type PeriodTally = {
  period: Period
  counts: Record<CaseMetric, number>
  amounts: Amounts
  /** Mean calendar days from filing to decision over the period's decisions with a filing date. */
  averageDaysToDecision: number | null
  /** Decisions on the fast track per mille of all decisions; null without decisions. */
  fastTrackPermille: number | null
  /** Mean calendar days from filing to decision of the fast-track decisions with a filing date. */
  fastTrackAverageDays: number | null
  /** Of the cases filed in the period, per mille closed by the period's end; null when none. */
  closedPermille: number | null
}

function zeroCounts(): Record<CaseMetric, number> {
  const out = {} as Record<CaseMetric, number>
  for (const m of CASE_METRICS) out[m] = 0
  return out
}

export function tally(facts: Iterable<CaseFact>, period: Period, o: CountingOptions): PeriodTally {
  const counts = zeroCounts()
  const amounts: Amounts = {
    finesAndConfiscationsFen: 0,
    fineFen: 0,
    confiscationFen: 0,
    publicServiceOffsetFen: 0,
    publicServiceHoursTenths: 0,
    publicServicePointsTenths: 0
  }
  let days = 0
  let timed = 0
  let fastDays = 0
  let fastTimed = 0
  let filedClosed = 0
  for (const f of facts) {
    for (const m of CASE_METRICS) if (inPeriod(metricDate(f, m, o), period)) counts[m]++
    if (inPeriod(f.filedOn, period) && f.closedOn !== null && f.closedOn <= period.to) filedClosed++
    if (!inPeriod(metricDate(f, 'decided', o), period)) continue
    const d = f.decision
    if (d?.outcome === 'penalty') {
      const fine = d.penalty.fineFen ?? 0
      const confiscation = d.penalty.confiscationFen ?? 0
      amounts.fineFen += fine
      amounts.confiscationFen += confiscation
      amounts.finesAndConfiscationsFen += fine + confiscation
    }
    if (f.publicService) {
      amounts.publicServiceOffsetFen += f.publicService.offsetFen
      amounts.publicServiceHoursTenths += f.publicService.hoursTenths
      amounts.publicServicePointsTenths += f.publicService.pointsTenths
    }
    if (f.filedOn !== null && f.decidedOn !== null) {
      const d = daysBetween(f.filedOn, f.decidedOn)
      days += d
      timed++
      if (inPeriod(metricDate(f, 'fastTrack', o), period)) {
        fastDays += d
        fastTimed++
      }
    }
  }
  return {
    period,
    counts,
    amounts,
    averageDaysToDecision: average(days, timed),
    fastTrackPermille: permille(counts.fastTrack, counts.decided),
    fastTrackAverageDays: average(fastDays, fastTimed),
    closedPermille: permille(filedClosed, counts.filed)
  }
}

/** The cases behind one figure: exactly those `tally` counted for it. */
export function drillDown(
  facts: Iterable<CaseFact>,
  metric: CaseMetric,
  period: Period,
  o: CountingOptions
): CaseFact[] {
  const out: CaseFact[] = []
  for (const f of facts) if (inPeriod(metricDate(f, metric, o), period)) out.push(f)
  return out
}
