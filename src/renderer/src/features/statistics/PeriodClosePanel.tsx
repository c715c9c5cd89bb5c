import { useEffect, useState } from 'react'
import type { PeriodCloseView } from '../../../../shared/period-views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { formatInstant } from '../../lib/format'
import { FormError } from '../lifecycle/FormError'
import { ReopenForm } from './ReopenForm'
import type { StatsQuery } from './query'

type Props = {
  query: StatsQuery
  /** Whether the report shown is a closed period's (then there is nothing to close). */
  shownClosed: boolean
  onChanged: () => void
}

function CloseButton({ query, onDone }: { query: StatsQuery; onDone: () => void }) {
  const { t } = useI18n()
  const [confirming, setConfirming] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const [busy, setBusy] = useState(false)
  const period = { from: query.from, to: query.to }
  if (query.to > today()) return <p className="hint">{t('periods.notOver')}</p>
  if (!confirming) {
    return (
      <button type="button" className="primary" onClick={() => setConfirming(true)}>
        {t('periods.close', period)}
      </button>
    )
  }
  const close = async () => {
    setBusy(true)
    setError(null)
    try {
      await call('periods/close', period)
      setConfirming(false)
      onDone()
    } catch (err) {
      setError(err)
    } finally {
      setBusy(false)
    }
  }
  return (
    <div role="group" aria-label={t('periods.close', period)}>
      <p>{t('periods.closeWarning', period)}</p>
      <FormError error={error} />
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void close()}>
          {t('periods.closeConfirm')}
        </button>
        <button type="button" className="secondary" onClick={() => setConfirming(false)}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  )
}

/** 结账: the closed periods, the head's close of the chosen period, the administrator's reopen. */
export function PeriodClosePanel({ query, shownClosed, onChanged }: Props) {
  const { t } = useI18n()
  const { user } = useSession()
  const [periods, setPeriods] = useState<PeriodCloseView[] | null>(null)
  const [reopening, setReopening] = useState<PeriodCloseView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    call('periods/list', {}).then((p) => {
      if (live) setPeriods(p)
    }, setError)
    return () => {
      live = false
    }
  }, [version])
  const changed = () => {
    setReopening(null)
    setVersion((v) => v + 1)
    onChanged()
  }
  const isAdmin = user.roles.includes('admin')
  return (
    <section className="card" aria-labelledby="periods-title" data-testid="period-close">
      <h3 id="periods-title">{t('periods.title')}</h3>
      <p className="hint">{t('periods.intro')}</p>
      <ErrorBanner error={error} />
      {user.roles.includes('head') && !shownClosed ? (
        <CloseButton query={query} onDone={changed} />
      ) : null}
      {periods && periods.length === 0 ? <p className="hint">{t('periods.none')}</p> : null}
      {periods && periods.length > 0 ? (
        <table className="figure-table">
          <thead>
            <tr>
              <th>{t('periods.col.period')}</th>
              <th>{t('periods.col.scope')}</th>
              <th>{t('periods.col.closed')}</th>
              <th>{t('periods.col.status')}</th>
              <th>{t('periods.col.hash')}</th>
            </tr>
          </thead>
          <tbody>
            {periods.map((p) => (
              <tr key={p.id} className={p.reopenedAt ? 'withdrawn' : undefined}>
                <td>
                  {p.from} — {p.to}
                </td>
                <td>{t(p.unitScope === 'all' ? 'periods.scope.all' : 'periods.scope.own')}</td>
                <td>{t('periods.by', { by: p.closedBy, at: formatInstant(p.closedAt) })}</td>
                <td>
                  {p.reopenedAt
                    ? t('periods.status.reopened', {
                        by: p.reopenedBy ?? '',
                        at: formatInstant(p.reopenedAt),
                        reason: p.reopenReason ?? ''
                      })
                    : t('periods.status.closed')}
                  {isAdmin && !p.reopenedAt ? (
                    <button type="button" className="secondary" onClick={() => setReopening(p)}>
                      {t('periods.reopen')}
                    </button>
                  ) : null}
                </td>
                <td>
                  <code>{p.dataHash.slice(0, 16)}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {reopening ? (
        <ReopenForm period={reopening} onDone={changed} onCancel={() => setReopening(null)} />
      ) : null}
    </section>
  )
}
