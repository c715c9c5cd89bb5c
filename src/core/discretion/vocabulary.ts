// Closed vocabularies of the discretion engine. Code names follow shared/glossary.md; the Chinese
// labels are the statutory terms printed in the explanation.
import { assertNever } from '../assert'

/** Sanctions and measures an item can prescribe. Art. 9 APL types are penalties; the rest are
 * measures (责令改正 is not a penalty, APL Art. 28) that accompany or precede them. */
export const SANCTION_TYPES = [
  'warning',
  'publicCriticism',
  'fine',
  'confiscateGains',
  'confiscateProperty',
  'suspendLicence',
  'lowerQualification',
  'revokeLicence',
  'restrictBusiness',
  'orderSuspendProduction',
  'orderClosure',
  'restrictPractice',
  'otherPenalty',
  'orderToCorrect',
  'orderToStop',
  'eliminateEffects',
  'creditListing',
  'otherMeasure'
] as const
export type SanctionType = (typeof SANCTION_TYPES)[number]

export const SANCTION_LABEL_ZH: Record<SanctionType, string> = {
  warning: '警告',
  publicCriticism: '通报批评',
  fine: '罚款',
  confiscateGains: '没收违法所得',
  confiscateProperty: '没收非法财物',
  suspendLicence: '暂扣许可证件',
  lowerQualification: '降低资质等级',
  revokeLicence: '吊销许可证件',
  restrictBusiness: '限制开展生产经营活动',
  orderSuspendProduction: '责令停产停业',
  orderClosure: '责令关闭',
  restrictPractice: '限制从业',
  otherPenalty: '其他行政处罚',
  orderToCorrect: '责令改正',
  orderToStop: '责令停止违法行为',
  eliminateEffects: '责令消除影响',
  creditListing: '列入经营异常名录',
  otherMeasure: '其他措施'
}

/** Whether the type is an administrative penalty under APL Art. 9 (the others are measures). */
export function isPenaltyType(t: SanctionType): boolean {
  switch (t) {
    case 'warning':
    case 'publicCriticism':
    case 'fine':
    case 'confiscateGains':
    case 'confiscateProperty':
    case 'suspendLicence':
    case 'lowerQualification':
    case 'revokeLicence':
    case 'restrictBusiness':
    case 'orderSuspendProduction':
    case 'orderClosure':
    case 'restrictPractice':
    case 'otherPenalty':
      return true
    case 'orderToCorrect':
    case 'orderToStop':
    case 'eliminateEffects':
    case 'creditListing':
    case 'otherMeasure':
      return false
  }
  return assertNever(t)
}

/** APL Art. 63 ¶1 (3)(4): these types always carry the right to a hearing. */
export function alwaysHearingType(t: SanctionType): boolean {
  return (
    t === 'lowerQualification' ||
    t === 'revokeLicence' ||
    t === 'orderSuspendProduction' ||
    t === 'orderClosure' ||
    t === 'restrictPractice'
  )
}

/** 裁量阶次 (glossary: level) for cases that end in a penalty. */
export const PENALTY_LEVELS = ['MITIGATED', 'LIGHTER', 'NORMAL', 'HEAVIER'] as const
export type PenaltyLevel = (typeof PENALTY_LEVELS)[number]

export const LEVEL_LABEL_ZH: Record<PenaltyLevel, string> = {
  MITIGATED: '减轻处罚',
  LIGHTER: '从轻处罚',
  NORMAL: '一般处罚',
  HEAVIER: '从重处罚'
}

/** The bases a fine can be a multiple of (glossary: goodsValue / illegalGains / adFee). */
export const BASE_KINDS = ['goodsValue', 'illegalGains', 'adFee'] as const
export type BaseKind = (typeof BASE_KINDS)[number]

export const BASE_LABEL_ZH: Record<BaseKind, string> = {
  goodsValue: '货值金额',
  illegalGains: '违法所得',
  adFee: '广告费用'
}

/** APL Art. 32 (1)–(5): 应当从轻或者减轻. */
export const MITIGATING_GROUNDS = [
  'eliminatedHarm',
  'coerced',
  'confessedUnknown',
  'meritorious',
  'otherLaw'
] as const
export type MitigatingGround = (typeof MITIGATING_GROUNDS)[number]

export const MITIGATING_LABEL_ZH: Record<MitigatingGround, string> = {
  eliminatedHarm: '主动消除或者减轻违法行为危害后果',
  coerced: '受他人胁迫或者诱骗实施违法行为',
  confessedUnknown: '主动供述行政机关尚未掌握的违法行为',
  meritorious: '配合行政机关查处违法行为有立功表现',
  otherLaw: '法律、法规、规章规定其他应当从轻或者减轻行政处罚的情形'
}

export const MITIGATING_ITEM_ZH: Record<MitigatingGround, string> = {
  eliminatedHarm: '第（一）项',
  coerced: '第（二）项',
  confessedUnknown: '第（三）项',
  meritorious: '第（四）项',
  otherLaw: '第（五）项'
}

/** 从重 grounds the officer records (domain.md §3.2); repeat, serious harm, public emergency and
 * refusal to correct are derived from other facts and are not listed here. */
export const AGGRAVATING_GROUNDS = [
  'concealedEvidence',
  'endangersSafety',
  'multipleOrLargeAmount',
  'coercedOthers',
  'retaliation',
  'vulnerableTargets',
  'otherLaw'
] as const
export type AggravatingGround = (typeof AGGRAVATING_GROUNDS)[number]

export const AGGRAVATING_LABEL_ZH: Record<AggravatingGround, string> = {
  concealedEvidence: '隐匿、销毁、伪造证据或者拒绝、阻挠调查',
  endangersSafety: '危害人身健康、生命安全或者公共安全',
  multipleOrLargeAmount: '多次实施违法行为或者涉案金额巨大',
  coercedOthers: '胁迫、教唆他人实施违法行为',
  retaliation: '打击报复举报人、证人',
  vulnerableTargets: '以未成年人、老年人、病人等弱势群体为对象',
  otherLaw: '法律、法规、规章规定的其他从重情形'
}
