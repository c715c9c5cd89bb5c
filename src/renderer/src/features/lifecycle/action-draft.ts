// The action form's values: a LifecycleActionInput being filled in, its blank state per action, and
// the resolver that tidies it and validates it with the shared schema before it is sent.
import { zodResolver } from '@hookform/resolvers/zod'
import type { Resolver } from 'react-hook-form'
import type { z } from 'zod'
import { assertNever } from '../../../../core/assert'
import type { EducationForm } from '../../../../core/flexible/vocabulary'
import type { LifecycleActionKind } from '../../../../core/lifecycle/actions'
import { penaltyShapeProblem, type PenaltyDecision } from '../../../../core/lifecycle/penalty'
import type { CaseProgress } from '../../../../core/lifecycle/progress'
import {
  lifecycleActionInput,
  type LifecycleActionInput
} from '../../../../shared/schemas/lifecycle'
import { keyedIssues } from '../../lib/form'

export type ActionDraft = LifecycleActionInput
export type ActionOutput = z.output<typeof lifecycleActionInput>

const blankPenalty = (): PenaltyDecision => ({ types: [], fineFen: null, confiscationFen: null })
/** The education a no-penalty decision carries (APL Art. 33 ¶3): given on the decision day by
 * default; the follow-up date is the officer's to choose. */
const blankEducation = (on: string) => ({
  forms: [],
  content: '',
  educatedOn: on,
  followUpOn: ''
})
const copyPenalty = (p: PenaltyDecision): PenaltyDecision => ({ ...p, types: [...p.types] })

/** The form's starting values; a decision starts from the notified penalty, which it may not exceed. */
export function blankAction(kind: LifecycleActionKind, on: string, p: CaseProgress): ActionDraft {
  const notified = p.notice ? copyPenalty(p.notice.penalty) : blankPenalty()
  switch (kind) {
    case 'file':
    case 'waive':
    case 'hearingRequest':
    case 'publish':
    case 'remind':
    case 'resume':
    case 'close':
    case 'archive':
      return { kind, on }
    case 'decline':
    case 'hearingAbandoned':
    case 'suspend':
      return { kind, on, reason: '' }
    case 'closeInvestigation':
      return {
        kind,
        on,
        conclusion: 'penalty',
        legalReviewRequired: false,
        collectiveDiscussionRequired: false,
        summary: ''
      }
    case 'transfer':
      return { kind, on, organ: '', reason: '' }
    case 'collectiveDiscussion':
      return { kind, on, participants: '', conclusion: '' }
    case 'seize':
      return { kind, on, items: '', headApproved: false }
    case 'extendSeizure':
    case 'releaseSeizure':
      return { kind, on, reason: '' }
    case 'approveDeviation':
      return { kind, on, reasons: '' }
    case 'legalReview':
      return { kind, on, opinion: 'approve', reasons: '' }
    case 'notify':
      return { kind, on, penalty: notified, hearingOffered: p.notice?.hearingOffered ?? false }
    case 'statement':
    case 'hearingHeld':
      return { kind, on, summary: '' }
    case 'reconsider':
      return { kind, on, adopted: false, reasons: '' }
    case 'hearingNotice':
      return { kind, on, hearingOn: '', place: '' }
    case 'decide': {
      const outcome = p.conclusion === 'penalty' ? 'penalty' : 'noPenalty'
      return { kind, on, outcome, penalty: notified, reasons: '', education: blankEducation(on) }
    }
    case 'decideOnTheSpot':
      return { kind, on, penalty: blankPenalty(), place: '', rightsInformed: false }
    case 'serve':
      return { kind, on, method: 'inPerson', consentSigned: false }
    case 'deferral':
      return { kind, on, deferralKind: 'deferral', until: '', reason: '' }
    case 'courtApply':
      return { kind, on, court: '' }
    case 'courtConcluded':
      return { kind, on, result: 'enforced' }
    case 'extend':
      return { kind, on, step: p.extension30 ? 'collective' : 'head30', days: 30, reason: '' }
  }
  return assertNever(kind)
}

/** Amounts only for the types that carry them (a fine typed, then unticked, is not sent). */
function tidyPenalty(p: PenaltyDecision): PenaltyDecision {
  const confiscates = p.types.includes('confiscateGains') || p.types.includes('confiscateProperty')
  return {
    types: p.types,
    fineFen: p.types.includes('fine') ? p.fineFen : null,
    confiscationFen: confiscates ? p.confiscationFen : null
  }
}

/** A checkbox group with nothing ticked may come back as `false`; send an empty list instead. */
function formsOf(forms: unknown): EducationForm[] {
  return Array.isArray(forms) ? (forms as EducationForm[]) : []
}

export function tidyAction(a: ActionDraft): ActionDraft {
  if (a.kind === 'notify' || a.kind === 'decideOnTheSpot') {
    return { ...a, penalty: tidyPenalty(a.penalty) }
  }
  if (a.kind === 'decide') {
    // Each outcome sends only its own part: the penalty, or the education (the form keeps both
    // while the outcome is switched back and forth).
    return {
      ...a,
      penalty: a.outcome === 'penalty' && a.penalty ? tidyPenalty(a.penalty) : null,
      education:
        a.outcome === 'noPenalty'
          ? { ...(a.education ?? blankEducation(a.on)), forms: formsOf(a.education?.forms) }
          : null
    }
  }
  return a
}

/** The penalty's shape rules from core (a fine needs its amount …), checked before sending. */
function penaltyProblem(a: ActionOutput): string | null {
  if (a.kind === 'notify' || a.kind === 'decideOnTheSpot') return penaltyShapeProblem(a.penalty)
  if (a.kind === 'decide' && a.outcome === 'penalty') {
    return a.penalty ? penaltyShapeProblem(a.penalty) : penaltyShapeProblem(blankPenalty())
  }
  return null
}

const schemaResolver = zodResolver(lifecycleActionInput, keyedIssues)

export const actionResolver: Resolver<ActionDraft, unknown, ActionOutput> = async (
  values,
  context,
  options
) => {
  const result = await schemaResolver(tidyAction(values), context, options)
  if (Object.keys(result.errors).length > 0) return result
  // No errors: the values are the parsed action.
  const problem = penaltyProblem(result.values as ActionOutput)
  if (!problem) return result
  return { values: {}, errors: { penalty: { type: 'custom', message: problem } } }
}
