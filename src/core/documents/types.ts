// The official documents (文书) generated from a case, and what each is built from.
export const DOCUMENT_TYPES = [
  'filingApproval', // 立案审批表
  'penaltyNotice', // 行政处罚告知书
  'hearingNotice', // 行政处罚听证告知书
  'penaltyDecision', // 行政处罚决定书 (APL Art. 59)
  'noPenaltyDecision', // 不予行政处罚决定书
  'onTheSpotDecision', // 当场行政处罚决定书 (APL Art. 52)
  'serviceReceipt' // 送达回证
] as const
export type DocumentType = (typeof DOCUMENT_TYPES)[number]

export const DOCUMENT_TITLE_ZH: Record<DocumentType, string> = {
  filingApproval: '立案审批表',
  penaltyNotice: '行政处罚告知书',
  hearingNotice: '行政处罚听证告知书',
  penaltyDecision: '行政处罚决定书',
  noPenaltyDecision: '不予行政处罚决定书',
  onTheSpotDecision: '当场行政处罚决定书',
  serviceReceipt: '送达回证'
}

/** Types numbered 〔年〕号 per type, year and unit; the others carry the case number. */
export function isNumbered(t: DocumentType): boolean {
  return t !== 'filingApproval' && t !== 'serviceReceipt'
}
