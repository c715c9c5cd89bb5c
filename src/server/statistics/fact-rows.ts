// A case_facts row read back as the CaseFact it was written from (drill-down lists and exports).
import type { CaseFact } from '../../core/statistics/case-fact'
import type { NoPenaltyGround } from '../../core/discretion/result-types'
import type { PenaltyType } from '../../core/lifecycle/penalty'

export type FactRow = {
  case_id: string
  case_number: string
  unit_code: string
  cause: string
  item_code: string | null
  item_name: string | null
  filed_on: string | null
  decided_on: string | null
  outcome: 'penalty' | 'noPenalty' | null
  procedure: 'ordinary' | 'simple' | null
  penalty_types: string
  fine_fen: number | null
  confiscation_fen: number | null
  no_penalty_ground: string | null
  revoked_on: string | null
  transferred_on: string | null
  closed_on: string | null
  decision_due_on: string | null
  hearing_held_on: string | null
  legal_reviewed_on: string | null
  collective_on: string | null
  fast_track: number
  ps_hours_tenths: number | null
  ps_points_tenths: number | null
  ps_offset_fen: number | null
  annual_column: string | null
  decision_days: number | null
  h1: number
  h2: number
}

export function toFact(r: FactRow): CaseFact {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    unitCode: r.unit_code,
    cause: r.cause,
    itemCode: r.item_code,
    itemName: r.item_name,
    filedOn: r.filed_on,
    decidedOn: r.decided_on,
    decision:
      r.outcome === null
        ? null
        : r.outcome === 'penalty'
          ? {
              outcome: 'penalty',
              procedure: r.procedure === 'simple' ? 'simple' : 'ordinary',
              penalty: {
                types: r.penalty_types === '' ? [] : (r.penalty_types.split(',') as PenaltyType[]),
                fineFen: r.fine_fen,
                confiscationFen: r.confiscation_fen
              }
            }
          : { outcome: 'noPenalty', ground: r.no_penalty_ground as NoPenaltyGround | null },
    revokedOn: r.revoked_on,
    transferredOn: r.transferred_on,
    closedOn: r.closed_on,
    decisionDueOn: r.decision_due_on,
    hearingHeldOn: r.hearing_held_on,
    legalReviewedOn: r.legal_reviewed_on,
    collectiveDiscussedOn: r.collective_on,
    fastTrack: r.fast_track === 1,
    publicService:
      r.ps_hours_tenths === null
        ? null
        : {
            hoursTenths: r.ps_hours_tenths,
            pointsTenths: r.ps_points_tenths ?? 0,
            offsetFen: r.ps_offset_fen ?? 0
          }
  }
}
