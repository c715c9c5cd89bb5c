// 轻微速罚 / 简案快办 (domain.md §5): which cases are on the fast track, and how long they took from
// filing to decision. Pure: the server reads the facts, this decides.
import { assertNever } from '../assert'
import type { CaseStatus } from '../cases/vocabulary'
import { daysBetween } from '../discretion/dates'
import type { Procedure } from '../discretion/result-types'

/** The stages before a decision, when a case may still be marked for the fast track and counts as
 * open in the fast-track list. */
export const OPEN_STATUSES: readonly CaseStatus[] = [
  'REGISTERED',
  'FILED',
  'INVESTIGATING',
  'UNDER_REVIEW',
  'NOTIFIED'
]

/** What the fast-track rule reads of one case. */
export type FastTrackFacts = {
  /** The case was decided on the spot (APL Arts. 51–52: 当场作出行政处罚决定). */
  onTheSpot: boolean
  /** The procedure the case's latest benchmark evaluation proposed (the one before the decision,
   * once decided); null without a successful evaluation. */
  procedure: Procedure | null
  /** The recorded decision; null while undecided. */
  decision: { outcome: 'penalty'; fineFen: number | null } | { outcome: 'noPenalty' } | null
  /** The fine the officer intends (from the evaluated facts), used while the case is undecided. */
  intendedFineFen: number | null
}

/**
 * Whether the case qualifies for the simple procedure (APL Art. 51), by this rule:
 * - decided on the spot: yes;
 * - else by the latest evaluation's procedure: `simple` → yes unless the case was decided without a
 *   penalty (no penalty decision is made under the simple procedure); `simpleIfAtMost` → yes when
 *   the decided fine (or, undecided, the intended fine) stays within the limit, or a penalty was
 *   decided without a fine; `ordinary` or `none` → no.
 */
export function simpleProcedureEligible(f: FastTrackFacts): boolean {
  if (f.onTheSpot) return true
  const p = f.procedure
  if (!p) return false
  switch (p.kind) {
    case 'simple':
      return f.decision?.outcome !== 'noPenalty'
    case 'simpleIfAtMost': {
      const d = f.decision
      if (!d) return f.intendedFineFen !== null && f.intendedFineFen <= p.maxFen
      if (d.outcome === 'noPenalty') return false
      return d.fineFen === null || d.fineFen <= p.maxFen
    }
    case 'ordinary':
    case 'none':
      return false
  }
  return assertNever(p)
}

/** Calendar days from filing to decision (same day = 0); null while either date is missing. A case
 * decided on the spot without filing has no filing date, so no elapsed days. */
export function daysToDecision(filedOn: string | null, decidedOn: string | null): number | null {
  if (filedOn === null || decidedOn === null) return null
  return Math.max(0, daysBetween(filedOn, decidedOn))
}
