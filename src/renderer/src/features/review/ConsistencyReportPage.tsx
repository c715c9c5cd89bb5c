import { useEffect, useState } from 'react'
import type { ConsistencyReportView } from '../../../../shared/review-views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { today } from '../../lib/form'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { ExportButtons } from './ExportButtons'
import { PeriodForm, type ReportQuery } from './PeriodForm'
import { ReportView } from './ReportView'

/** The same day a year earlier (29 February falls back to the 28th). */
function yearBefore(date: string): string {
  const rest = date.slice(4) === '-02-29' ? '-02-28' : date.slice(4)
  return `${Number(date.slice(0, 4)) - 1}${rest}`
}

function lastTwelveMonths(): ReportQuery {
  const to = today()
  return { from: yearBefore(to), to }
}

/**
 * 一致性报告: for a period (and optionally one item), the decisions grouped by item, benchmark
 * version and level, with the distribution of fines and the outlying cases; exportable as PDF and
 * Excel. Opens on the last twelve months, the window of the peer checks.
 */
export function ConsistencyReportPage() {
  const { t } = useI18n()
  const [query, setQuery] = useState<ReportQuery>(lastTwelveMonths)
  const { user } = useSession()
  // The exports repeat the query of the report on screen, not one still loading or refused.
  const [shown, setShown] = useState<{ query: ReportQuery; report: ConsistencyReportView } | null>(
    null
  )
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    let live = true
    call('review/report', query).then(
      (report) => {
        if (!live) return
        setShown({ query, report })
        setError(null)
      },
      (e: unknown) => live && setError(e)
    )
    return () => {
      live = false
    }
  }, [query])
  return (
    <section>
      <div className="title-row">
        <h1>{t('review.report.title')}</h1>
        {user.roles.includes('reviewer') || user.roles.includes('head') ? (
          <div className="actions">
            <a className="button secondary" href={href({ name: 'reviewQueue' })}>
              {t('review.report.toQueue')}
            </a>
          </div>
        ) : null}
      </div>
      <p className="muted">{t('review.report.intro')}</p>
      <PeriodForm initial={query} onRun={setQuery} />
      <ErrorBanner error={error} />
      {shown ? (
        <>
          <ExportButtons query={shown.query} />
          <ReportView report={shown.report} />
        </>
      ) : null}
    </section>
  )
}
