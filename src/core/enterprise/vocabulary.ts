// Words of enterprise supervision (涉企行政执法监督, domain.md §6): recovered-loss categories, clue
// channels, problem types and clue steps. Codes follow ../../../shared glossary; labels are Chinese.

/** 挽回损失 categories (domain.md §6 “what counts”, a reporting convention to confirm with the client). */
export const LOSS_CATEGORIES = [
  'illegalFeeRefunded', // (a) 乱收费 纠正，退还违规收费
  'fineCorrected', // (b) 罚款撤销、减少或者退还（乱罚款纠错）
  'seizureReleased', // (c) 解除违法查封、扣押、冻结的财物价值
  'costsRefunded', // (d) 违规转嫁给企业的培训等费用退还
  'other' // (e) 其他
] as const
export type LossCategory = (typeof LOSS_CATEGORIES)[number]

export const LOSS_CATEGORY_ZH: Record<LossCategory, string> = {
  illegalFeeRefunded: '退还违规收费',
  fineCorrected: '纠正或者退还罚款',
  seizureReleased: '解除查封扣押冻结',
  costsRefunded: '退还转嫁费用',
  other: '其他'
}

export const CLUE_CHANNELS = ['hotline12345', 'supervisor', 'visit', 'platform', 'other'] as const
export type ClueChannel = (typeof CLUE_CHANNELS)[number]

export const CLUE_CHANNEL_ZH: Record<ClueChannel, string> = {
  hotline12345: '12345热线',
  supervisor: '社会监督员',
  visit: '走访企业或者座谈',
  platform: '专项行动平台',
  other: '其他'
}

export const CLUE_PROBLEM_TYPES = [
  'illegalFee',
  'illegalFine',
  'illegalInspection',
  'illegalSeizure',
  'crossRegion',
  'profitDriven',
  'inconsistentStandards',
  'other'
] as const
export type ClueProblemType = (typeof CLUE_PROBLEM_TYPES)[number]

export const CLUE_PROBLEM_ZH: Record<ClueProblemType, string> = {
  illegalFee: '乱收费',
  illegalFine: '乱罚款',
  illegalInspection: '乱检查',
  illegalSeizure: '乱查封',
  crossRegion: '违规异地执法',
  profitDriven: '趋利性执法',
  inconsistentStandards: '执法标准不一',
  other: '其他'
}

/** Steps recorded on a clue after it is registered (domain.md §6 clue lifecycle). */
export const CLUE_STEP_KINDS = ['transfer', 'urge', 'handle', 'feedback', 'refer'] as const
export type ClueStepKind = (typeof CLUE_STEP_KINDS)[number]

export const CLUE_STEP_ZH: Record<ClueStepKind, string> = {
  transfer: '转办',
  urge: '督办',
  handle: '办结',
  feedback: '反馈举报人',
  refer: '移送纪检监察'
}

/** Whether the handling confirmed the problem the clue reported. */
export const CLUE_FINDINGS = ['substantiated', 'partly', 'unsubstantiated'] as const
export type ClueFinding = (typeof CLUE_FINDINGS)[number]

export const CLUE_FINDING_ZH: Record<ClueFinding, string> = {
  substantiated: '属实',
  partly: '部分属实',
  unsubstantiated: '不属实'
}

/** Derived state of a clue (the fold of its steps). */
export const CLUE_STATUSES = ['registered', 'transferred', 'handled', 'closed'] as const
export type ClueStatus = (typeof CLUE_STATUSES)[number]

export const CLUE_STATUS_ZH: Record<ClueStatus, string> = {
  registered: '已登记',
  transferred: '已转办',
  handled: '已办结',
  closed: '已反馈'
}
