import { useState } from 'react'
import type { ImportJobView } from '../../../../shared/exchange-views'
import { MAX_UPLOAD_PACKAGE_BYTES } from '../../../../shared/schemas/exchange'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'
import { ImportReport } from './ImportReport'
import { ReceiptPanel } from './ReceiptPanel'
import { useImportJob } from './use-import-job'

/**
 * 导入数据包: choose a file → verification with a progress bar → the dry-run report → 应用 or 取消 →
 * the merge receipt. Nothing is written before 应用.
 */
export function ImportWizard({ onApplied }: { onApplied: () => void }) {
  const { t } = useI18n()
  const { job, error, busy, inspect, apply, reset } = useImportJob()
  const [tooLarge, setTooLarge] = useState(false)
  const choose = (file: File | undefined) => {
    // The server refuses it too; saying so here spares reading and sending a huge file.
    setTooLarge(file !== undefined && file.size > MAX_UPLOAD_PACKAGE_BYTES)
    if (file && file.size <= MAX_UPLOAD_PACKAGE_BYTES) void inspect(file)
  }
  const applyReady = (importId: string) => {
    void apply(importId).then((done) => {
      if (done) onApplied()
    })
  }
  return (
    <section className="card" aria-label={t('exchange.import.title')}>
      <h2>{t('exchange.import.title')}</h2>
      {job === null ? (
        <Field
          label={t('exchange.import.file')}
          htmlFor="import-file"
          hint={t('exchange.import.hint')}
          error={tooLarge ? 'v.fileTooLarge' : undefined}
        >
          <input
            id="import-file"
            type="file"
            accept=".yspkg,application/gzip"
            disabled={busy}
            onChange={(e) => {
              choose(e.target.files?.[0])
              // Emptied, so that choosing the same file again (after a cancel) starts again.
              e.target.value = ''
            }}
          />
        </Field>
      ) : null}
      {busy && job === null ? <p className="muted">{t('exchange.import.reading')}</p> : null}
      {job?.state === 'verifying' ? (
        <div data-testid="import-progress">
          <progress className="progress" max={Math.max(job.total, 1)} value={job.done} />
          <span>
            {t('exchange.import.verifying', {
              fileName: job.fileName,
              done: job.done,
              total: job.total
            })}
          </span>
        </div>
      ) : null}
      {job?.state === 'failed' ? (
        <p role="alert" className="banner banner-error banner-refusal" data-testid="import-failed">
          {t('exchange.import.failed', { error: job.error ?? '' })}
        </p>
      ) : null}
      {job?.state === 'ready' && job.report ? (
        <ImportReport report={job.report} fileName={job.fileName} />
      ) : null}
      {job?.state === 'applied' && job.receipt ? <ReceiptPanel receipt={job.receipt} /> : null}
      <ErrorBanner error={error} />
      {job !== null || error ? (
        <div className="actions">
          {job?.state === 'ready' ? (
            <button
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => applyReady(job.importId)}
            >
              {busy ? t('exchange.import.applying') : t('exchange.import.apply')}
            </button>
          ) : null}
          <button
            type="button"
            className="secondary"
            // While 应用 runs, the merge happens whatever the screen shows: wait for its receipt.
            disabled={busy && job?.state === 'ready'}
            onClick={reset}
          >
            {t(resetLabel(job?.state))}
          </button>
        </div>
      ) : null}
    </section>
  )
}

/** The button that leaves the current step: back to choosing a file. */
function resetLabel(state: ImportJobView['state'] | undefined): MessageKey {
  switch (state) {
    case 'applied':
      return 'exchange.import.finish'
    case 'failed':
    case undefined:
      return 'exchange.import.again'
    case 'verifying':
    case 'ready':
      return 'exchange.import.cancel'
  }
}
