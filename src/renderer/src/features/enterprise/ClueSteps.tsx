import { CLUE_FINDING_ZH, CLUE_STEP_ZH } from '../../../../core/enterprise/vocabulary'
import type { ClueStepView } from '../../../../shared/enterprise-views'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'

/** The clue's steps, oldest first: 转办, 督办, 办结, 反馈, 移送 with their dates and notes. */
export function ClueSteps({ steps }: { steps: ClueStepView[] }) {
  const { t } = useI18n()
  if (steps.length === 0) return <p className="muted">{t('clues.noSteps')}</p>
  return (
    <ol className="timeline" data-testid="clue-steps">
      {steps.map((s) => (
        <li key={s.id} data-testid="clue-step">
          <span className="event-date">{s.on}</span>{' '}
          <strong data-testid="clue-step-kind">{CLUE_STEP_ZH[s.kind]}</strong>
          {s.toAgency ? <> → {s.toAgency}</> : null}
          {s.deadlineOn ? <> · {t('clues.step.until', { on: s.deadlineOn })}</> : null}
          {s.finding ? <> · {CLUE_FINDING_ZH[s.finding]}</> : null}
          <div className="prewrap">{s.note}</div>
          <div className="muted">
            {t('clues.step.by', { name: s.createdBy, at: formatInstant(s.createdAt) })}
          </div>
        </li>
      ))}
    </ol>
  )
}
