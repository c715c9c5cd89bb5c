// Short names of the no-penalty grounds for tables and lists (the decision's own sentence is in
// src/core/discretion/explain.ts).
import type { NoPenaltyGround } from '../discretion/result-types'

export const GROUND_LABEL_ZH: Record<NoPenaltyGround, string> = {
  limitation: '超过追责期限',
  notPunishableAtAct: '行为时不予处罚',
  lighterLaw: '新规定不再处罚',
  underAge: '不满十四周岁',
  incapacity: '无责任能力',
  noFault: '无主观过错',
  minorViolationExemption: '轻微免罚',
  firstViolationExemption: '首违不罚',
  exemptionList: '免罚清单',
  sectorExemption: '行业规定免罚'
}
