import { useCallback, useMemo } from 'react'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { useLoad } from '../enterprise/use-load'
import { ConflictsPanel } from './ConflictsPanel'
import { ExportWizard } from './ExportWizard'
import { ImportWizard } from './ImportWizard'
import { mayResolve, mayTransfer } from './labels'
import { ReceiptsTable } from './ReceiptsTable'
import { SourcesTable } from './SourcesTable'

/**
 * 数据交换: export this unit's package; import a county's (verify, dry run, apply, receipt); the
 * units received with their packages and gaps; the receipts; and the conflicts waiting for the head.
 */
export function ExchangePage() {
  const { t } = useI18n()
  const { user } = useSession()
  const overview = useLoad(useCallback(() => call('exchange/overview', {}), []))
  const receipts = useLoad(useCallback(() => call('exchange/receipts', {}), []))
  const conflicts = useLoad(useCallback(() => call('exchange/conflicts', {}), []))
  const unitNames = useMemo(
    () => new Map((overview.data?.sources ?? []).map((s) => [s.unitCode, s.unitName])),
    [overview.data]
  )
  // An applied import changes the sources, the receipts and perhaps the conflicts.
  const reloadAll = () => {
    overview.reload()
    receipts.reload()
    conflicts.reload()
  }
  const transfer = mayTransfer(user)
  return (
    <section className="exchange">
      <h1>{t('exchange.title')}</h1>
      <p className="muted">{t('exchange.intro')}</p>
      <ErrorBanner error={overview.error ?? receipts.error ?? conflicts.error} />
      {transfer ? (
        <>
          <ExportWizard
            lastExport={overview.data?.lastExport ?? null}
            onExported={overview.reload}
          />
          <ImportWizard onApplied={reloadAll} />
        </>
      ) : (
        <p className="muted">{t('exchange.readOnly')}</p>
      )}
      {overview.data ? <SourcesTable sources={overview.data.sources} /> : null}
      {receipts.data ? <ReceiptsTable receipts={receipts.data} /> : null}
      {conflicts.data ? (
        <ConflictsPanel
          conflicts={conflicts.data}
          unitNames={unitNames}
          mayResolve={mayResolve(user)}
          onResolved={reloadAll}
        />
      ) : null}
    </section>
  )
}
