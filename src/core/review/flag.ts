// What every check returns: a named, cited finding with the numbers behind it. Plain data, JSON-safe,
// so that the server can store it with the reviewer's verdict (合理 / 需纠正) and show it on the case.
import type { Citation } from '../discretion/citation'
import type { ConfigKey } from './config'

export const REVIEW_FLAG_CODES = [
  'FINE_ABOVE_STATUTORY_MAX',
  'FINE_BELOW_STATUTORY_MIN',
  'POSITION_IN_RANGE',
  'TOP_OF_RANGE_WITHOUT_GROUND',
  'DISPROPORTION',
  'EXEMPTION_SKIPPED',
  'LEVEL_MISMATCH',
  'MITIGATION_UNAPPROVED',
  'PEER_OUTLIER',
  'PEER_DISPERSION',
  'PROCEDURE_NO_NOTICE',
  'PROCEDURE_NOTICE_OUTDATED',
  'PROCEDURE_NOT_RECONSIDERED',
  'PROCEDURE_HEARING_NOT_OFFERED',
  'PROCEDURE_HEARING_NOT_HELD',
  'PROCEDURE_LEGAL_REVIEW_MISSING',
  'PROCEDURE_DECISION_OVERDUE',
  'PROCEDURE_SERVICE_LATE',
  'PROCEDURE_PUBLICATION_LATE',
  'SEIZURE_OVERDUE',
  'REVENUE_GROWTH'
] as const
export type ReviewFlagCode = (typeof REVIEW_FLAG_CODES)[number]

/**
 * block: a statute forbids the decision as it stands (APL Arts. 58, 62, 63; a fine above the
 * statutory maximum; a mandatory 不予处罚 ignored) — it must be corrected, not justified.
 * flag: a question the reviewer answers with a verdict (合理 / 需纠正) and a reason.
 * warning: context for the reviewer (a dispersed peer group, revenue growth); needs no verdict.
 */
export const REVIEW_SEVERITIES = ['block', 'flag', 'warning'] as const
export type ReviewSeverity = (typeof REVIEW_SEVERITIES)[number]

/** The rule (one per check file) that raised a flag. */
export const REVIEW_RULES = [
  'fineRange',
  'position',
  'topOfRange',
  'disproportion',
  'exemption',
  'level',
  'peerOutlier',
  'peerDispersion',
  'procedureRights',
  'procedureDeadlines',
  'seizure',
  'revenue'
] as const
export type ReviewRule = (typeof REVIEW_RULES)[number]

/** The numbers and dates behind a flag; flat so the UI can list them as label: value. */
export type Evidence = Readonly<Record<string, number | string | boolean | null>>

export type ReviewFlag = {
  code: ReviewFlagCode
  severity: ReviewSeverity
  /** One Chinese sentence: what is wrong and what to check. */
  message: string
  citations: readonly Citation[]
  evidence: Evidence
  rule: ReviewRule
  /** The configuration values the rule applied (empty when it applied statute only). */
  configKeys: readonly ConfigKey[]
}
