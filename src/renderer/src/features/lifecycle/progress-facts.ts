// The key facts of a case's progress as label/value rows; a step not yet reached has no row.
import { describePenalty } from '../../../../core/lifecycle/penalty'
import type { CaseProgress, Decision, HearingProgress } from '../../../../core/lifecycle/progress'
import type { CaseProgressView } from '../../../../shared/lifecycle-views'
import type { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'
import { fenText } from './money'

type Translate = ReturnType<typeof useI18n>['t']
export type FactRow = { id: string; label: MessageKey; value: string }

const join = (...parts: (string | false | null)[]) => parts.filter(Boolean).join('；')

function statements(p: CaseProgress, t: Translate): string {
  return join(
    p.statementsSinceNotice > 0
      ? t('lifecycle.statements', { n: p.statementsSinceNotice, date: p.lastStatementOn ?? '' })
      : t('lifecycle.noStatements'),
    p.reconsideredOn && t('lifecycle.reconsideredOn', { date: p.reconsideredOn }),
    p.waivedOn && t('lifecycle.waivedOn', { date: p.waivedOn })
  )
}

function hearing(h: HearingProgress, t: Translate): string {
  return join(
    t('lifecycle.hearing.requested', { date: h.requestedOn }),
    h.noticeOn &&
      t('lifecycle.hearing.noticed', { date: h.noticeOn, hearingOn: h.hearingOn ?? '' }),
    h.heldOn && t('lifecycle.hearing.held', { date: h.heldOn }),
    h.abandonedOn && t('lifecycle.hearing.abandoned', { date: h.abandonedOn })
  )
}

function decision(d: Decision, t: Translate): string {
  const what = `${d.on} ${t(`lifecycle.outcome.${d.outcome}`)}（${t(`lifecycle.procedure.${d.procedure}`)}）`
  return d.outcome === 'penalty' ? `${what}：${describePenalty(d.penalty)}` : what
}

function enforcement(p: CaseProgress, t: Translate): string | null {
  if (!p.courtAppliedOn) return null
  const c = p.courtConcluded
  return join(
    t('lifecycle.courtApplied', { date: p.courtAppliedOn }),
    c && `${c.on} ${t(`lifecycle.result.${c.result}`)}`
  )
}

function clockChanges(p: CaseProgress, t: Translate): [string | null, string | null] {
  const suspension = join(
    p.suspendedSince && t('lifecycle.suspendedSince', { date: p.suspendedSince }),
    p.pauses.length > 0 && t('lifecycle.pauses', { n: p.pauses.length })
  )
  const extension = join(
    p.extension30 && t('lifecycle.extension30'),
    p.furtherExtensionDays > 0 && t('lifecycle.furtherDays', { n: p.furtherExtensionDays })
  )
  return [suspension || null, extension || null]
}

export function factRows(view: CaseProgressView, t: Translate): FactRow[] {
  const p = view.progress
  const [suspension, extension] = clockChanges(p, t)
  const b = view.balance
  const rows: [string, MessageKey, string | null][] = [
    ['filedOn', 'lifecycle.fact.filedOn', p.filedOn],
    [
      'conclusion',
      'lifecycle.fact.conclusion',
      p.conclusion &&
        join(
          t(`lifecycle.conclusion.${p.conclusion}`),
          p.legalReviewRequired && t('lifecycle.legalReviewRequired'),
          p.collectiveDiscussionRequired && t('lifecycle.collectiveRequired')
        )
    ],
    [
      'review',
      'lifecycle.fact.review',
      p.review && `${p.review.on} ${t(`lifecycle.opinion.${p.review.opinion}`)}`
    ],
    ['discussion', 'lifecycle.fact.discussion', p.collectiveDiscussionOn],
    ['approval', 'lifecycle.fact.approval', p.deviationApprovedOn],
    [
      'notice',
      'lifecycle.fact.notice',
      p.notice &&
        join(
          `${p.notice.on} ${describePenalty(p.notice.penalty)}`,
          t(p.notice.hearingOffered ? 'lifecycle.hearingOffered' : 'lifecycle.hearingNotOffered')
        )
    ],
    ['statements', 'lifecycle.fact.statements', p.notice && statements(p, t)],
    ['hearing', 'lifecycle.fact.hearing', p.hearing && hearing(p.hearing, t)],
    ['decision', 'lifecycle.fact.decision', p.decision && decision(p.decision, t)],
    [
      'service',
      'lifecycle.fact.service',
      p.service && `${p.service.on} ${t(`lifecycle.method.${p.service.method}`)}`
    ],
    ['published', 'lifecycle.fact.published', p.publishedOn],
    [
      'deferral',
      'lifecycle.fact.deferral',
      p.deferral &&
        `${t(`lifecycle.deferralKind.${p.deferral.kind}`)} ${t('lifecycle.until', { date: p.deferral.until })}`
    ],
    ['reminder', 'lifecycle.fact.reminder', p.reminderOn],
    ['court', 'lifecycle.fact.court', enforcement(p, t)],
    [
      'seizures',
      'lifecycle.fact.seizures',
      p.seizures.length === 0
        ? null
        : p.seizures
            .map((s) =>
              join(
                `${s.startedOn} ${s.items}`,
                s.extensionApproved && t('lifecycle.seizureExtended'),
                s.releasedOn && t('lifecycle.seizureReleased', { date: s.releasedOn })
              )
            )
            .join('；')
    ],
    ['suspension', 'lifecycle.fact.suspension', suspension],
    ['extension', 'lifecycle.fact.extension', extension],
    [
      'payment',
      'lifecycle.fact.payment',
      b &&
        t('lifecycle.balance', {
          fine: fenText(b.fineFen + b.surchargeFen),
          outstanding: fenText(b.outstandingFen)
        })
    ],
    ['transferred', 'lifecycle.fact.transferred', p.transferredOn],
    ['declined', 'lifecycle.fact.declined', p.declinedOn],
    ['closed', 'lifecycle.fact.closed', p.closedOn],
    ['archived', 'lifecycle.fact.archived', p.archivedOn]
  ]
  return rows.flatMap(([id, label, value]) => (value ? [{ id, label, value }] : []))
}
