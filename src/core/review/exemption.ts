// Exemption skipped (domain.md §9.1): the recorded facts meet a no-penalty ground, yet a penalty is
// imposed. Not granting a legally due 免罚 is listed as 乱罚款 (Hubei 2026 clue notice [P]). The
// mandatory grounds (APL Art. 33 ¶1 sentence 1, ¶2) block the decision; the discretionary ones
// (首违不罚, 食品安全法 Art. 136) need the reviewer's verdict on why they were not applied.
import type { Citation } from '../discretion/citation'
import type { PenaltyDecision } from '../lifecycle/penalty'
import type { Check } from './check'
import { NONE } from './check'
import { REVIEW_CITATIONS as C } from './citations'
import type { ReviewFlag, ReviewSeverity } from './flag'
import type { ExemptionFacts } from './types'

/** Art. 136 keeps the confiscation of the non-compliant food; only other types defeat it. */
function beyondFood136(p: PenaltyDecision): boolean {
  return p.types.some((t) => t !== 'confiscateProperty')
}

function flag(
  ground: string,
  severity: ReviewSeverity,
  message: string,
  citations: Citation[],
  facts: ExemptionFacts,
  penalty: PenaltyDecision
): ReviewFlag {
  return {
    code: 'EXEMPTION_SKIPPED',
    severity,
    message,
    citations,
    evidence: {
      ground,
      firstViolation: facts.firstViolation,
      harm: facts.harm,
      minorViolation: facts.minorViolation,
      promptlyCorrected: facts.promptlyCorrected,
      noFault: facts.noFault,
      purchaseInspectionDone: facts.food136?.purchaseInspectionDone ?? null,
      didNotKnow: facts.food136?.didNotKnow ?? null,
      sourceStated: facts.food136?.sourceStated ?? null,
      penaltyTypes: penalty.types.join(','),
      fineFen: penalty.fineFen
    },
    rule: 'exemption',
    configKeys: []
  }
}

export const checkExemption: Check = ({ subject }) => {
  const p = subject.penalty
  if (p === null || p.types.length === 0) return NONE
  const f = subject.exemption
  const flags: ReviewFlag[] = []
  // Before the decision the penalty is intended; at the 'decided' checkpoint it was imposed.
  const imposed = subject.checkpoint === 'decided' ? '却给予了' : '却拟给予'
  const minor = f.minorViolation && f.promptlyCorrected && f.harm === 'none'
  if (minor) {
    const message = `记录的事实为违法行为轻微、及时改正且没有造成危害后果，依法应当不予行政处罚，${imposed}行政处罚；请核查事实认定，或者改为不予行政处罚并对当事人进行教育。`
    flags.push(flag('minorViolation', 'block', message, [C.minorViolation, C.education], f, p))
  }
  if (f.noFault && f.noFaultDisplacedBy === null) {
    const message = `当事人有证据足以证明没有主观过错，依法应当不予行政处罚，${imposed}行政处罚；请核查该证据，或者核实是否有法律、行政法规另有规定。`
    flags.push(flag('noFault', 'block', message, [C.noFault, C.education], f, p))
  }
  // 首违不罚 is the lesser ground: where 轻微不罚 already applies it adds nothing. Harm 'none' meets
  // 危害后果轻微 a fortiori (domain.md §9.1: harm slight or none).
  const first =
    !minor &&
    !f.publicEmergency &&
    f.firstViolation &&
    f.promptlyCorrected &&
    (f.harm === 'none' || f.harm === 'slight')
  if (first) {
    const message = `记录的事实为初次违法、危害后果轻微并及时改正，可以不予行政处罚，${imposed}行政处罚；请核查未适用首违不罚的理由是否已记录并成立。`
    flags.push(flag('firstViolation', 'flag', message, [C.firstViolation, C.education], f, p))
  }
  const food = f.food136
  if (food && food.purchaseInspectionDone && food.didNotKnow && food.sourceStated) {
    if (beyondFood136(p)) {
      const message = `当事人履行了进货查验等义务、有充分证据证明不知道所采购的食品不符合食品安全标准并能如实说明进货来源，可以免予处罚（仍应没收不符合食品安全标准的食品），${imposed}没收以外的行政处罚；请核查未免予处罚的理由是否成立。`
      flags.push(flag('food136', 'flag', message, [C.food136], f, p))
    }
  }
  return flags
}
