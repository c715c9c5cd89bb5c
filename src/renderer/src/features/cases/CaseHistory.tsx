import { useEffect, useState } from 'react'
import type { AuditEntryView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import { zh, type MessageKey } from '../../i18n/zh'

const FIELD_LABELS: Record<string, MessageKey> = {
  cause: 'case.cause',
  source: 'case.source',
  status: 'case.status',
  discoveredOn: 'case.discoveredOn',
  filedOn: 'case.filedOn',
  violationOn: 'case.violationOn',
  extendedLimitation: 'case.extendedLimitation',
  facts: 'case.facts',
  officerIds: 'case.officers',
  parties: 'case.parties',
  evaluation: 'discretion.title'
}

/** A value from the audit trail, readable: parties by name, officers by name, the rest as text. */
function useShow(officerNames: Map<string, string>) {
  const { t } = useI18n()
  return (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('history.empty')
    if (field === 'parties' && Array.isArray(value)) {
      return value
        .map((p: Record<string, string>) =>
          [p.name, p.uscc ?? p.idNumber].filter(Boolean).join(' ')
        )
        .join('；')
    }
    if (field === 'officerIds' && Array.isArray(value))
      return value.map((id: string) => officerNames.get(id) ?? id).join('、')
    if (field === 'source') return t(`source.${String(value)}` as MessageKey)
    if (field === 'status') return t(`status.${String(value)}` as MessageKey)
    return typeof value === 'object' ? JSON.stringify(value) : String(value)
  }
}

/** The audit action's label; an action this version has no label for shows its handler name. */
function useActionLabel() {
  const { t } = useI18n()
  return (action: string): string => {
    const key = `history.action.${action}`
    return Object.prototype.hasOwnProperty.call(zh, key) ? t(key as MessageKey) : action
  }
}

export function CaseHistory({
  caseId,
  officerNames
}: {
  caseId: string
  officerNames: Map<string, string>
}) {
  const { t } = useI18n()
  const [entries, setEntries] = useState<AuditEntryView[] | null>(null)
  const [error, setError] = useState<unknown>(null)
  const show = useShow(officerNames)
  const actionLabel = useActionLabel()
  useEffect(() => {
    call('cases/history', { id: caseId }).then(setEntries, setError)
  }, [caseId])
  if (error) return <ErrorBanner error={error} />
  if (!entries) return null
  return (
    <section aria-label={t('case.history')}>
      <h2>{t('case.history')}</h2>
      <ol className="history" data-testid="history">
        {entries.map((entry) => (
          <li key={entry.seq} data-testid="history-entry">
            <div className="history-head">
              <strong>{actionLabel(entry.action)}</strong>{' '}
              <span className="muted">
                {t('history.by', { actor: entry.actor.displayName, at: formatInstant(entry.at) })}
              </span>
            </div>
            {entry.changes.length > 0 && entry.action !== 'cases/create' ? (
              <table className="changes">
                <thead>
                  <tr>
                    <th>{t('history.field')}</th>
                    <th>{t('history.before')}</th>
                    <th>{t('history.after')}</th>
                  </tr>
                </thead>
                <tbody>
                  {entry.changes.map((c) => (
                    <tr key={c.field}>
                      <td>
                        {FIELD_LABELS[c.field] ? t(FIELD_LABELS[c.field] as MessageKey) : c.field}
                      </td>
                      <td>{show(c.field, c.before)}</td>
                      <td>{show(c.field, c.after)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </li>
        ))}
      </ol>
    </section>
  )
}
