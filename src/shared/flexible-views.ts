// What the flexible-enforcement handlers return.
import type { EducationForm, ServiceMeasure } from '../core/flexible/vocabulary'
import type { Citation } from '../core/discretion/citation'

export type PublicServiceItemView = {
  code: string
  name: string
  measure: ServiceMeasure
  fenPerUnit: number
  capPercent: number
  basis: Citation
  verified: boolean
}

export type PublicServiceView = {
  applicationId: string
  caseId: string
  serviceCode: string
  serviceName: string
  measure: ServiceMeasure
  appliedTenths: number
  appliedOn: string
  statement: string
  status: 'applied' | 'verified' | 'withdrawn'
  verifiedTenths: number | null
  verifiedOn: string | null
  verifiedBy: string | null
  evidenceId: string | null
  evidenceTitle: string | null
  note: string | null
}

export type FastTrackRow = {
  caseId: string
  caseNumber: string
  title: string
  /** Why the case is on the fast track: the simple procedure (Art. 51) and/or an officer's mark. */
  simpleProcedure: boolean
  marked: boolean
  markReason: string | null
  filedOn: string | null
  decidedOn: string | null
  /** Calendar days from filing to decision; null while undecided. */
  days: number | null
}

export type FastTrackView = { from: string; to: string; rows: FastTrackRow[] }

export type EducationView = {
  caseId: string
  caseNumber: string
  forms: EducationForm[]
  content: string
  educatedOn: string
  followUpOn: string
  followedUpOn: string | null
  followUpResult: string | null
  /** Follow-up date passed without a recorded follow-up. */
  due: boolean
}

/** The flexible-enforcement figures of a period, each computed from records (domain.md §7.3). */
export type FlexibleSummaryView = {
  from: string
  to: string
  /** Decisions in the period (penalty and no-penalty, ordinary and on the spot). */
  decided: number
  firstViolationExempt: number
  minorExempt: number
  noPenaltyTotal: number
  publicService: { cases: number; tenths: { hours: number; points: number }; offsetFen: number }
  fastTrack: { decided: number; sharePermille: number | null; averageDays: number | null }
  education: { recorded: number; followedUp: number; due: number }
}
