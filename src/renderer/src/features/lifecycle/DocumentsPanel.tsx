import { useEffect, useState } from 'react'
import { DOCUMENT_TITLE_ZH, type DocumentType } from '../../../../core/documents/types'
import type { CaseProgressView, DocumentView } from '../../../../shared/lifecycle-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { DocumentList } from './DocumentList'
import { toIssue } from './document-types'
import { FormError } from './FormError'

type Props = { progress: CaseProgressView; mayChange: boolean; version: number }

function IssueButtons({
  caseId,
  types,
  onIssued
}: {
  caseId: string
  types: DocumentType[]
  onIssued: () => void
}) {
  const { t } = useI18n()
  const [useReserved, setUseReserved] = useState(false)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const issue = (docType: DocumentType) => {
    setError(null)
    setBusy(true)
    const reserved = docType === 'onTheSpotDecision' && useReserved
    call('documents/issue', { caseId, docType, useReservedNumber: reserved })
      .then(onIssued, setError)
      .finally(() => setBusy(false))
  }
  if (types.length === 0) return null
  return (
    <div className="card" role="group" aria-label={t('documents.issueTitle')}>
      <div className="action-buttons">
        {types.map((type) => (
          <button
            key={type}
            type="button"
            className="secondary"
            disabled={busy}
            onClick={() => issue(type)}
          >
            {t('documents.issue', { title: DOCUMENT_TITLE_ZH[type] })}
          </button>
        ))}
      </div>
      {types.includes('onTheSpotDecision') ? (
        <label className="check">
          <input
            id="doc-useReserved"
            type="checkbox"
            checked={useReserved}
            onChange={(e) => setUseReserved(e.target.checked)}
          />{' '}
          {t('documents.useReserved')}
        </label>
      ) : null}
      <FormError error={error} />
    </div>
  )
}

/** 执法文书: what has been issued (with downloads and corrections) and what the stage calls for. */
export function DocumentsPanel({ progress, mayChange, version }: Props) {
  const { t } = useI18n()
  const [docs, setDocs] = useState<DocumentView[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [issued, setIssued] = useState(0)
  const caseId = progress.caseId
  useEffect(() => {
    call('documents/list', { caseId }).then(setDocs, setError)
  }, [caseId, version, issued])
  const refresh = () => setIssued((n) => n + 1)
  return (
    <section className="documents" aria-label={t('documents.title')}>
      <h2>{t('documents.title')}</h2>
      <ErrorBanner error={error} />
      {docs ? <DocumentList docs={docs} mayCorrect={mayChange} onIssued={refresh} /> : null}
      {docs && mayChange ? (
        <IssueButtons caseId={caseId} types={toIssue(progress.progress, docs)} onIssued={refresh} />
      ) : null}
    </section>
  )
}
