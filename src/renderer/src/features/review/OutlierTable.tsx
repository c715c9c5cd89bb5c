import type { ReportOutlier } from '../../../../core/review/report'
import { href } from '../../lib/router'
import { useI18n } from '../../i18n/i18n'
import { decimal, yuan } from './format'

/** The group's outlying cases, each linked to its case page, with why it is one. */
export function OutlierTable({ outliers }: { outliers: readonly ReportOutlier[] }) {
  const { t } = useI18n()
  if (outliers.length === 0) return <p className="muted">{t('review.report.noOutliers')}</p>
  return (
    <table className="list" data-testid="report-outliers">
      <thead>
        <tr>
          <th>{t('review.report.caseNumber')}</th>
          <th>{t('review.report.unit')}</th>
          <th>{t('review.report.decidedOn')}</th>
          <th>{t('review.report.fine')}</th>
          <th>{t('review.report.position')}</th>
          <th>{t('review.report.othersMedian')}</th>
          <th>{t('review.report.reasons')}</th>
        </tr>
      </thead>
      <tbody>
        {outliers.map((o) => (
          <tr key={o.caseId} data-testid="report-outlier" data-case-id={o.caseId}>
            <td>
              <a href={href({ name: 'caseDetail', id: o.caseId })}>
                {o.caseNumber ?? t('review.report.noNumber')}
              </a>
            </td>
            <td>{o.unitCode}</td>
            <td>{o.decidedOn}</td>
            <td>{o.fineFen === null ? '—' : yuan(o.fineFen)}</td>
            <td>{o.position === null ? '—' : decimal(o.position)}</td>
            <td>{o.othersMedian === null ? '—' : decimal(o.othersMedian)}</td>
            <td>{o.reasons.map((r) => t(`review.report.reason.${r}`)).join('；')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
