import type { ExportJobView } from '../../../shared/statistics-views'
import { ErrorBanner } from './ErrorBanner'
import { useI18n } from '../i18n/i18n'

/** The running export's progress bar, or its failure. */
export function ExportProgress({ job, error }: { job: ExportJobView | null; error: unknown }) {
  const { t } = useI18n()
  return (
    <>
      {job?.state === 'running' ? (
        <div data-testid="export-progress">
          <progress className="progress" max={Math.max(job.total, 1)} value={job.done} />
          <span>{t('stats.export.running', { done: job.done, total: job.total })}</span>
        </div>
      ) : null}
      {job?.state === 'failed' ? (
        <p role="alert" className="warning-text">
          {t('stats.export.failed', { error: job.error ?? '' })}
        </p>
      ) : null}
      <ErrorBanner error={error} />
    </>
  )
}
