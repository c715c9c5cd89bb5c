// One case as the statistics read it: the dates and outcomes its records establish. The server
// derives it from the recorded actions and evaluations; the counting rules below never touch the
// database, so a figure and the list of cases behind it come from the same predicate.
import type { NoPenaltyGround } from '../discretion/result-types'
import type { PenaltyDecision } from '../lifecycle/penalty'

export type DecisionFact =
  | {
      outcome: 'penalty'
      /** 'simple': decided on the spot (APL Art. 51); 'ordinary' otherwise. */
      procedure: 'ordinary' | 'simple'
      penalty: PenaltyDecision
    }
  | {
      outcome: 'noPenalty'
      /** The exemption the applied evaluation found; null when the decision rests on other grounds
       * (e.g. facts not established). */
      ground: NoPenaltyGround | null
    }

export type CaseFact = {
  caseId: string
  caseNumber: string
  unitCode: string
  /** 案由, shown in drill-down lists. */
  cause: string
  itemCode: string | null
  itemName: string | null
  filedOn: string | null
  decidedOn: string | null
  decision: DecisionFact | null
  /** The decision was later revoked (复议、诉讼 or the agency's own correction). */
  revokedOn: string | null
  transferredOn: string | null
  closedOn: string | null
  /** The decision deadline (APL Art. 60 with recorded extensions and pauses). */
  decisionDueOn: string | null
  hearingHeldOn: string | null
  legalReviewedOn: string | null
  collectiveDiscussedOn: string | null
  /** On the fast track: simple procedure or marked by an officer (轻微速罚). */
  fastTrack: boolean
  /** Verified public service (公益减罚) and the fine offset of the decisive evaluation. */
  publicService: { hoursTenths: number; pointsTenths: number; offsetFen: number } | null
}
