// Shapes the server returns. Inputs are derived from the zod schemas; outputs are plain data types.
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
  | { state: 'signedIn'; user: UserView; unit: UnitView }

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
  facts: string
  parties: (Party & { id: string })[]
  originUnit: string
  rev: number
  createdAt: string
}

export type CasePage = { items: CaseSummary[]; nextCursor: string | null }

export type AuditEntryView = {
  seq: number
  at: string
  actor: { id: string | null; displayName: string }
  action: string
  changes: { field: string; before: unknown; after: unknown }[]
}
