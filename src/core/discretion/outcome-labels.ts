// Chinese names of every outcome level, for summaries in the audit trail and the case page.
import type { NoPenaltyGround, OutcomeLevel } from './result-types'
import { LEVEL_LABEL_ZH, PENALTY_LEVELS, type PenaltyLevel } from './vocabulary'

export function outcomeLevelZh(level: OutcomeLevel): string {
  if ((PENALTY_LEVELS as readonly string[]).includes(level))
    return LEVEL_LABEL_ZH[level as PenaltyLevel]
  switch (level as Exclude<OutcomeLevel, PenaltyLevel>) {
    case 'NO_PENALTY':
      return '不予行政处罚'
    case 'ORDER_CORRECTION_ONLY':
      return '责令改正（暂不罚款）'
    case 'NON_PENALTY_MEASURE':
      return '非行政处罚措施'
  }
}

/**
 * Grounds on which no violation is established for the repeat count: the act is not punishable (age,
 * capacity, no fault, limitation, changed law). 首违不罚 and 轻微不罚 do establish a violation — they
 * forgo the penalty for one that happened — so they count as a prior violation later.
 */
export function groundEstablishesViolation(ground: NoPenaltyGround): boolean {
  switch (ground) {
    case 'limitation':
    case 'notPunishableAtAct':
    case 'lighterLaw':
    case 'underAge':
    case 'incapacity':
    case 'noFault':
      return false
    case 'minorViolationExemption':
    case 'firstViolationExemption':
    case 'exemptionList':
    case 'sectorExemption':
      return true
  }
}
