// From the stored rows to what the pure rules read: the fast-track facts and the case record of the
// flexible-enforcement figures.
import type { NoPenaltyGround, Procedure } from '../../core/discretion/result-types'
import {
  daysToDecision,
  simpleProcedureEligible,
  type FastTrackFacts
} from '../../core/flexible/fast-track'
import { exemptionOf, type FlexibleCase } from '../../core/flexible/exemption'
import type { FastTrackRow } from '../../shared/flexible-views'
import type { FlexibleCaseRow } from './flexible-repo'

function procedureOf(r: FlexibleCaseRow): Procedure | null {
  if (r.eval_ok !== 1) return null
  switch (r.procedure_kind) {
    case 'simple':
    case 'ordinary':
    case 'none':
      return { kind: r.procedure_kind }
    case 'simpleIfAtMost':
      return r.procedure_max_fen === null
        ? null
        : { kind: 'simpleIfAtMost', maxFen: r.procedure_max_fen }
    default:
      return null
  }
}

function outcomeOf(r: FlexibleCaseRow): 'penalty' | 'noPenalty' | null {
  if (r.decision_kind === null) return null
  if (r.decision_kind === 'decideOnTheSpot') return 'penalty'
  return r.outcome === 'noPenalty' ? 'noPenalty' : 'penalty'
}

export function fastTrackFacts(r: FlexibleCaseRow): FastTrackFacts {
  const outcome = outcomeOf(r)
  return {
    onTheSpot: r.decision_kind === 'decideOnTheSpot',
    procedure: procedureOf(r),
    decision:
      outcome === null
        ? null
        : outcome === 'noPenalty'
          ? { outcome }
          : { outcome, fineFen: r.decided_fine_fen },
    intendedFineFen: r.intended_fine_fen
  }
}

export function toFastTrackRow(r: FlexibleCaseRow): FastTrackRow {
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    title: r.cause,
    simpleProcedure: simpleProcedureEligible(fastTrackFacts(r)),
    marked: r.mark_reason !== null,
    markReason: r.mark_reason,
    filedOn: r.filed_on,
    decidedOn: r.decided_on,
    days: daysToDecision(r.filed_on, r.decided_on)
  }
}

export const onFastTrack = (row: FastTrackRow) => row.simpleProcedure || row.marked

export function toFlexibleCase(r: FlexibleCaseRow): FlexibleCase {
  const row = toFastTrackRow(r)
  return {
    decidedOn: r.decided_on,
    outcome: outcomeOf(r),
    exemption: exemptionOf(
      r.outcome_level,
      r.ground as NoPenaltyGround | null,
      r.mandatory === null ? null : r.mandatory === 1
    ),
    fastTrack: onFastTrack(row),
    days: row.days,
    publicService: {
      hoursTenths: r.ps_hours_tenths,
      pointsTenths: r.ps_points_tenths,
      offsetFen: r.offset_fen ?? 0
    },
    education:
      r.follow_up_on === null
        ? null
        : { followUpOn: r.follow_up_on, followedUpOn: r.followed_up_on }
  }
}
