// What the bulk seed writes for one case besides the case itself: the benchmark evaluation, the
// recorded lifecycle actions, fine payments and the education record, each with the user who records
// it and when. The same plan can be replayed through the handlers (the seed tests do), so every field
// here is one a handler would have written.
import type { LifecycleAction } from '../../../core/lifecycle/actions'
import type { CaseProgress } from '../../../core/lifecycle/progress'
import type { Evaluation } from '../../../core/discretion/result-types'
import type { EngineFacts, StoredEvaluation } from './evaluation-memo'

/** Who records a step: the case's first officer, the unit's head (负责人) or its legal reviewer. */
export type Recorder = 'officer' | 'head' | 'reviewer'

export type PlannedAct = { action: LifecycleAction; by: Recorder; atMs: number }

export type PlannedPayment = {
  paidOn: string
  amountFen: number
  receiptNo: string
  note: string
  /** Index in the plan's payments of the entry this one reverses. */
  reverses: number | null
  atMs: number
}

export type PlannedEvaluation = {
  facts: EngineFacts
  stored: StoredEvaluation
  /** The stored result's reading (the same for every case of its memo key). */
  result: Evaluation
  priorViolations: number
  atMs: number
}

export type PlannedRevocation = {
  on: string
  authority: 'reconsideration' | 'litigation' | 'selfCorrection'
  reason: string
  atMs: number
}

export type CasePlan = {
  evaluation: PlannedEvaluation | null
  acts: PlannedAct[]
  payments: PlannedPayment[]
  revocation: PlannedRevocation | null
  /** The fold of `acts`, from the case as created. */
  progress: CaseProgress
  /** The last write that refreshed the stored due dates (an act or a payment), or null. */
  refreshedMs: number | null
  /** The last write that touched the case row (rev + 1): the evaluation or an act. */
  touchedMs: number | null
  /** A guard refused a planned step (the case stays where it stood); for the report. */
  stoppedBy: string | null
}
