import { useEffect, useState } from 'react'
import { OfficerOptions } from '../cases/OfficerOptions'
import type { DeadlineCounts, DeadlinesView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { useOfficers } from '../cases/use-officers'

function Counts({ counts, testId }: { counts: DeadlineCounts; testId: string }) {
  const { t } = useI18n()
  return (
    <div className="counts" data-testid={testId}>
      {(['overdue', 'today', 'thisWeek'] as const).map((k) => (
        <div key={k} className={`count clock-${k}`}>
          <span className="count-n">{counts[k]}</span>
          <span>{t(`clocks.status.${k}`)}</span>
        </div>
      ))}
    </div>
  )
}

/**
 * Decision and payment clocks that are overdue or due soon, for the unit and per officer; each row
 * opens its case.
 */
export function DeadlinesPage() {
  const { t } = useI18n()
  const officers = useOfficers()
  const [officerId, setOfficerId] = useState('')
  const [view, setView] = useState<DeadlinesView | null>(null)
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    call('dashboard/deadlines', officerId ? { officerId } : {}).then(setView, setError)
  }, [officerId])
  return (
    <section>
      <h1>{t('deadlines.title')}</h1>
      <ErrorBanner error={error} />
      {view ? (
        <>
          <p className="muted">{t('deadlines.intro', { today: view.today })}</p>
          <label className="inline-filter">
            {t('deadlines.officer')}
            <select value={officerId} onChange={(e) => setOfficerId(e.target.value)}>
              <OfficerOptions officers={officers} emptyLabel={t('common.all')} />
            </select>
          </label>
          <h2>{t('deadlines.unit')}</h2>
          <Counts counts={view.unit} testId="deadline-counts" />
          {view.byOfficer.length > 0 ? (
            <>
              <h2>{t('deadlines.byOfficer')}</h2>
              <table className="list">
                <thead>
                  <tr>
                    <th>{t('deadlines.officer')}</th>
                    <th>{t('clocks.status.overdue')}</th>
                    <th>{t('clocks.status.today')}</th>
                    <th>{t('clocks.status.thisWeek')}</th>
                  </tr>
                </thead>
                <tbody>
                  {view.byOfficer.map((o) => (
                    <tr key={o.id}>
                      <td>{o.displayName}</td>
                      <td>{o.overdue}</td>
                      <td>{o.today}</td>
                      <td>{o.thisWeek}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : null}
          <h2>{t('nav.cases')}</h2>
          {view.cases.length === 0 ? <p className="muted">{t('deadlines.none')}</p> : null}
          <table className="list" data-testid="deadline-cases">
            <thead>
              <tr>
                <th>{t('case.caseNumber')}</th>
                <th>{t('case.cause')}</th>
                <th>{t('case.parties')}</th>
                <th>{t('deadlines.clock')}</th>
                <th>{t('deadlines.dueOn')}</th>
                <th>{t('case.status')}</th>
                <th>{t('case.officers')}</th>
              </tr>
            </thead>
            <tbody>
              {view.cases.map((c) => (
                <tr key={`${c.id}:${c.clock}`} className={`clock-${c.dueStatus}`}>
                  <td>
                    <a href={href({ name: 'caseDetail', id: c.id })}>{c.caseNumber}</a>
                  </td>
                  <td>{c.cause}</td>
                  <td>{c.partyNames.join('、')}</td>
                  <td data-testid="deadline-clock">{t(`deadlines.clock.${c.clock}`)}</td>
                  <td data-testid="deadline-due">{c.dueOn}</td>
                  <td>
                    <span className="badge">{t(`clocks.status.${c.dueStatus}`)}</span>
                  </td>
                  <td>{c.officers.map((o) => o.displayName).join('、')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {view.truncated ? <p className="muted">{t('deadlines.truncated')}</p> : null}
        </>
      ) : null}
    </section>
  )
}
