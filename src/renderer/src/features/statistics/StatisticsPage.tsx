import { useEffect, useState } from 'react'
import type { CaseMetric } from '../../../../core/statistics/metrics'
import { annualPenaltyRows, kpiRows } from '../../../../core/statistics/report-rows'
import type { StatisticsSeriesView, StatisticsView } from '../../../../shared/statistics-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { formatInstant } from '../../lib/format'
import { AdjustmentsTable, ClosedBanner } from './Adjustments'
import { AnnualExport } from './AnnualExport'
import { ChartsView } from './ChartsView'
import { DrillPanel } from './DrillPanel'
import { FigureTable } from './FigureTable'
import { PeriodBar } from './PeriodBar'
import { PeriodClosePanel } from './PeriodClosePanel'
import { UnitsTable } from './UnitsTable'
import { periodQuery, type StatsQuery } from './query'

/** 统计报表: the period's annual table, KPIs and charts; any figure opens the cases behind it. */
export function StatisticsPage() {
  const { t } = useI18n()
  const [query, setQuery] = useState<StatsQuery>(() => periodQuery('year'))
  const [view, setView] = useState<StatisticsView | null>(null)
  const [series, setSeries] = useState<StatisticsSeriesView | null>(null)
  const [metric, setMetric] = useState<CaseMetric | null>(null)
  const [error, setError] = useState<unknown>(null)
  // Bumped after a close or reopen: the same period is reported again (frozen or live).
  const [version, setVersion] = useState(0)
  useEffect(() => {
    let live = true
    setError(null)
    Promise.all([call('stats/period', query), call('stats/series', query)]).then(([v, s]) => {
      if (!live) return
      setView(v)
      setSeries(s)
    }, setError)
    return () => {
      live = false
    }
  }, [query, version])
  const run = (q: StatsQuery) => {
    setMetric(null)
    setQuery(q)
  }
  return (
    <div className="page">
      <h2>{t('stats.title')}</h2>
      <p className="hint">{t('stats.intro')}</p>
      <PeriodBar
        key={query.unit ?? ''}
        query={query}
        includeRevoked={view?.meta.includeRevoked ?? true}
        onRun={run}
      />
      <ErrorBanner error={error} />
      {view ? (
        <>
          <p className="hint" data-testid="stats-meta">
            {t('stats.meta', {
              from: view.meta.from,
              to: view.meta.to,
              at: formatInstant(view.meta.generatedAt),
              hash: view.meta.dataHash.slice(0, 16),
              version: view.meta.softwareVersion
            })}
          </p>
          {view.closed ? <ClosedBanner closed={view.closed} /> : null}
          {view.revenue.warning ? (
            <p role="alert" className="warning-text">
              {t('stats.revenueWarning')}
            </p>
          ) : null}
          <section className="card">
            <FigureTable
              caption={t('stats.annualTable')}
              rows={annualPenaltyRows(view)}
              onDrill={setMetric}
            />
          </section>
          {metric ? (
            <DrillPanel
              query={{ ...query, includeRevoked: view.meta.includeRevoked }}
              metric={metric}
              onClose={() => setMetric(null)}
            />
          ) : null}
          <div className="chart-grid">
            {kpiRows(view).map((g) => (
              <section className="card" key={g.group}>
                <FigureTable caption={g.group} rows={g.rows} onDrill={setMetric} />
              </section>
            ))}
          </div>
          {query.unit === 'all' ? (
            <UnitsTable query={query} onUnit={(unit) => run({ ...query, unit })} />
          ) : null}
          {view.adjustments ? <AdjustmentsTable adjustments={view.adjustments} /> : null}
          {series ? <ChartsView series={series} onDrill={setMetric} /> : null}
          <AnnualExport query={{ ...query, includeRevoked: view.meta.includeRevoked }} />
          <PeriodClosePanel
            query={query}
            shownClosed={view.closed !== undefined}
            onChanged={() => setVersion((v) => v + 1)}
          />
          <details className="card">
            <summary>{t('stats.rules')}</summary>
            <ol>
              {view.rules.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ol>
          </details>
        </>
      ) : null}
    </div>
  )
}
