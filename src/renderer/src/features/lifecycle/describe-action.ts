// One line per recorded step for the timeline: what was decided or noted, in the UI language (the
// penalty text is Chinese, as printed on the documents).
import { assertNever } from '../../../../core/assert'
import type { LifecycleAction } from '../../../../core/lifecycle/actions'
import { describePenalty } from '../../../../core/lifecycle/penalty'
import type { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'

type Translate = ReturnType<typeof useI18n>['t']

const join = (...parts: (string | false | null)[]) => parts.filter(Boolean).join('；')

export function describeAction(a: LifecycleAction, t: Translate): string {
  const labelled = (key: MessageKey, value: string) => `${t(key)}：${value}`
  switch (a.kind) {
    case 'file':
    case 'waive':
    case 'hearingRequest':
    case 'publish':
    case 'remind':
    case 'resume':
    case 'close':
    case 'archive':
      return ''
    case 'decline':
    case 'hearingAbandoned':
    case 'suspend':
      return labelled('lifecycle.field.reason', a.reason)
    case 'closeInvestigation':
      return join(
        t(`lifecycle.conclusion.${a.conclusion}`),
        a.legalReviewRequired && t('lifecycle.legalReviewRequired'),
        a.collectiveDiscussionRequired && t('lifecycle.collectiveRequired'),
        a.summary
      )
    case 'transfer':
      return join(labelled('lifecycle.field.organ', a.organ), a.reason)
    case 'collectiveDiscussion':
      return join(
        labelled('lifecycle.field.participants', a.participants),
        labelled('lifecycle.field.discussionConclusion', a.conclusion)
      )
    case 'seize':
      return labelled('lifecycle.field.items', a.items)
    case 'extendSeizure':
    case 'releaseSeizure':
      return a.reason
    case 'approveDeviation':
      return a.reasons
    case 'legalReview':
      return join(t(`lifecycle.opinion.${a.opinion}`), a.reasons)
    case 'notify':
      return join(
        describePenalty(a.penalty),
        t(a.hearingOffered ? 'lifecycle.hearingOffered' : 'lifecycle.hearingNotOffered')
      )
    case 'statement':
    case 'hearingHeld':
      return a.summary
    case 'reconsider':
      return join(a.adopted ? t('lifecycle.field.adopted') : t('lifecycle.notAdopted'), a.reasons)
    case 'hearingNotice':
      return join(
        labelled('lifecycle.field.hearingOn', a.hearingOn),
        labelled('lifecycle.field.place', a.place)
      )
    case 'decide':
      return a.outcome === 'penalty'
        ? join(describePenalty(a.penalty), a.reasons)
        : join(
            t('lifecycle.outcome.noPenalty'),
            a.reasons,
            // Decisions recorded before the education was kept (issue 6) carry none.
            a.education &&
              t('lifecycle.education.summary', {
                forms: a.education.forms.map((f) => t(`flexible.form.${f}`)).join('、'),
                date: a.education.followUpOn
              })
          )
    case 'decideOnTheSpot':
      return join(describePenalty(a.penalty), labelled('lifecycle.field.place', a.place))
    case 'serve':
      return t(`lifecycle.method.${a.method}`)
    case 'deferral':
      return join(
        t(`lifecycle.deferralKind.${a.deferralKind}`),
        t('lifecycle.until', { date: a.until }),
        a.reason
      )
    case 'courtApply':
      return labelled('lifecycle.field.court', a.court)
    case 'courtConcluded':
      return t(`lifecycle.result.${a.result}`)
    case 'extend':
      return join(t(`lifecycle.step.${a.step}`), t('lifecycle.days', { n: a.days }), a.reason)
  }
  return assertNever(a)
}
