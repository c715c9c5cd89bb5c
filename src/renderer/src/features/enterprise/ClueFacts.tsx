import {
  CLUE_CHANNEL_ZH,
  CLUE_FINDING_ZH,
  CLUE_PROBLEM_ZH,
  CLUE_STATUS_ZH
} from '../../../../core/enterprise/vocabulary'
import type { ClueView } from '../../../../shared/enterprise-views'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'
import { yuanGrouped } from './money'

/** What the clue says and where it stands: the registered facts and the fold of its steps. */
export function ClueFacts({ clue }: { clue: ClueView }) {
  const { t } = useI18n()
  return (
    <dl className="facts-grid" data-testid="clue-facts">
      <dt>{t('clues.status')}</dt>
      <dd>
        <span data-testid="clue-status">{CLUE_STATUS_ZH[clue.status]}</span>{' '}
        {clue.overdue ? (
          <span className="badge badge-block" data-testid="clue-overdue">
            {t('clues.overdue')}
          </span>
        ) : null}
      </dd>
      <dt>{t('clues.receivedOn')}</dt>
      <dd>{clue.receivedOn}</dd>
      <dt>{t('clues.channel')}</dt>
      <dd>{CLUE_CHANNEL_ZH[clue.channel]}</dd>
      <dt>{t('clues.reporter')}</dt>
      <dd>{clue.reporter}</dd>
      <dt>{t('clues.enterprise')}</dt>
      <dd>
        <a href={href({ name: 'enterprise', uscc: clue.uscc })} data-testid="clue-enterprise">
          {clue.enterpriseName}（{clue.uscc}）
        </a>
      </dd>
      <dt>{t('clues.agency')}</dt>
      <dd>{clue.agency}</dd>
      <dt>{t('clues.problemType')}</dt>
      <dd>{CLUE_PROBLEM_ZH[clue.problemType]}</dd>
      <dt>{t('clues.amount')}</dt>
      <dd>{clue.amountFen === null ? '—' : yuanGrouped(clue.amountFen)}</dd>
      <dt>{t('clues.deadlineOn')}</dt>
      <dd data-testid="clue-deadline">{clue.deadlineOn}</dd>
      <dt>{t('clues.handledOn')}</dt>
      <dd>{clue.handledOn ?? '—'}</dd>
      <dt>{t('clues.finding')}</dt>
      <dd data-testid="clue-finding">{clue.finding ? CLUE_FINDING_ZH[clue.finding] : '—'}</dd>
      <dt>{t('clues.referred')}</dt>
      <dd>{clue.referred ? t('clues.yes') : t('clues.no')}</dd>
      <dt>{t('clues.recovered')}</dt>
      <dd data-testid="clue-recovered">{yuanGrouped(clue.recoveredFen)}</dd>
      <dt>{t('clues.summary')}</dt>
      <dd className="prewrap">{clue.summary}</dd>
    </dl>
  )
}
