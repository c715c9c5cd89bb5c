// Shapes the lifecycle handlers return: progress and events, payments, documents, number blocks and
// evidence. Plain data, serialisable for IPC and HTTP.
import type { CaseStatus } from '../core/cases/vocabulary'
import type { DocumentType } from '../core/documents/types'
import type { LifecycleAction, LifecycleActionKind } from '../core/lifecycle/actions'
import type { EvidenceKind } from '../core/lifecycle/evidence'
import type { Balance } from '../core/lifecycle/execution'
import type { CaseProgress } from '../core/lifecycle/progress'
import type { OfficerView } from './views'

export type CaseEventView = {
  seq: number
  action: LifecycleAction
  actor: OfficerView
  at: string
}

export type PaymentView = {
  id: string
  paidOn: string
  /** Negative for a reversing entry. */
  amountFen: number
  receiptNo: string
  note: string
  reversesId: string | null
  reversedById: string | null
  createdBy: OfficerView
  createdAt: string
}

export type CaseProgressView = {
  caseId: string
  caseNumber: string
  status: CaseStatus
  rev: number
  progress: CaseProgress
  events: CaseEventView[]
  /** Actions whose stage fits now; the guards still decide when one is recorded. */
  available: LifecycleActionKind[]
  payments: PaymentView[]
  /** What is owed on a served fine decision, as of today; null otherwise. */
  balance: Balance | null
  /** A problem computing the balance (e.g. a calendar year missing), shown instead of it. */
  balanceProblem: string | null
}

export type DocumentFileMeta = { sha256: string; bytes: number }

export type DocumentView = {
  id: string
  caseId: string
  docType: DocumentType
  title: string
  number: string | null
  version: number
  supersedesId: string | null
  supersededById: string | null
  issuedAt: string
  issuedBy: OfficerView
  pdf: DocumentFileMeta
  docx: DocumentFileMeta
}

export type FileContentView = {
  fileName: string
  mediaType: string
  sha256: string
  contentBase64: string
}

export type NumberBlockView = {
  id: string
  docType: DocumentType
  year: number
  firstSerial: number
  lastSerial: number
  officer: OfficerView
  reservedAt: string
  used: number[]
  voided: number[]
  /** The next serial that is neither used nor voided, or null when the block is exhausted. */
  next: number | null
}

export type EvidenceView = {
  id: string
  caseId: string
  kind: EvidenceKind
  title: string
  fileName: string
  mediaType: string
  sha256: string
  sizeBytes: number
  collectedBy: string
  collectedOn: string
  place: string
  rev: number
  createdBy: OfficerView
  createdAt: string
  withdrawn: { at: string; reason: string } | null
}
