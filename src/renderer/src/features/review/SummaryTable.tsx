import type { Summary } from '../../../../core/review/stats'
import { useI18n } from '../../i18n/i18n'
import { decimal, yuan } from './format'

type Row = { label: string; summary: Summary | null; show: (x: number) => string }

/** n, median, Q1, Q3 and IQR of the fines (in yuan) and of the positions in the range. */
export function SummaryTable({
  fine,
  position
}: {
  fine: Summary | null
  position: Summary | null
}) {
  const { t } = useI18n()
  const rows: Row[] = [
    { label: t('review.report.fine'), summary: fine, show: yuan },
    { label: t('review.report.position'), summary: position, show: decimal }
  ]
  return (
    <table className="list summary" data-testid="report-summary">
      <thead>
        <tr>
          <th>{t('review.report.measure')}</th>
          <th>{t('review.report.n')}</th>
          <th>{t('review.report.median')}</th>
          <th>{t('review.report.q1')}</th>
          <th>{t('review.report.q3')}</th>
          <th>{t('review.report.iqr')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(({ label, summary: s, show }) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{s ? s.n : 0}</td>
            <td>{s ? show(s.median) : '—'}</td>
            <td>{s ? show(s.q1) : '—'}</td>
            <td>{s ? show(s.q3) : '—'}</td>
            <td>{s ? show(s.iqr) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
