// The figures of one period as reported: the tally plus the supervision figures. Shared by the
// dashboard, the exports and the CLI through the rows below.
import type { LossCategory } from '../enterprise/vocabulary'
import type { CaseMetric } from './metrics'
import type { Amounts } from './tally'

export type StatisticsFigures = {
  counts: Record<CaseMetric, number>
  amounts: Amounts
  averageDaysToDecision: number | null
  fastTrackPermille: number | null
  fastTrackAverageDays: number | null
  closedPermille: number | null
  /** 罚没金额 of the same period a year earlier and the change: a control metric, never a target
   * (国办发〔2022〕27号); a rise above the threshold is flagged for 实地核查 (domain.md §7.3). */
  revenue: {
    previousFen: number
    changePermille: number | null
    warning: boolean
    thresholdPermille: number
  }
  losses: { totalFen: number; byCategory: { category: LossCategory; amountFen: number }[] }
  clues: { received: number; handled: number; overdue: number; referred: number }
  inspections: { count: number; previousYearCount: number; changePermille: number | null }
}
