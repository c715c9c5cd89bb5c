// What the exchange handlers return (issue 8): the dry-run report and merge receipt of an import,
// the conflicts waiting for a person, and the sources a unit has received.
import type { PackageScope } from './schemas/exchange'
import type { RecordKind } from './schemas/exchange-records'

export type KindCounts = {
  kind: RecordKind
  new: number
  updated: number
  unchanged: number
  conflicts: number
}

export type MergeTotals = {
  new: number
  updated: number
  unchanged: number
  conflicts: number
  /** Updates that delete (a case deleted or evidence withdrawn at the source). */
  tombstones: number
}

export type MergeConflictItem = {
  kind: RecordKind
  recordId: string
  reason: 'concurrentEdit' | 'differentContent' | 'sequenceTaken'
  /** Already recorded by an earlier import of the same version. */
  known: boolean
}

export type LikelyDuplicate = {
  caseId: string
  caseNumber: string
  unitCode: string
  otherCaseId: string
  otherCaseNumber: string
  otherUnitCode: string
  /** Party identifier, item and act date they share. */
  party: string
  itemCode: string
  actDate: string
}

export type PackageManifestView = {
  packageId: string
  sourceId: string
  unitCode: string
  unitName: string
  sequence: number
  scope: PackageScope
  createdAt: string
  software: string
  formatVersion: number
  schemaVersion: number
  contentSha256: string
  keyFingerprint: string
  recordCount: number
  auditCount: number
  auditHeadHash: string
}

export type MergeReportView = {
  manifest: PackageManifestView
  /** 'new': the source's key is seen for the first time and will be registered (trust on first use). */
  trust: 'new' | 'known'
  alreadyApplied: { receiptId: string; appliedAt: string } | null
  byKind: KindCounts[]
  totals: MergeTotals
  /** At most the first 200. */
  conflicts: MergeConflictItem[]
  duplicates: LikelyDuplicate[]
  /** Sequence numbers of this source not received here, below this package's. */
  gaps: number[]
  /** For a package of changes since N: N has not been received, so earlier changes may be missing. */
  missingBase: number | null
  /** Case, clue and loss dates the package covers. */
  coverage: { from: string | null; to: string | null }
}

export type ImportJobView = {
  importId: string
  state: 'verifying' | 'ready' | 'applied' | 'failed'
  done: number
  total: number
  fileName: string
  report: MergeReportView | null
  receipt: ReceiptView | null
  error: string | null
}

export type ReceiptView = {
  id: string
  appliedAt: string
  appliedBy: string
  report: MergeReportView
}

export type ReceiptListItem = {
  id: string
  packageId: string
  unitCode: string
  unitName: string
  sequence: number
  scope: PackageScope
  appliedAt: string
  totals: MergeTotals
  coverage: { from: string | null; to: string | null }
}

export type ConflictView = {
  id: string
  kind: RecordKind
  recordId: string
  reason: MergeConflictItem['reason']
  sourceUnit: string
  createdAt: string
  local: Record<string, unknown>
  incoming: Record<string, unknown>
  resolution: 'local' | 'incoming' | null
  resolutionReason: string | null
  resolvedAt: string | null
}

export type SourceView = {
  sourceId: string
  unitCode: string
  unitName: string
  keyFingerprint: string
  firstSeenAt: string
  lastSeenAt: string
  sequences: number[]
  gaps: number[]
  /** The periods covered by the packages received, as date ranges. */
  coverage: { sequence: number; scope: PackageScope; from: string | null; to: string | null }[]
}

export type ExchangeOverview = {
  unitCode: string
  sources: SourceView[]
  openConflicts: number
  lastExport: { sequence: number; createdAt: string; scope: PackageScope } | null
}
