import { useEffect, useState } from 'react'
import { rangeText } from '../../../../core/discretion/money'
import type { CaseDetail, CaseEvaluationView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'
import { EvaluationForm } from './EvaluationForm'

type Props = { detail: CaseDetail; mayChange: boolean; onChanged: () => void }

/** The case's current (latest frozen) evaluation, and the form to evaluate again. */
export function DiscretionPanel({ detail, mayChange, onChanged }: Props) {
  const { t } = useI18n()
  const [evaluations, setEvaluations] = useState<CaseEvaluationView[] | null>(null)
  const [editing, setEditing] = useState(false)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    call('discretion/evaluations', { caseId: detail.id }).then(setEvaluations, setError)
  }, [detail.id, detail.rev])
  const current = evaluations?.[0]
  return (
    <section className="discretion" aria-label={t('discretion.title')}>
      <h2>{t('discretion.title')}</h2>
      <ErrorBanner error={error} />
      {current ? (
        <div className="card" data-testid="current-evaluation">
          <h3>{t('discretion.current')}</h3>
          <p>
            {current.itemCode} {current.itemName}：
            <strong data-testid="evaluation-outcome">
              {t(`discretion.level.${current.outcomeLevel}` as MessageKey)}
            </strong>
            {current.fine ? `，${t('discretion.fine')} ${rangeText(current.fine)}` : ''}（
            {t(`discretion.choice.${current.choice}`)}）
            {current.deviation ? <span className="badge">{t('discretion.deviation')}</span> : null}
          </p>
          <p className="muted">
            {t('discretion.chosenBy', {
              name: current.createdBy,
              at: formatInstant(current.createdAt)
            })}
          </p>
          {current.deviationReason ? (
            <p>
              {t('discretion.deviationReason')}：{current.deviationReason}
            </p>
          ) : null}
          <h4>{t('discretion.explanation')}</h4>
          <p className="explanation" data-testid="evaluation-explanation">
            {current.explanation}
          </p>
        </div>
      ) : evaluations ? (
        <p className="muted">{t('discretion.none')}</p>
      ) : null}
      {mayChange && !editing ? (
        <button type="button" className="secondary" onClick={() => setEditing(true)}>
          {current ? t('discretion.again') : t('discretion.start')}
        </button>
      ) : null}
      {editing ? (
        <EvaluationForm
          detail={detail}
          onCancel={() => setEditing(false)}
          onSaved={() => {
            setEditing(false)
            onChanged()
          }}
        />
      ) : null}
    </section>
  )
}
