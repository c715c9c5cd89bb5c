// The consistency review of one case: every check, in a fixed order (the fine itself, then its
// proportion, the exemptions and the level, then the peers, then procedure and coercion), so that
// the flags of a case read the same way every time.
import type { Check } from './check'
import type { ReviewConfig } from './config'
import { DEFAULT_REVIEW_CONFIG } from './config'
import { checkDisproportion } from './disproportion'
import { checkExemption } from './exemption'
import { checkFineRange } from './fine-range'
import type { ReviewFlag } from './flag'
import { checkLevel } from './level'
import { checkPeerDispersion } from './peer-dispersion'
import { checkPeerOutlier } from './peer-outlier'
import { checkPosition } from './position'
import { checkProcedureDeadlines } from './procedure-deadlines'
import { checkProcedureRights } from './procedure-rights'
import { checkSeizures } from './seizure'
import { checkTopOfRange } from './top-of-range'
import type { PeerCase, ReviewSubject } from './types'

export const CHECKS: readonly Check[] = [
  checkFineRange,
  checkPosition,
  checkTopOfRange,
  checkDisproportion,
  checkExemption,
  checkLevel,
  checkPeerOutlier,
  checkPeerDispersion,
  checkProcedureRights,
  checkProcedureDeadlines,
  checkSeizures
]

export function runChecks(
  subject: ReviewSubject,
  peers: readonly PeerCase[],
  config: ReviewConfig = DEFAULT_REVIEW_CONFIG
): ReviewFlag[] {
  const input = { subject, peers, config }
  return CHECKS.flatMap((check) => check(input))
}

export { reportStats } from './report'
