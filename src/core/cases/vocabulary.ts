// Closed vocabularies of the case register. Labels live in the UI dictionaries, keyed by these codes.

/** 案件来源 (domain.md §1.1 stage 1). */
export const CASE_SOURCES = [
  'inspection', // 检查
  'complaint', // 投诉
  'report', // 举报
  'transfer', // 移送
  'assignment', // 上级交办
  'other' // 其他
] as const
export type CaseSource = (typeof CASE_SOURCES)[number]

/** 案件来源 in Chinese, for exports (the UI has its own dictionaries). */
export const SOURCE_ZH: Record<CaseSource, string> = {
  inspection: '检查',
  complaint: '投诉',
  report: '举报',
  transfer: '移送',
  assignment: '上级交办',
  other: '其他'
}

/**
 * Case stages, following the state machine of domain.md §1.4. The Foundation only enters
 * REGISTERED (线索登记, no filing date yet) and FILED (立案); the lifecycle issue adds the guarded
 * transitions between the others.
 */
export const CASE_STATUSES = [
  'REGISTERED',
  'FILED',
  'INVESTIGATING',
  'NOTIFIED',
  'UNDER_REVIEW',
  'DECIDED',
  'SERVED',
  'EXECUTING',
  'CLOSED',
  'ARCHIVED',
  'DECLINED',
  'TRANSFERRED'
] as const
export type CaseStatus = (typeof CASE_STATUSES)[number]

/** Party kinds (glossary: person / organisation). */
export const PARTY_KINDS = ['person', 'organisation'] as const
export type PartyKind = (typeof PARTY_KINDS)[number]

/** User roles (glossary: officer, reviewer, head, admin). */
export const ROLES = ['officer', 'reviewer', 'head', 'admin'] as const
export type Role = (typeof ROLES)[number]

/** The status a new case enters: a case with a filing date is filed (立案), otherwise registered. */
export function initialStatus(filedOn: string | null): CaseStatus {
  return filedOn ? 'FILED' : 'REGISTERED'
}
