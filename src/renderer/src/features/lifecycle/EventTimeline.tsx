import type { CaseEventView } from '../../../../shared/lifecycle-views'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import { describeAction } from './describe-action'

/** Every recorded step, oldest first: its date, what it was, and who recorded it when. */
export function EventTimeline({ events }: { events: CaseEventView[] }) {
  const { t } = useI18n()
  return (
    <>
      <h3>{t('lifecycle.events')}</h3>
      {events.length === 0 ? <p className="muted">{t('lifecycle.noEvents')}</p> : null}
      <ol className="timeline" data-testid="events">
        {events.map((e) => {
          const details = describeAction(e.action, t)
          return (
            <li key={e.seq} data-testid="event">
              <span className="event-date">{e.action.on}</span>{' '}
              <strong>{t(`lifecycle.action.${e.action.kind}`)}</strong>
              {details ? <span className="prewrap">：{details}</span> : null}{' '}
              <span className="muted">
                {t('lifecycle.recordedBy', {
                  actor: e.actor.displayName,
                  at: formatInstant(e.at)
                })}
              </span>
            </li>
          )
        })}
      </ol>
    </>
  )
}
