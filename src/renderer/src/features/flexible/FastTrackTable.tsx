import type { FastTrackRow } from '../../../../shared/flexible-views'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'

/** 轻微速罚: the fast-track cases with their days from filing to decision. */
export function FastTrackTable({ rows }: { rows: readonly FastTrackRow[] }) {
  const { t } = useI18n()
  return (
    <section>
      <h2>{t('flexible.fastTrack')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('flexible.fastTrack.none')}</p>
      ) : (
        <table className="list" data-testid="fast-track-table">
          <thead>
            <tr>
              <th>{t('flexible.caseNumber')}</th>
              <th>{t('flexible.cause')}</th>
              <th>{t('flexible.basis')}</th>
              <th>{t('flexible.filedOn')}</th>
              <th>{t('flexible.decidedOn')}</th>
              <th>{t('flexible.days')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.caseId} data-testid="fast-track-row" data-case-id={r.caseId}>
                <td>
                  <a href={href({ name: 'caseDetail', id: r.caseId })}>{r.caseNumber}</a>
                </td>
                <td>{r.title}</td>
                <td>
                  {[
                    r.simpleProcedure ? t('flexible.basis.simple') : null,
                    r.marked ? t('flexible.basis.marked', { reason: r.markReason ?? '' }) : null
                  ]
                    .filter(Boolean)
                    .join('；')}
                </td>
                <td>{r.filedOn ?? '—'}</td>
                <td>{r.decidedOn ?? t('flexible.undecided')}</td>
                <td data-testid="fast-track-days">{r.days ?? '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
