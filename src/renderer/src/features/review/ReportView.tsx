import { yuanFixedText } from '../../../../core/discretion/money'
import type { ConsistencyReportView } from '../../../../shared/review-views'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import { GroupSection } from './GroupSection'

/** The report: its period and totals, the counts per level, then each group. */
export function ReportView({ report }: { report: ConsistencyReportView }) {
  const { t } = useI18n()
  return (
    <div data-testid="consistency-report">
      <dl className="facts-grid">
        <dt>{t('review.report.period')}</dt>
        <dd data-testid="report-period">{t('review.report.periodValue', report.period)}</dd>
        <dt>{t('review.report.unit')}</dt>
        <dd>{report.unitCode}</dd>
        <dt>{t('review.report.generatedAt')}</dt>
        <dd>{formatInstant(report.generatedAt)}</dd>
        <dt>{t('review.report.total')}</dt>
        <dd data-testid="report-total">{report.total}</dd>
        <dt>{t('review.report.revenue')}</dt>
        <dd data-testid="report-revenue">
          {t('review.report.revenueValue', {
            thisYear: yuanFixedText(report.revenue.thisYearFen),
            lastYear: yuanFixedText(report.revenue.lastYearFen)
          })}
        </dd>
      </dl>
      {report.revenue.flags.map((f) => (
        <p key={f.code} className="warning" role="status" data-testid="report-revenue-warning">
          {f.message}
        </p>
      ))}
      <h2>{t('review.report.byLevel')}</h2>
      <table className="list compact" data-testid="report-by-level">
        <thead>
          <tr>
            {report.byLevel.map((l) => (
              <th key={l.level}>{t(`discretion.level.${l.level}`)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            {report.byLevel.map((l) => (
              <td key={l.level} data-level={l.level}>
                {l.count}
              </td>
            ))}
          </tr>
        </tbody>
      </table>
      {report.groups.length === 0 ? (
        <p className="muted">{t('review.report.noGroups')}</p>
      ) : (
        report.groups.map((g) => (
          <GroupSection key={`${g.itemCode}|${g.benchmarkId}|${g.level}`} group={g} />
        ))
      )}
    </div>
  )
}
