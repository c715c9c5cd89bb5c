import type { SourceView } from '../../../../shared/exchange-views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { coverageText, scopeText } from './labels'

/** The units whose packages were imported: key fingerprint, packages received and missing, dates. */
export function SourcesTable({ sources }: { sources: SourceView[] }) {
  const { t } = useI18n()
  return (
    <section aria-label={t('exchange.sources.title')}>
      <h2>{t('exchange.sources.title')}</h2>
      {sources.length === 0 ? (
        <p className="muted">{t('exchange.sources.none')}</p>
      ) : (
        <table className="list" data-testid="sources-table">
          <thead>
            <tr>
              <th>{t('exchange.sources.unit')}</th>
              <th>{t('exchange.sources.fingerprint')}</th>
              <th>{t('exchange.sources.sequences')}</th>
              <th>{t('exchange.sources.gaps')}</th>
              <th>{t('exchange.sources.coverage')}</th>
              <th>{t('exchange.sources.lastSeen')}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((s) => (
              <tr key={s.sourceId} data-testid="source-row">
                <td>
                  {s.unitName}
                  <div className="muted">{s.unitCode}</div>
                </td>
                <td>
                  <code>{s.keyFingerprint}</code>
                </td>
                <td data-testid="source-sequences">{s.sequences.join('、')}</td>
                <td data-testid="source-gaps">
                  {s.gaps.length > 0 ? (
                    <span className="warning-text">{s.gaps.join('、')}</span>
                  ) : (
                    t('common.none')
                  )}
                </td>
                <td>
                  <ul className="plain">
                    {s.coverage.map((c) => (
                      <li key={c.sequence}>
                        {t('exchange.sources.coverageItem', {
                          sequence: c.sequence,
                          scope: scopeText(t, c.scope),
                          dates: coverageText(t, c)
                        })}
                      </li>
                    ))}
                  </ul>
                </td>
                <td>{formatInstant(s.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
