import type { GroupReport } from '../../../../core/review/report'
import { useI18n } from '../../i18n/i18n'
import { FineChart } from './FineChart'
import { yuan } from './format'
import { OutlierTable } from './OutlierTable'
import { SummaryTable } from './SummaryTable'

/** One group of the report: one item, benchmark version and level. */
export function GroupSection({ group }: { group: GroupReport }) {
  const { t } = useI18n()
  const heading = `${group.itemCode} ${group.itemName}・${t(`discretion.level.${group.level}`)}`
  return (
    <section
      className="card report-group"
      aria-label={heading}
      data-testid="report-group"
      data-item-code={group.itemCode}
      data-level={group.level}
    >
      <h3>{heading}</h3>
      <p className="muted">
        {t('review.report.benchmark')}：{group.benchmarkId}；{t('review.report.count')}：
        <span data-testid="report-group-count">{group.count}</span>
      </p>
      <div className="report-group-body">
        <div>
          <h4>{t('review.report.chart')}</h4>
          <FineChart buckets={group.fineBuckets} />
        </div>
        <div>
          <h4>{t('review.report.summary')}</h4>
          <SummaryTable fine={group.fine} position={group.position} />
          {group.fences ? (
            <p className="muted">
              {t('review.report.fences', {
                low: yuan(group.fences.lowFen),
                high: yuan(group.fences.highFen)
              })}
            </p>
          ) : null}
          {group.dispersed.length > 0 ? (
            <p className="flag-warning" data-testid="report-dispersed">
              {t('review.report.dispersed')}：
              {group.dispersed.map((m) => t(`review.value.${m}`)).join('、')}
            </p>
          ) : null}
        </div>
      </div>
      <h4>{t('review.report.outliers')}</h4>
      <OutlierTable outliers={group.outliers} />
    </section>
  )
}
