import { useEffect, useState } from 'react'
import type { CaseClockView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'

type Props = { caseId: string; rev: number; version: number }

/** The case's statutory clocks with their due dates, each with the rule and its reasoning. */
export function CaseClocks({ caseId, rev, version }: Props) {
  const { t } = useI18n()
  const [clocks, setClocks] = useState<CaseClockView[]>([])
  const [error, setError] = useState<unknown>(null)
  useEffect(() => {
    call('cases/clocks', { id: caseId }).then(setClocks, setError)
  }, [caseId, rev, version])
  if (error) return <ErrorBanner error={error} />
  if (clocks.length === 0) return null
  return (
    <section aria-label={t('clocks.title')}>
      <h2>{t('clocks.title')}</h2>
      <ul className="clocks" data-testid="clocks">
        {clocks.map((c) =>
          c.ok ? (
            <li
              key={c.clock}
              className={`clock clock-${c.status}`}
              data-testid={`clock-${c.clock}`}
            >
              <strong>{t(`clocks.kind.${c.clock}`)}</strong>：{t('clocks.due', { date: c.due })}（
              {c.daysLeft >= 0
                ? t('clocks.daysLeft', { n: c.daysLeft })
                : t('clocks.overdueBy', { n: -c.daysLeft })}
              ）<span className="badge">{t(`clocks.status.${c.status}`)}</span>
              <details>
                <summary>{c.citation}</summary>
                <p>{c.explanation}</p>
                {c.notes.map((n) => (
                  <p key={n} className="muted">
                    {n}
                  </p>
                ))}
              </details>
            </li>
          ) : (
            <li key={c.clock} className="banner banner-error" data-testid={`clock-${c.clock}`}>
              <strong>{t(`clocks.kind.${c.clock}`)}</strong>：{c.problem}
            </li>
          )
        )}
      </ul>
    </section>
  )
}
