import { useI18n } from '../../i18n/i18n'
import { ExportProgress } from '../../components/ExportProgress'
import type { StatsQuery } from './query'
import { useExportJob } from '../../lib/use-export-job'

/** The annual tables as Excel, CSV or PDF, each stamped with period, unit, time, hash and version. */
export function AnnualExport({ query }: { query: StatsQuery }) {
  const { t } = useI18n()
  const { job, error, busy, run } = useExportJob()
  const start = (format: 'xlsx' | 'csv' | 'pdf') => void run({ kind: 'annual', ...query, format })
  return (
    <section className="card" aria-label={t('stats.export.title')}>
      <div className="action-buttons">
        <button type="button" className="secondary" disabled={busy} onClick={() => start('xlsx')}>
          {t('stats.export.annualXlsx')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => start('csv')}>
          {t('stats.export.annualCsv')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={() => start('pdf')}>
          {t('stats.export.annualPdf')}
        </button>
      </div>
      <ExportProgress job={job} error={error} />
    </section>
  )
}
