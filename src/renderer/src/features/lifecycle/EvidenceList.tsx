import { useState } from 'react'
import { EVIDENCE_KIND_ZH } from '../../../../core/lifecycle/evidence'
import type { EvidenceView } from '../../../../shared/lifecycle-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { saveFile } from './files'
import { bytesText } from './money'
import { WithdrawForm } from './WithdrawForm'

type Props = { items: EvidenceView[]; mayWithdraw: boolean; onChanged: () => void }

/** The evidence, withdrawn items included (they stay on record); opening checks the stored hash. */
export function EvidenceList({ items, mayWithdraw, onChanged }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const [withdrawing, setWithdrawing] = useState<EvidenceView | null>(null)
  const open = (id: string) => {
    setError(null)
    call('evidence/open', { id }).then(saveFile, setError)
  }
  if (items.length === 0) return <p className="muted">{t('evidence.none')}</p>
  return (
    <>
      <ErrorBanner error={error} />
      <table className="list" data-testid="evidence-list">
        <thead>
          <tr>
            <th>{t('evidence.kind')}</th>
            <th>{t('evidence.name')}</th>
            <th>{t('evidence.file')}</th>
            <th>{t('evidence.sha256')}</th>
            <th>{t('evidence.collected')}</th>
            <th>{t('evidence.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {items.map((ev) => (
            <tr key={ev.id} data-testid="evidence-row" className={ev.withdrawn ? 'withdrawn' : ''}>
              <td>{EVIDENCE_KIND_ZH[ev.kind]}</td>
              <td>{ev.title}</td>
              <td>
                {ev.fileName}
                <div className="muted">{bytesText(ev.sizeBytes)}</div>
              </td>
              <td>
                <code title={ev.sha256}>{ev.sha256.slice(0, 12)}…</code>
              </td>
              <td>
                {ev.collectedBy}，{ev.collectedOn}，{ev.place}
              </td>
              <td data-testid="evidence-status">
                {ev.withdrawn
                  ? t('evidence.withdrawn', { reason: ev.withdrawn.reason })
                  : t('evidence.valid')}
              </td>
              <td className="row-actions">
                <button type="button" className="link" onClick={() => open(ev.id)}>
                  {t('evidence.open')}
                </button>
                {mayWithdraw && !ev.withdrawn ? (
                  <button type="button" className="link" onClick={() => setWithdrawing(ev)}>
                    {t('evidence.withdraw')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {withdrawing ? (
        <WithdrawForm
          key={withdrawing.id}
          evidence={withdrawing}
          onCancel={() => setWithdrawing(null)}
          onDone={() => {
            setWithdrawing(null)
            onChanged()
          }}
        />
      ) : null}
    </>
  )
}
