// What the app derives from a case's records and stores beside them, computed from the plan in
// memory instead of read back from the database: the stored due dates (as refreshDerivedDates wrote
// them at the case's last write), the statistics fact (as deriveCaseFact reads the records) and the
// peer row of the consistency review (as recordOutcome writes it at the decision). These mirror
// src/server/lifecycle/state.ts, statistics/case-facts.ts and review/checks.ts; the seed tests prove
// that the app, re-deriving them from the written rows, gets the same values.
import type { WorkingCalendar } from '../../../core/clocks/calendar'
import { decisionDeadline } from '../../../core/clocks/decision'
import { nominalDecisionDue } from '../../../core/clocks/decision-due'
import type { UnitConfig } from '../../../core/discretion/config-schema'
import type { NoPenaltyGround } from '../../../core/discretion/result-types'
import type { FlexibleCase } from '../../../core/flexible/exemption'
import { balanceOf } from '../../../core/lifecycle/execution'
import { decisionPauses } from '../../../core/lifecycle/progress'
import { finePerBase, positionInRange } from '../../../core/review/measures'
import type { PeerCase } from '../../../core/review/types'
import type { CaseFact } from '../../../core/statistics/case-fact'
import { toFlexibleCase } from '../../flexible/flexible-facts'
import type { FlexibleCaseRow } from '../../flexible/flexible-repo'
import type { CasePlan } from './plan-types'
import { shanghaiDay } from './times'

export type CaseIdentity = {
  id: string
  caseNumber: string
  unitCode: string
  cause: string
  status: string
  filedOn: string | null
}

const PENDING = ['FILED', 'INVESTIGATING', 'UNDER_REVIEW', 'NOTIFIED']

export function derivedDates(
  calendar: WorkingCalendar,
  plan: CasePlan,
  filedOn: string | null
): { decisionDueOn: string | null; paymentDueOn: string | null } {
  const nominal = filedOn ? nominalDecisionDue(filedOn) : null
  if (plan.refreshedMs === null) return { decisionDueOn: nominal, paymentDueOn: null }
  const today = shanghaiDay(plan.refreshedMs)
  const p = plan.progress
  let decisionDueOn: string | null = null
  if (PENDING.includes(p.status) && p.filedOn && !p.suspendedSince) {
    const due = decisionDeadline(calendar, {
      filedOn: p.filedOn,
      pauses: decisionPauses(p, today),
      extension30: p.extension30,
      furtherExtensionDays: p.furtherExtensionDays
    })
    decisionDueOn = due.ok ? due.value.due : nominal
  }
  let paymentDueOn: string | null = null
  const d = p.decision
  const served = p.service
  const executing = p.status === 'SERVED' || p.status === 'EXECUTING'
  if (
    executing &&
    !p.courtConcluded &&
    d?.outcome === 'penalty' &&
    d.penalty.fineFen !== null &&
    served
  ) {
    const balance = balanceOf(calendar, {
      fineFen: d.penalty.fineFen,
      receivedOn: served.on,
      deferredUntil: p.deferral?.until ?? null,
      payments: plan.payments.map((x) => ({ on: x.paidOn, amountFen: x.amountFen })),
      asOf: today
    })
    if (balance.ok && balance.value.outstandingFen > 0) paymentDueOn = balance.value.paymentDue
  }
  return { decisionDueOn, paymentDueOn }
}

/** The flexible-enforcement reading of the case (flexible-repo.ts SELECT), from the plan. */
function flexibleRow(c: CaseIdentity, plan: CasePlan): FlexibleCaseRow {
  const decision = [...plan.acts]
    .reverse()
    .find((a) => a.action.kind === 'decide' || a.action.kind === 'decideOnTheSpot')?.action
  const e = plan.evaluation
  const outcome = e?.result.outcome
  const education = plan.acts.find((a) => a.action.kind === 'decide')?.action
  const followUpOn =
    education?.kind === 'decide' && education.outcome === 'noPenalty'
      ? education.education.followUpOn
      : null
  const procedure = e?.result.procedure
  return {
    case_id: c.id,
    case_number: c.caseNumber,
    cause: c.cause,
    status: c.status,
    filed_on: c.filedOn,
    decision_kind:
      decision?.kind === 'decide' || decision?.kind === 'decideOnTheSpot' ? decision.kind : null,
    decided_on: decision?.on ?? null,
    outcome: decision?.kind === 'decide' ? decision.outcome : null,
    decided_fine_fen:
      decision?.kind === 'decideOnTheSpot' ||
      (decision?.kind === 'decide' && decision.outcome === 'penalty')
        ? decision.penalty.fineFen
        : null,
    mark_reason: null,
    item_code: e?.result.itemCode ?? null,
    item_name: e?.result.itemName ?? null,
    eval_ok: e ? 1 : null,
    procedure_kind: procedure?.kind ?? null,
    procedure_max_fen: procedure?.kind === 'simpleIfAtMost' ? procedure.maxFen : null,
    outcome_level: outcome?.level ?? null,
    ground: outcome?.level === 'NO_PENALTY' ? outcome.ground : null,
    mandatory: outcome?.level === 'NO_PENALTY' ? (outcome.mandatory ? 1 : 0) : null,
    intended_fine_fen: null,
    offset_fen: null,
    ps_hours_tenths: 0,
    ps_points_tenths: 0,
    follow_up_on: followUpOn,
    followed_up_on: null
  }
}

/** statistics/case-facts.ts statisticsGround. */
function statisticsGround(c: FlexibleCase, raw: string | null): NoPenaltyGround | null {
  switch (c.exemption) {
    case 'firstViolation':
      return 'firstViolationExemption'
    case 'minor':
      return 'minorViolationExemption'
    case null:
      return raw as NoPenaltyGround | null
  }
}

export function caseFact(c: CaseIdentity, plan: CasePlan, decisionDueOn: string | null): CaseFact {
  const p = plan.progress
  const flex = flexibleRow(c, plan)
  const flexible = toFlexibleCase(flex)
  const d = p.decision
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    unitCode: c.unitCode,
    cause: c.cause,
    itemCode: flex.item_code,
    itemName: flex.item_name ?? flex.item_code,
    filedOn: p.filedOn,
    decidedOn: d?.on ?? null,
    decision:
      d === null
        ? null
        : d.outcome === 'penalty'
          ? { outcome: 'penalty', procedure: d.procedure, penalty: d.penalty }
          : {
              outcome: 'noPenalty',
              ground:
                flex.outcome_level === 'NO_PENALTY' ? statisticsGround(flexible, flex.ground) : null
            },
    revokedOn: d ? (plan.revocation?.on ?? null) : null,
    transferredOn: p.transferredOn,
    closedOn: p.closedOn,
    decisionDueOn: p.filedOn ? decisionDueOn : null,
    hearingHeldOn: p.hearing?.heldOn ?? null,
    legalReviewedOn: p.review?.on ?? null,
    collectiveDiscussedOn: p.collectiveDiscussionOn,
    fastTrack: flexible.fastTrack,
    publicService: null
  }
}

/** The decided case as a peer of later ones (review/checks.ts recordOutcome), or null. */
export function peerCase(c: CaseIdentity, plan: CasePlan, config: UnitConfig): PeerCase | null {
  const d = plan.progress.decision
  const e = plan.evaluation
  if (!d || !e) return null
  const fine = d.outcome === 'penalty' ? d.penalty.fineFen : null
  const range = e.result.statutoryRange
  const bases = {
    goodsValueFen: e.facts.bases?.goodsValueFen ?? null,
    illegalGainsFen: e.facts.bases?.illegalGainsFen ?? null
  }
  return {
    caseId: c.id,
    caseNumber: c.caseNumber,
    unitCode: c.unitCode,
    itemCode: e.result.itemCode,
    itemName: e.result.itemName,
    benchmarkId: e.result.versions.benchmarkApplied.id,
    level: e.result.outcome.level as PeerCase['level'],
    decidedOn: d.on,
    fineFen: fine,
    position: fine === null || range === null ? null : positionInRange(fine, range),
    finePerBase:
      fine === null
        ? null
        : finePerBase(fine, bases, config.review.disproportion.baseFloorFen.value)
  }
}
