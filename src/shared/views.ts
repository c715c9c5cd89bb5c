// Shapes the server returns. Inputs are derived from the zod schemas; outputs are plain data types.
import type { EvaluationResult } from '../core/discretion/result-types'
import type { CaseSource, CaseStatus, Role } from '../core/cases/vocabulary'
import type { Party } from './schemas/party'

export type UnitView = { code: string; name: string; casePrefix: string }

export type UserView = {
  id: string
  username: string
  displayName: string
  roles: Role[]
  active: boolean
  rev: number
}

export type SessionView = { token: string; user: UserView; unit: UnitView }

export type SessionStatus =
  | { state: 'setupRequired' }
  | { state: 'signedOut'; unit: UnitView }
  | { state: 'signedIn'; user: UserView; unit: UnitView; integrity: IntegrityView }

/** The start-up integrity check (quick_check and the audit hash chain), as users see it. */
export type IntegrityView =
  | { state: 'skipped' | 'pending' }
  | { state: 'ok'; auditRows: number; headHash: string }
  | { state: 'failed'; problems: string[] }

export type OfficerView = { id: string; displayName: string }

export type CaseSummary = {
  id: string
  caseNumber: string
  cause: string
  source: CaseSource
  status: CaseStatus
  discoveredOn: string
  filedOn: string | null
  partyNames: string[]
  officers: OfficerView[]
  updatedAt: string
}

export type CaseDetail = CaseSummary & {
  violationOn: string | null
  extendedLimitation: boolean
  facts: string
  parties: (Party & { id: string })[]
  originUnit: string
  rev: number
  createdAt: string
}

export type CasePage = { items: CaseSummary[]; nextCursor: string | null }

/** How many live cases a set of list filters selects (the list itself pages by key, uncounted). */
export type CaseCount = { count: number }

export type AuditEntryView = {
  seq: number
  at: string
  actor: { id: string | null; displayName: string }
  action: string
  changes: { field: string; before: unknown; after: unknown }[]
}

export type CatalogueItemView = {
  code: string
  name: string
  domain: string
  system: string
  firstViolationEligible: boolean
  /** 违法依据 and 处罚依据 of the newest statute version, as printed citations. */
  violatedProvision: string
  penaltyProvision: string | null
  benchmark: { id: string; title: string; documentNumber: string; effectiveFrom: string }
}

export type DiscretionPreview = {
  /** The engine's result, exactly as evaluate() returns it (see src/core/discretion/result-types). */
  result: EvaluationResult
  priorViolations: number
  lookBackMonths: number
}

export type CaseEvaluationView = {
  id: string
  caseId: string
  itemCode: string
  itemName: string
  choice: 'accept' | 'declineExemption'
  /** The level decided: the proposal's, or the alternative's when the exemption was declined. */
  outcomeLevel: string
  fine: { minFen: number; maxFen: number } | null
  intendedFineFen: number | null
  deviation: boolean
  deviationReason: string | null
  explanation: string
  result: EvaluationResult
  facts: unknown
  priorViolations: number
  createdAt: string
  createdBy: string
}

export type CataloguePackageView = {
  id: string
  packageId: string
  title: string
  status: 'draft' | 'published'
  yaml: string
  rev: number
  updatedAt: string
  publishedAt: string | null
  problems: { path: string; message: string }[]
}

/** One statutory clock of a case: its due date and status, with the rule and a checkable sentence. */
/** The statutory clocks a case page shows, each once the date it runs from is recorded. */
export type ClockKind =
  | 'decision'
  | 'statement'
  | 'hearingRequest'
  | 'hearingNotice'
  | 'service'
  | 'publication'
  | 'payment'
  | 'courtApplication'
  | 'seizure'

export type CaseClockView =
  | {
      clock: ClockKind
      ok: true
      due: string
      status: 'overdue' | 'today' | 'thisWeek' | 'later'
      daysLeft: number
      citation: string
      explanation: string
      notes: string[]
    }
  | { clock: ClockKind; ok: false; problem: string }

export type DeadlineCounts = { overdue: number; today: number; thisWeek: number }

/** The deadlines dashboard: decision clocks due today, within 7 days, or overdue. */
export type DeadlinesView = {
  today: string
  unit: DeadlineCounts
  byOfficer: (OfficerView & DeadlineCounts)[]
  cases: (CaseSummary & {
    /** Which clock is due: the decision (APL Art. 60) or the payment of the fine (Art. 67). */
    clock: 'decision' | 'payment'
    dueOn: string
    dueStatus: 'overdue' | 'today' | 'thisWeek'
  })[]
  /** True when more cases are due than the list shows (the counts are always complete). */
  truncated: boolean
}
