import { useEffect, useRef, useState } from 'react'
import type { CaseMetric } from '../../../../core/statistics/metrics'
import type { DrillDownView, DrillRow } from '../../../../shared/statistics-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { href } from '../../lib/router'
import { fenText } from '../lifecycle/money'
import type { StatsQuery } from './query'
import { CasesExport } from './CasesExport'

const PAGE = 100

type Props = { query: StatsQuery; metric: CaseMetric; onClose: () => void }

/** The cases behind one figure, a page at a time; its total is the figure (the same predicate). */
export function DrillPanel({ query, metric, onClose }: Props) {
  const { t } = useI18n()
  const [view, setView] = useState<DrillDownView | null>(null)
  const [rows, setRows] = useState<DrillRow[]>([])
  const [error, setError] = useState<unknown>(null)
  const panel = useRef<HTMLElement>(null)
  // A figure far down the page opens its list here: bring the list into view once it arrives.
  useEffect(() => {
    if (view) panel.current?.scrollIntoView({ block: 'start' })
  }, [view])
  useEffect(() => {
    let live = true
    setRows([])
    setView(null)
    call('stats/drill', { ...query, metric, offset: 0, limit: PAGE }).then((v) => {
      if (!live) return
      setView(v)
      setRows(v.rows)
    }, setError)
    return () => {
      live = false
    }
  }, [query, metric])
  const more = () =>
    call('stats/drill', { ...query, metric, offset: rows.length, limit: PAGE }).then(
      (v) => setRows((r) => [...r, ...v.rows]),
      setError
    )
  return (
    <section
      className="card"
      aria-label={view ? t('stats.drill.title', { label: view.label }) : ''}
      data-testid="drill-panel"
    >
      <ErrorBanner error={error} />
      {view ? (
        <>
          <h3>{t('stats.drill.title', { label: view.label })}</h3>
          <p data-testid="drill-total" data-total={view.total}>
            {t('stats.drill.total', { n: String(view.total) })}
          </p>
          {rows.length === 0 ? (
            <p>{t('stats.drill.none')}</p>
          ) : (
            <table>
              <thead>
                <tr>
                  <th>{t('stats.col.caseNumber')}</th>
                  <th>{t('stats.col.cause')}</th>
                  <th>{t('stats.col.item')}</th>
                  <th>{t('stats.col.filedOn')}</th>
                  <th>{t('stats.col.decidedOn')}</th>
                  <th>{t('stats.col.outcome')}</th>
                  <th>{t('stats.col.fine')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.caseId} data-testid="drill-row">
                    <td>
                      <a href={href({ name: 'caseDetail', id: r.caseId })}>{r.caseNumber}</a>
                    </td>
                    <td>{r.cause}</td>
                    <td>{r.itemName ?? ''}</td>
                    <td>{r.filedOn ?? ''}</td>
                    <td>{r.decidedOn ?? ''}</td>
                    <td>{r.outcome}</td>
                    <td className="num">{r.fineFen === null ? '' : fenText(r.fineFen)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <div className="action-buttons">
            {rows.length < view.total ? (
              <button type="button" className="secondary" onClick={() => void more()}>
                {t('stats.drill.more')}
              </button>
            ) : null}
            <button type="button" className="secondary" onClick={onClose}>
              {t('stats.drill.close')}
            </button>
          </div>
          <CasesExport query={query} metric={metric} />
        </>
      ) : null}
    </section>
  )
}
