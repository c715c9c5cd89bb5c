import { useState } from 'react'
import type { LifecycleActionKind } from '../../../../core/lifecycle/actions'
import type { CaseProgressView } from '../../../../shared/lifecycle-views'
import { useSession } from '../../app/session'
import { useI18n } from '../../i18n/i18n'
import { ActionForm } from './ActionForm'
import { EventTimeline } from './EventTimeline'
import { mayRecord } from './may-record'
import { factRows } from './progress-facts'

type Props = { progress: CaseProgressView; officerIds: string[]; onChanged: () => void }

/** 办案流程: the stage, the facts so far, the steps that fit now (each with its form), the timeline. */
export function LifecyclePanel({ progress, officerIds, onChanged }: Props) {
  const { t } = useI18n()
  const { user } = useSession()
  const [open, setOpen] = useState<LifecycleActionKind | null>(null)
  const onCase = officerIds.includes(user.id)
  const actions = progress.available.filter((k) => mayRecord(k, user.roles, onCase))
  const facts = factRows(progress, t)
  return (
    <section className="lifecycle" aria-label={t('lifecycle.title')}>
      <h2>{t('lifecycle.title')}</h2>
      <dl className="facts-grid" data-testid="progress-facts">
        <dt>{t('lifecycle.stage')}</dt>
        <dd>
          <span className="badge" data-testid="lifecycle-status">
            {t(`status.${progress.status}`)}
          </span>
        </dd>
        {facts.map((f) => (
          <div key={f.id} className="fact-row" data-testid={`fact-${f.id}`}>
            <dt>{t(f.label)}</dt>
            <dd>{f.value}</dd>
          </div>
        ))}
      </dl>
      <h3>{t('lifecycle.available')}</h3>
      {actions.length === 0 ? (
        <p className="muted">{t('lifecycle.noneAvailable')}</p>
      ) : (
        <div
          className="action-buttons"
          role="group"
          aria-label={t('lifecycle.available')}
          data-testid="available-actions"
        >
          {actions.map((k) => (
            <button
              key={k}
              type="button"
              className={open === k ? 'primary' : 'secondary'}
              data-testid={`action-${k}`}
              onClick={() => setOpen(open === k ? null : k)}
            >
              {t(`lifecycle.action.${k}`)}
            </button>
          ))}
        </div>
      )}
      {open && actions.includes(open) ? (
        <ActionForm
          key={open}
          kind={open}
          progress={progress}
          onCancel={() => setOpen(null)}
          onDone={() => {
            setOpen(null)
            onChanged()
          }}
        />
      ) : null}
      <EventTimeline events={progress.events} />
    </section>
  )
}
