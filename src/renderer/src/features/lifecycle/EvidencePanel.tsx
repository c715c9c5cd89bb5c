import { useEffect, useState } from 'react'
import type { EvidenceView } from '../../../../shared/lifecycle-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { EvidenceForm } from './EvidenceForm'
import { EvidenceList } from './EvidenceList'

/** 证据: the case's evidence files (APL Art. 46), kept with their hash; adding and withdrawing. */
export function EvidencePanel({ caseId, mayChange }: { caseId: string; mayChange: boolean }) {
  const { t } = useI18n()
  const [items, setItems] = useState<EvidenceView[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [changes, setChanges] = useState(0)
  useEffect(() => {
    call('evidence/list', { caseId }).then(setItems, setError)
  }, [caseId, changes])
  const changed = () => setChanges((n) => n + 1)
  return (
    <section className="evidence" aria-label={t('evidence.title')}>
      <h2>{t('evidence.title')}</h2>
      <ErrorBanner error={error} />
      {items ? <EvidenceList items={items} mayWithdraw={mayChange} onChanged={changed} /> : null}
      {mayChange ? <EvidenceForm key={changes} caseId={caseId} onAdded={changed} /> : null}
    </section>
  )
}
