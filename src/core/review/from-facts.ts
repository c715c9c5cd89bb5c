// Maps the discretion engine's case facts onto the exemption facts of the review, so that the server
// does not restate Art. 33 field by field. The catalogue decides whether Art. 136 can apply to the
// item (a sector ground FSL-136 on its penalty version) and whether a law displaces Art. 33 ¶2.
import type { Citation } from '../discretion/citation'
import type { Facts } from '../discretion/facts-schema'
import type { ExemptionFacts } from './types'

/** The sector-ground code of 食品安全法 Art. 136 in the shipped catalogue. */
export const FOOD_136_GROUND = 'FSL-136'

export function exemptionFactsFrom(
  facts: Facts,
  item: { food136Applies: boolean; noFaultDisplacedBy: Citation | null }
): ExemptionFacts {
  // The facts record Art. 136 as one confirmed ground: the officer ticks it when all three of its
  // conditions are proven, so the three facts stand or fall together here.
  const confirmed = facts.sectorGrounds.includes(FOOD_136_GROUND)
  return {
    firstViolation: facts.priorViolations === 0,
    harm: facts.harm,
    minorViolation: facts.minorViolation,
    corrected: facts.correction.corrected,
    promptlyCorrected: facts.correction.prompt,
    noFault: facts.noFaultEvidence,
    noFaultDisplacedBy: item.noFaultDisplacedBy,
    publicEmergency: facts.publicEmergency,
    food136: item.food136Applies
      ? { purchaseInspectionDone: confirmed, didNotKnow: confirmed, sourceStated: confirmed }
      : null
  }
}
