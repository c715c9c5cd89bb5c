// Shapes the review handlers return.
import type { ConsistencyReport } from '../core/review/report'
import type { ReviewFlag } from '../core/review/flag'
import type { ReviewCheckpoint } from '../core/review/types'
import type { ReviewVerdict } from './schemas/review'
import type { CaseSummary, OfficerView } from './views'

export type ReviewVerdictView = {
  verdict: ReviewVerdict
  reason: string
  by: OfficerView
  at: string
}

export type ReviewFlagView = ReviewFlag & { verdict: ReviewVerdictView | null }

export type CaseReviewView = {
  caseId: string
  caseNumber: string
  /** The step the checks look ahead to: the notice, the decision, or a decided case. */
  checkpoint: ReviewCheckpoint
  flags: ReviewFlagView[]
  /** Decided cases of the same item, benchmark and level in the last 12 months. */
  peerCount: number
  /** Why the case needs 法制审核, or null. */
  reviewRequired: string | null
  /** Why the checks could not run (e.g. no benchmark evaluation yet), or null. */
  problem: string | null
}

export type ReviewQueueItem = CaseSummary & {
  reason: string
  flags: { block: number; flag: number; warning: number }
  /** Flags of severity block or flag without a verdict. */
  unanswered: number
}

export type ConsistencyReportView = ConsistencyReport & {
  unitCode: string
  generatedAt: string
  /** 罚没收入 from the payments ledger: the report's year up to its end date, and the same span a
   * year before — a control figure, never a target. */
  revenue: { thisYearFen: number; lastYearFen: number; flags: ReviewFlag[] }
}
