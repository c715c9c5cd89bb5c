import type { ReceiptView } from '../../../../shared/exchange-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { KindTable } from './KindTable'
import { useReceiptDownload } from './use-receipt-download'

/** The merge receipt after 应用: what was merged, when and by whom, and the receipt file. */
export function ReceiptPanel({ receipt }: { receipt: ReceiptView }) {
  const { t } = useI18n()
  const { error, download } = useReceiptDownload()
  const m = receipt.report.manifest
  return (
    <div data-testid="receipt">
      <h3>{t('exchange.receipt.title')}</h3>
      <p className="banner banner-ok" role="status" data-testid="receipt-applied">
        {m.unitName}（{m.unitCode}）· {t('exchange.report.sequence')} {m.sequence} ·{' '}
        {t('exchange.receipt.applied', {
          at: formatInstant(receipt.appliedAt),
          by: receipt.appliedBy
        })}
      </p>
      <KindTable byKind={receipt.report.byKind} totals={receipt.report.totals} />
      <div className="actions">
        <button type="button" className="secondary" onClick={() => download(receipt.id)}>
          {t('exchange.receipt.download')}
        </button>
      </div>
      <ErrorBanner error={error} />
    </div>
  )
}
