// Which fields each action's form shows (the date `on` comes first in every form).
import { assertNever } from '../../../../core/assert'
import {
  DEFERRAL_KINDS,
  INVESTIGATION_CONCLUSIONS,
  REVIEW_OPINIONS,
  SERVICE_METHODS,
  type LifecycleActionKind
} from '../../../../core/lifecycle/actions'
import type { MessageKey } from '../../i18n/zh'
import type { ActionDraft } from './action-draft'

type KeysOf<T> = T extends unknown ? keyof T : never
/** Every field some action has, other than its kind, its date, its penalty and the education of a
 * no-penalty decision (each with its own editor). */
export type ActionFieldName = Exclude<KeysOf<ActionDraft>, 'kind' | 'on' | 'penalty' | 'education'>

export type Option = { value: string; label: MessageKey }

export type ActionField =
  | {
      type: 'text' | 'textarea' | 'date' | 'number' | 'check'
      name: ActionFieldName
      label?: MessageKey
    }
  | { type: 'select'; name: ActionFieldName; options: readonly Option[] }
  | { type: 'penalty' }
  | { type: 'education' }

const CONCLUSIONS = INVESTIGATION_CONCLUSIONS.map((v) => ({
  value: v,
  label: `lifecycle.conclusion.${v}` as const
}))
const OPINIONS = REVIEW_OPINIONS.map((v) => ({
  value: v,
  label: `lifecycle.opinion.${v}` as const
}))
const METHODS = SERVICE_METHODS.map((v) => ({ value: v, label: `lifecycle.method.${v}` as const }))
const DEFERRALS = DEFERRAL_KINDS.map((v) => ({
  value: v,
  label: `lifecycle.deferralKind.${v}` as const
}))
const OUTCOMES = (['penalty', 'noPenalty'] as const).map((v) => ({
  value: v,
  label: `lifecycle.outcome.${v}` as const
}))
const RESULTS = (['enforced', 'terminated'] as const).map((v) => ({
  value: v,
  label: `lifecycle.result.${v}` as const
}))
const STEPS = (['head30', 'collective'] as const).map((v) => ({
  value: v,
  label: `lifecycle.step.${v}` as const
}))

const text = (name: ActionFieldName): ActionField => ({ type: 'text', name })
const area = (name: ActionFieldName, label?: MessageKey): ActionField =>
  label ? { type: 'textarea', name, label } : { type: 'textarea', name }
const check = (name: ActionFieldName): ActionField => ({ type: 'check', name })
const date = (name: ActionFieldName): ActionField => ({ type: 'date', name })
const select = (name: ActionFieldName, options: readonly Option[]): ActionField => ({
  type: 'select',
  name,
  options
})
const PENALTY: ActionField = { type: 'penalty' }
const EDUCATION: ActionField = { type: 'education' }

export function fieldsOf(kind: LifecycleActionKind): ActionField[] {
  switch (kind) {
    case 'file':
    case 'waive':
    case 'hearingRequest':
    case 'publish':
    case 'remind':
    case 'resume':
    case 'close':
    case 'archive':
      return []
    case 'decline':
    case 'hearingAbandoned':
    case 'suspend':
      return [area('reason')]
    case 'closeInvestigation':
      return [
        select('conclusion', CONCLUSIONS),
        check('legalReviewRequired'),
        check('collectiveDiscussionRequired'),
        area('summary')
      ]
    case 'transfer':
      return [text('organ'), area('reason')]
    case 'collectiveDiscussion':
      return [text('participants'), area('conclusion', 'lifecycle.field.discussionConclusion')]
    case 'seize':
      return [area('items'), check('headApproved')]
    case 'extendSeizure':
    case 'releaseSeizure':
      return [area('reason')]
    case 'approveDeviation':
      return [area('reasons')]
    case 'legalReview':
      return [select('opinion', OPINIONS), area('reasons')]
    case 'notify':
      return [PENALTY, check('hearingOffered')]
    case 'statement':
    case 'hearingHeld':
      return [area('summary')]
    case 'reconsider':
      return [check('adopted'), area('reasons')]
    case 'hearingNotice':
      return [date('hearingOn'), text('place')]
    case 'decide':
      return [select('outcome', OUTCOMES), PENALTY, EDUCATION, area('reasons')]
    case 'decideOnTheSpot':
      return [PENALTY, text('place'), check('rightsInformed')]
    case 'serve':
      return [select('method', METHODS), check('consentSigned')]
    case 'deferral':
      return [select('deferralKind', DEFERRALS), date('until'), area('reason')]
    case 'courtApply':
      return [text('court')]
    case 'courtConcluded':
      return [select('result', RESULTS)]
    case 'extend':
      return [select('step', STEPS), { type: 'number', name: 'days' }, area('reason')]
  }
  return assertNever(kind)
}
