// Which Art. 33 ¶1 exemption a no-penalty decision rests on, and one case as the flexible-enforcement
// rules read it (server/flexible/flexible-facts.ts builds it; the statistics projection stores it).
import type { NoPenaltyGround } from '../discretion/result-types'

export type Exemption = 'firstViolation' | 'minor'

/**
 * Which Art. 33 ¶1 exemption the decisive evaluation applied, when it proposed no penalty:
 * 首违不罚 is sentence 2 (firstViolationExemption, or a 首违不罚 list item, which the engine marks as
 * not mandatory); 轻微免罚 is sentence 1 (minorViolationExemption, or a mandatory list item). Other
 * grounds (no fault, limitation, age, a sector rule …) are neither.
 */
export function exemptionOf(
  level: string | null,
  ground: NoPenaltyGround | null,
  mandatory: boolean | null
): Exemption | null {
  if (level !== 'NO_PENALTY' || ground === null) return null
  if (ground === 'firstViolationExemption') return 'firstViolation'
  if (ground === 'minorViolationExemption') return 'minor'
  if (ground === 'exemptionList') return mandatory ? 'minor' : 'firstViolation'
  return null
}

/** One case as the figures read it. */
export type FlexibleCase = {
  decidedOn: string | null
  outcome: 'penalty' | 'noPenalty' | null
  exemption: Exemption | null
  fastTrack: boolean
  /** Calendar days filing → decision; null without a filing date. */
  days: number | null
  /** Verified public service not withdrawn (tenths), and the decisive evaluation's offset. */
  publicService: { hoursTenths: number; pointsTenths: number; offsetFen: number }
  education: { followUpOn: string; followedUpOn: string | null } | null
}
