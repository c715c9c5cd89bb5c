import type { ReceiptListItem } from '../../../../shared/exchange-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { coverageText, scopeText } from './labels'
import { useReceiptDownload } from './use-receipt-download'

/** Every import applied here, newest first, each with its receipt file. */
export function ReceiptsTable({ receipts }: { receipts: ReceiptListItem[] }) {
  const { t } = useI18n()
  const { error, download } = useReceiptDownload()
  return (
    <section aria-label={t('exchange.receipts.title')}>
      <h2>{t('exchange.receipts.title')}</h2>
      <ErrorBanner error={error} />
      {receipts.length === 0 ? (
        <p className="muted">{t('exchange.receipts.none')}</p>
      ) : (
        <table className="list" data-testid="receipts-table">
          <thead>
            <tr>
              <th>{t('exchange.receipts.appliedAt')}</th>
              <th>{t('exchange.sources.unit')}</th>
              <th>{t('exchange.receipts.package')}</th>
              <th>{t('exchange.report.coverage')}</th>
              <th>{t('exchange.receipts.totals')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {receipts.map((r) => (
              <tr key={r.id} data-testid="receipt-row">
                <td>{formatInstant(r.appliedAt)}</td>
                <td>
                  {r.unitName}
                  <div className="muted">{r.unitCode}</div>
                </td>
                <td>
                  {t('exchange.receipts.packageItem', {
                    sequence: r.sequence,
                    scope: scopeText(t, r.scope)
                  })}
                </td>
                <td>{coverageText(t, r.coverage)}</td>
                <td>{t('exchange.receipt.totals', { ...r.totals })}</td>
                <td className="row-actions">
                  <button type="button" className="secondary" onClick={() => download(r.id)}>
                    {t('exchange.receipt.download')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
