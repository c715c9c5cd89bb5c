// Assembles the consistency-review input of one case (src/core/review/types.ts) from the case, its
// latest benchmark evaluation and its folded procedure.
import { publicationDeadline, serviceDeadline } from '../../core/clocks/procedure'
import { versionAt } from '../../core/discretion/compile'
import type { Facts } from '../../core/discretion/facts-schema'
import type { Evaluation } from '../../core/discretion/result-types'
import { hearingRight, type PenaltyDecision } from '../../core/lifecycle/penalty'
import { exemptionFactsFrom, FOOD_136_GROUND } from '../../core/review/from-facts'
import type { DeviationApproval, ReviewCheckpoint, ReviewSubject } from '../../core/review/types'
import type { CaseEvaluationView } from '../../shared/views'
import type { CallContext } from '../context'
import { evaluationsOfCase } from '../discretion/repo'
import { prepare } from '../db/statements'
import { hearingThresholds, todayOf, workingCalendar, type CaseState } from '../lifecycle/state'

/** The step the checks look ahead to, from the stage the case is in. */
export function checkpointOf(state: CaseState): ReviewCheckpoint {
  const p = state.progress
  if (p.decision) return 'decided'
  return p.notice ? 'decision' : 'notice'
}

/** The penalty under review: decided, else notified, else the one the evaluation intends. */
function penaltyAt(state: CaseState, evaluation: CaseEvaluationView): PenaltyDecision | null {
  const p = state.progress
  if (p.decision) return p.decision.outcome === 'penalty' ? p.decision.penalty : null
  if (p.notice) return p.notice.penalty
  return evaluation.intendedFineFen !== null
    ? { types: ['fine'], fineFen: evaluation.intendedFineFen, confiscationFen: null }
    : null
}

function approvalOf(state: CaseState): DeviationApproval | null {
  const p = state.progress
  if (p.deviationApprovedOn) return { by: 'head', on: p.deviationApprovedOn }
  if (p.collectiveDiscussionOn) return { by: 'collectiveDiscussion', on: p.collectiveDiscussionOn }
  return null
}

/** 个体工商户 (统一社会信用代码 starting 92, GB 32100) and natural persons are the micro parties the
 * 小过重罚 cases concern (domain.md §9.1); other organisations are not assumed to be small. */
function partyOf(ctx: CallContext, caseId: string): ReviewSubject['party'] {
  const first = prepare(
    ctx.db,
    'SELECT kind, uscc FROM parties WHERE case_id = ? ORDER BY position LIMIT 1'
  ).get(caseId) as { kind: 'person' | 'organisation'; uscc: string | null } | undefined
  const kind = first?.kind ?? 'organisation'
  const micro = kind === 'person' || (first?.uscc ?? '').startsWith('92')
  return { kind, microBusiness: micro, declaredTurnoverFen: null }
}

/** The item's level profile and sector rules from the catalogue in force. */
function itemRules(ctx: CallContext, evaluation: Evaluation, actDate: string) {
  const entry = ctx.discretion.current(ctx.db).catalogue.byCode.get(evaluation.itemCode)?.[0]
  const version = entry ? versionAt(entry.item, actDate) : null
  if (!version || version.kind !== 'penalty') {
    return { profile: null, food136Applies: false, noFaultDisplacedBy: null }
  }
  const fine = version.fine
  const profile = 'profile' in fine ? (fine.profile ?? null) : null
  return {
    profile,
    food136Applies: version.sectorGrounds.some((g) => g.code === FOOD_136_GROUND),
    noFaultDisplacedBy: version.noFaultOtherwise
  }
}

export type SubjectLoad =
  | { ok: true; subject: ReviewSubject; evaluation: CaseEvaluationView }
  | { ok: false; problem: string }

export function reviewSubject(ctx: CallContext, state: CaseState): SubjectLoad {
  const evaluation = evaluationsOfCase(ctx.db, state.row.id)[0]
  if (!evaluation) return { ok: false, problem: '本案尚未记录裁量结果，无法进行一致性审查。' }
  const result = evaluation.result
  if (!result.ok) return { ok: false, problem: '本案的裁量结果无效，无法进行一致性审查。' }
  const facts = evaluation.facts as Facts
  const calendar = workingCalendar(ctx)
  const p = state.progress
  const penalty = penaltyAt(state, evaluation)
  const rules = itemRules(ctx, result, facts.dates.violation)
  const d = p.decision
  const service =
    d && d.procedure === 'ordinary' && p.status !== 'DECIDED'
      ? serviceDeadline(calendar, d.on)
      : null
  const publishes =
    d &&
    d.outcome === 'penalty' &&
    d.procedure === 'ordinary' &&
    !d.penalty.types.every((t) => t === 'warning')
  const publication = publishes && d ? publicationDeadline(calendar, d.on) : null
  const subject: ReviewSubject = {
    caseId: state.row.id,
    caseNumber: state.row.case_number,
    itemCode: result.itemCode,
    itemName: result.itemName,
    benchmarkId: result.versions.benchmarkApplied.id,
    checkpoint: checkpointOf(state),
    level: evaluation.outcomeLevel as ReviewSubject['level'],
    proposedLevel: result.outcome.level,
    deviationApproval: approvalOf(state),
    statutoryRange: result.statutoryRange,
    profile: rules.profile,
    // Evaluations stored before issue 6 have no publicService field.
    publicServiceOffsetFen: result.publicService?.offsetFen ?? 0,
    penalty,
    bases: {
      goodsValueFen: facts.bases.goodsValueFen ?? null,
      illegalGainsFen: facts.bases.illegalGainsFen ?? null
    },
    party: partyOf(ctx, state.row.id),
    exemption: exemptionFactsFrom(facts, {
      food136Applies: rules.food136Applies,
      noFaultDisplacedBy: rules.noFaultDisplacedBy
    }),
    aggravatingGrounds: result.grounds.aggravating.map((g) => g.code),
    procedure: {
      progress: p,
      hearingEligible:
        penalty !== null &&
        hearingRight(penalty, state.partyKinds, hearingThresholds(ctx, state.row.id)) !== null,
      serviceDueOn: service?.ok ? service.value.due : null,
      publicationDueOn: publication?.ok ? publication.value.due : null
    },
    // Testing periods within a seizure (Art. 25 ¶3) are not recorded yet, so none are excluded.
    seizures: p.seizures.map((s) => ({
      startedOn: s.startedOn,
      extensionApproved: s.extensionApproved,
      testing: [],
      releasedOn: s.releasedOn
    })),
    asOf: todayOf(ctx)
  }
  return { ok: true, subject, evaluation }
}
