import { useCallback, useEffect, useState } from 'react'
import { DOCUMENT_TITLE_ZH } from '../../../../core/documents/types'
import type { NumberBlockView } from '../../../../shared/lifecycle-views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import { ReserveForm, VoidForm } from './NumberForms'

function BlockTable({ blocks }: { blocks: NumberBlockView[] }) {
  const { t } = useI18n()
  if (blocks.length === 0) return <p className="muted">{t('numbers.none')}</p>
  return (
    <table className="list" data-testid="number-blocks">
      <thead>
        <tr>
          <th>{t('numbers.docType')}</th>
          <th>{t('numbers.year')}</th>
          <th>{t('numbers.range')}</th>
          <th>{t('numbers.officer')}</th>
          <th>{t('numbers.used')}</th>
          <th>{t('numbers.voided')}</th>
          <th>{t('numbers.next')}</th>
          <th>{t('numbers.reservedAt')}</th>
        </tr>
      </thead>
      <tbody>
        {blocks.map((b) => (
          <tr key={b.id} data-testid="number-block-row">
            <td>{DOCUMENT_TITLE_ZH[b.docType]}</td>
            <td>{b.year}</td>
            <td>
              {b.firstSerial}–{b.lastSerial}
            </td>
            <td>{b.officer.displayName}</td>
            <td title={b.used.join('、')}>{b.used.length}</td>
            <td>{b.voided.length > 0 ? b.voided.join('、') : '—'}</td>
            <td data-testid="number-block-next">{b.next ?? t('numbers.exhausted')}</td>
            <td>{formatInstant(b.reservedAt)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}

/**
 * 文号管理: the reserved number blocks; heads and administrators reserve for any officer, an officer
 * for themselves; officers and heads void.
 * The server enforces the roles; the page only hides forms it would refuse.
 */
export function NumberBlocksPage() {
  const { t } = useI18n()
  const { user } = useSession()
  const [blocks, setBlocks] = useState<NumberBlockView[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const refresh = useCallback(() => call('numbers/blocks', {}).then(setBlocks, setError), [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  const has = (role: 'head' | 'admin' | 'officer') => user.roles.includes(role)
  const done = (message: string) => {
    setNotice(message)
    void refresh()
  }
  return (
    <section>
      <h1>{t('numbers.title')}</h1>
      <p className="muted">{t('numbers.intro')}</p>
      <ErrorBanner error={error} />
      {notice ? (
        <div className="banner banner-ok" data-testid="numbers-notice">
          {notice}
        </div>
      ) : null}
      {blocks ? <BlockTable blocks={blocks} /> : null}
      {has('head') || has('admin') || has('officer') ? (
        <ReserveForm
          onlyOfficerId={has('head') || has('admin') ? undefined : user.id}
          onReserved={(b) => done(t('numbers.reserved', { from: b.firstSerial, to: b.lastSerial }))}
        />
      ) : null}
      {has('officer') || has('head') ? (
        <VoidForm onVoided={(serial) => done(t('numbers.voidedNotice', { serial }))} />
      ) : null}
    </section>
  )
}
