import { useState } from 'react'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { saveFile } from '../lifecycle/files'
import type { ReportQuery } from './PeriodForm'

/** 导出PDF / 导出Excel: the same report as a file, saved through a download anchor. */
export function ExportButtons({ query }: { query: ReportQuery }) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const download = (format: 'pdf' | 'xlsx') => {
    setError(null)
    setBusy(true)
    call('review/report-file', { ...query, format })
      .then(saveFile, setError)
      .finally(() => setBusy(false))
  }
  return (
    <>
      <div className="action-buttons" role="group" aria-label={t('review.report.export')}>
        <button type="button" className="secondary" disabled={busy} onClick={() => download('pdf')}>
          {t('review.report.exportPdf')}
        </button>
        <button
          type="button"
          className="secondary"
          disabled={busy}
          onClick={() => download('xlsx')}
        >
          {t('review.report.exportXlsx')}
        </button>
      </div>
      <ErrorBanner error={error} />
    </>
  )
}
