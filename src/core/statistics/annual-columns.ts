// The columns of the 行政处罚实施情况 table of the 行政执法统计年报 (domain.md §7.1) and the rule that
// puts a decision in exactly one of them: one decision = one case, a joint penalty counts under its
// most severe type in the §2 order (practice sources [P], not statute), an explicit type beats 其他.
import { assertNever } from '../assert'
import { severityRank, type PenaltyType } from '../lifecycle/penalty'

export const ANNUAL_COLUMNS = [
  'warning',
  'fine',
  'confiscation',
  'suspendLicence',
  'lowerQualification',
  'restrictBusiness',
  'orderSuspendProduction',
  'orderClosure',
  'revokeLicence',
  'detention',
  'other'
] as const
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number]

export const ANNUAL_COLUMN_ZH: Record<AnnualColumn, string> = {
  warning: '警告（通报批评）',
  fine: '罚款',
  confiscation: '没收违法所得、没收非法财物',
  suspendLicence: '暂扣许可证件',
  lowerQualification: '降低资质等级',
  restrictBusiness: '限制开展生产经营活动',
  orderSuspendProduction: '责令停产停业',
  orderClosure: '责令关闭、限制从业',
  revokeLicence: '吊销许可证件',
  detention: '行政拘留',
  other: '其他'
}

export function columnOf(t: PenaltyType): AnnualColumn {
  switch (t) {
    case 'warning':
    case 'publicCriticism':
      return 'warning'
    case 'fine':
      return 'fine'
    case 'confiscateGains':
    case 'confiscateProperty':
      return 'confiscation'
    case 'suspendLicence':
      return 'suspendLicence'
    case 'lowerQualification':
      return 'lowerQualification'
    case 'restrictBusiness':
      return 'restrictBusiness'
    case 'orderSuspendProduction':
      return 'orderSuspendProduction'
    case 'orderClosure':
    case 'restrictPractice':
      return 'orderClosure'
    case 'revokeLicence':
      return 'revokeLicence'
  }
  return assertNever(t)
}

/** The column of a decision with these types: its most severe type (ties keep the first listed).
 * Every type Yardstick records is an explicit Art. 9 type, so 其他 is reached only without one. */
export function annualColumn(types: readonly PenaltyType[]): AnnualColumn {
  let best: PenaltyType | null = null
  for (const t of types) if (best === null || severityRank(t) > severityRank(best)) best = t
  return best === null ? 'other' : columnOf(best)
}
