// What the enterprise-supervision handlers return: clues with their steps, ledger entries and totals,
// inspections with their repeat flag, and the period statistics built from them.
import type {
  ClueChannel,
  ClueFinding,
  ClueProblemType,
  ClueStatus,
  ClueStepKind,
  LossCategory
} from '../core/enterprise/vocabulary'
import type { InspectionResult } from '../core/enterprise/inspections'

export type ClueStepView = {
  id: string
  kind: ClueStepKind
  on: string
  toAgency: string | null
  deadlineOn: string | null
  finding: ClueFinding | null
  note: string
  createdBy: string
  createdAt: string
}

export type ClueView = {
  id: string
  clueNumber: string
  receivedOn: string
  channel: ClueChannel
  reporter: string
  uscc: string
  enterpriseName: string
  agency: string
  problemType: ClueProblemType
  amountFen: number | null
  summary: string
  deadlineOn: string
  status: ClueStatus
  handledOn: string | null
  finding: ClueFinding | null
  referred: boolean
  /** Not handled and the deadline has passed (Beijing date of the request). */
  overdue: boolean
  /** Net recovered losses linked to the clue (entries minus reversals). */
  recoveredFen: number
  rev: number
}

export type ClueDetailView = ClueView & { steps: ClueStepView[]; nextSteps: ClueStepKind[] }

export type LossEntryView = {
  id: string
  uscc: string
  enterpriseName: string
  category: LossCategory
  /** Positive for an entry, negative for a reversal. */
  amountFen: number
  on: string
  caseId: string | null
  caseNumber: string | null
  clueId: string | null
  clueNumber: string | null
  evidence: string
  note: string
  reversesId: string | null
  duplicateOf: string | null
  /** For an original entry: what reversals have not yet taken back. */
  remainingFen: number | null
  createdBy: string
  createdAt: string
}

export type LossHistoryView = {
  entries: LossEntryView[]
  totalFen: number
}

export type LossTotalsView = {
  from: string
  to: string
  totalFen: number
  byCategory: { category: LossCategory; amountFen: number; entries: number }[]
  byUnit: { unitCode: string; amountFen: number }[]
}

export type InspectionView = {
  id: string
  uscc: string
  enterpriseName: string
  on: string
  agency: string
  legalBasis: string
  result: InspectionResult
  resultNote: string
  caseId: string | null
  voided: { reason: string; at: string } | null
  /** Another valid inspection of the same enterprise lies within the unit's repeat window. */
  repeated: boolean
}

export type InspectionStatsView = {
  year: number
  count: number
  previousYearCount: number
  /** (count − previous) / previous, in whole per mille; null when the previous year had none. */
  changePermille: number | null
  enterprises: number
  repeated: number
  repeatWindowDays: number
  /** The period counted: the whole year, or 1 January to today for the current year. */
  from: string
  to: string
  /** The same period a year earlier, which `previousYearCount` counts. */
  previousFrom: string
  previousTo: string
}
