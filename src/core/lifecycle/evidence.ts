// Evidence kinds of APL Art. 46 ¶1 (书证、物证、视听资料、电子数据、证人证言、当事人的陈述、鉴定意见、
// 勘验笔录、现场笔录); the last two share one code, as both are on-site records.
export const EVIDENCE_KINDS = [
  'documentary', // 书证
  'physical', // 物证
  'audiovisual', // 视听资料
  'electronic', // 电子数据
  'witness', // 证人证言
  'partyStatement', // 当事人的陈述
  'expertOpinion', // 鉴定意见
  'inspectionRecord' // 勘验笔录、现场笔录
] as const
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number]

export const EVIDENCE_KIND_ZH: Record<EvidenceKind, string> = {
  documentary: '书证',
  physical: '物证',
  audiovisual: '视听资料',
  electronic: '电子数据',
  witness: '证人证言',
  partyStatement: '当事人的陈述',
  expertOpinion: '鉴定意见',
  inspectionRecord: '勘验笔录、现场笔录'
}
