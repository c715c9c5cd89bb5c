import { useState } from 'react'
import type { DocumentView } from '../../../../shared/lifecycle-views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { isDesktop, printPdf } from '../../lib/desktop'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import { CorrectionForm } from './CorrectionForm'
import { saveFile } from './files'

type Props = { docs: DocumentView[]; mayCorrect: boolean; onIssued: () => void }

/** The issued documents, every version; each downloads as PDF or Word, and prints on the desktop. */
export function DocumentList({ docs, mayCorrect, onIssued }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const [correcting, setCorrecting] = useState<DocumentView | null>(null)
  const download = (id: string, format: 'pdf' | 'docx') => {
    setError(null)
    call('documents/file', { id, format }).then(saveFile, setError)
  }
  // The print preview shows the issued PDF itself (desktop only; a browser prints a download).
  const print = (id: string) => {
    setError(null)
    call('documents/file', { id, format: 'pdf' }).then(printPdf).catch(setError)
  }
  const desktop = isDesktop()
  if (docs.length === 0) return <p className="muted">{t('documents.none')}</p>
  return (
    <>
      <ErrorBanner error={error} />
      <table className="list" data-testid="documents">
        <thead>
          <tr>
            <th>{t('documents.docTitle')}</th>
            <th>{t('documents.number')}</th>
            <th>{t('documents.version')}</th>
            <th>{t('documents.issuedAt')}</th>
            <th>{t('documents.issuedBy')}</th>
            <th>{t('documents.status')}</th>
            <th />
          </tr>
        </thead>
        <tbody>
          {docs.map((d) => (
            <tr key={d.id} data-testid="document-row" data-doc-type={d.docType}>
              <td>{d.title}</td>
              <td data-testid="document-number">{d.number ?? '—'}</td>
              <td>{t('documents.versionN', { n: d.version })}</td>
              <td>{formatInstant(d.issuedAt)}</td>
              <td>{d.issuedBy.displayName}</td>
              <td>
                {d.supersededById ? (
                  <span className="badge" data-testid="document-superseded">
                    {t('documents.superseded')}
                  </span>
                ) : (
                  t('documents.current')
                )}
              </td>
              <td className="row-actions">
                <button type="button" className="link" onClick={() => download(d.id, 'pdf')}>
                  {t('documents.downloadPdf')}
                </button>
                <button type="button" className="link" onClick={() => download(d.id, 'docx')}>
                  {t('documents.downloadDocx')}
                </button>
                {desktop ? (
                  <button type="button" className="link" onClick={() => print(d.id)}>
                    {t('documents.print')}
                  </button>
                ) : null}
                {mayCorrect && !d.supersededById ? (
                  <button type="button" className="link" onClick={() => setCorrecting(d)}>
                    {t('documents.correct')}
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {correcting ? (
        <CorrectionForm
          key={correcting.id}
          doc={correcting}
          onCancel={() => setCorrecting(null)}
          onIssued={() => {
            setCorrecting(null)
            onIssued()
          }}
        />
      ) : null}
    </>
  )
}
