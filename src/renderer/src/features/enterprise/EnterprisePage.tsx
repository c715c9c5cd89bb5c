import { useCallback } from 'react'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { ClueTable } from './ClueTable'
import { EnterpriseNav } from './EnterpriseNav'
import { InspectionTable } from './InspectionTable'
import { LossLedger } from './LossLedger'
import { mayWriteClues, mayWriteInspections } from './may-write'
import { useLoad } from './use-load'

/**
 * One enterprise by its 统一社会信用代码: its recovered-loss ledger (entries, reversals, what remains
 * of each, the net total) with the reversal form, and its clues and inspections.
 */
export function EnterprisePage({ uscc }: { uscc: string }) {
  const { t } = useI18n()
  const { user } = useSession()
  const losses = useLoad(useCallback(() => call('losses/list', { uscc }), [uscc]))
  const clues = useLoad(useCallback(() => call('clues/list', { status: 'all', uscc }), [uscc]))
  const inspections = useLoad(useCallback(() => call('inspections/list', { uscc }), [uscc]))
  // The enterprise has no record of its own: its name is the one its entries were recorded with.
  const name =
    losses.data?.entries[0]?.enterpriseName ??
    clues.data?.[0]?.enterpriseName ??
    inspections.data?.[0]?.enterpriseName ??
    t('enterprise.unknownName')
  return (
    <section>
      <EnterpriseNav current={null} />
      <h1 data-testid="enterprise-name">{name}</h1>
      <p className="muted" data-testid="enterprise-uscc">
        {t('enterprise.uscc', { uscc })}
      </p>
      <ErrorBanner error={losses.error ?? clues.error ?? inspections.error} />
      <section aria-label={t('enterprise.ledger')}>
        <h2>{t('enterprise.ledger')}</h2>
        {losses.data ? (
          <LossLedger
            history={losses.data}
            mayReverse={mayWriteClues(user)}
            onChanged={() => {
              // A reversal also moves the recovered total of the clue it came from.
              losses.reload()
              clues.reload()
            }}
          />
        ) : null}
      </section>
      <section aria-label={t('enterprise.clues')}>
        <h2>{t('enterprise.clues')}</h2>
        {clues.data ? <ClueTable clues={clues.data} /> : null}
      </section>
      <section aria-label={t('enterprise.inspections')}>
        <h2>{t('enterprise.inspections')}</h2>
        {inspections.data ? (
          <InspectionTable
            inspections={inspections.data}
            showEnterprise={false}
            mayVoid={mayWriteInspections(user)}
            onChanged={inspections.reload}
          />
        ) : null}
      </section>
    </section>
  )
}
