import { useState } from 'react'
import type { ExchangeOverview } from '../../../../shared/exchange-views'
import type { PackageScope } from '../../../../shared/schemas/exchange'
import { ExportProgress } from '../../components/ExportProgress'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { today } from '../../lib/form'
import { useExportJob } from '../../lib/use-export-job'
import { scopeText } from './labels'

type Props = { lastExport: ExchangeOverview['lastExport']; onExported: () => void }

const KINDS: PackageScope['kind'][] = ['all', 'period', 'since']

/**
 * 导出数据包: everything, a period, or the changes since this unit's last package. The package is
 * built in the background (progress bar) and then saved; the next sequence number is the server's.
 */
export function ExportWizard({ lastExport, onExported }: Props) {
  const { t } = useI18n()
  const [kind, setKind] = useState<PackageScope['kind']>('all')
  const [from, setFrom] = useState('')
  const [to, setTo] = useState(today)
  const { job, error, busy, run } = useExportJob('exchange/export')
  const scope = chosenScope(kind, from, to, lastExport)
  const start = () => {
    if (!scope) return
    void run({ scope }).then((saved) => {
      if (saved) onExported()
    })
  }
  return (
    <section className="card" aria-label={t('exchange.export.title')}>
      <h2>{t('exchange.export.title')}</h2>
      <fieldset className="verdict-choice">
        <legend>{t('exchange.export.scope')}</legend>
        {KINDS.map((k) => (
          <label key={k} className="check inline" htmlFor={`export-scope-${k}`}>
            <input
              id={`export-scope-${k}`}
              type="radio"
              name="export-scope"
              checked={kind === k}
              disabled={k === 'since' && !lastExport}
              onChange={() => setKind(k)}
            />{' '}
            {t(`exchange.export.${k}`)}
          </label>
        ))}
      </fieldset>
      {kind === 'period' ? (
        <div className="grid">
          <Field label={t('exchange.export.from')} htmlFor="export-from">
            <input
              id="export-from"
              type="date"
              value={from}
              onChange={(e) => setFrom(e.target.value)}
            />
          </Field>
          <Field label={t('exchange.export.to')} htmlFor="export-to">
            <input id="export-to" type="date" value={to} onChange={(e) => setTo(e.target.value)} />
          </Field>
        </div>
      ) : null}
      <p className="muted" data-testid="last-export">
        {lastExport
          ? t('exchange.export.last', {
              sequence: lastExport.sequence,
              at: formatInstant(lastExport.createdAt),
              scope: scopeText(t, lastExport.scope)
            })
          : t('exchange.export.never')}
      </p>
      <div className="actions">
        <button type="button" className="primary" disabled={busy || !scope} onClick={start}>
          {t('exchange.export.start')}
        </button>
      </div>
      <ExportProgress job={job} error={error} />
      {job?.state === 'done' && job.fileName ? (
        <p className="banner banner-ok" role="status" data-testid="export-done">
          {t('exchange.export.done', { fileName: job.fileName })}
        </p>
      ) : null}
    </section>
  )
}

function chosenScope(
  kind: PackageScope['kind'],
  from: string,
  to: string,
  lastExport: ExchangeOverview['lastExport']
): PackageScope | null {
  switch (kind) {
    case 'all':
      return { kind: 'all' }
    case 'period':
      return from !== '' && to !== '' && from <= to ? { kind: 'period', from, to } : null
    case 'since':
      return lastExport ? { kind: 'since', afterSequence: lastExport.sequence } : null
  }
}
