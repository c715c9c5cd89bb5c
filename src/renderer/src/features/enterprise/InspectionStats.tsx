import type { InspectionStatsView } from '../../../../shared/enterprise-views'
import { useI18n } from '../../i18n/i18n'
import { changeText } from './money'

/**
 * 入企检查 frequency for a year and its change on the same period a year earlier (the Hubei report's
 * measure: a year in progress is compared up to the same day, so the periods are shown).
 */
export function InspectionStats({ stats }: { stats: InspectionStatsView }) {
  const { t } = useI18n()
  return (
    <dl className="facts-grid" data-testid="inspection-stats">
      <dt>{t('inspections.count')}</dt>
      <dd>
        <span data-testid="inspection-count">{stats.count}</span>{' '}
        <span className="muted">
          {t('inspections.periodOf', { from: stats.from, to: stats.to })}
        </span>
      </dd>
      <dt>{t('inspections.previousYear')}</dt>
      <dd>
        <span data-testid="inspection-previous">{stats.previousYearCount}</span>{' '}
        <span className="muted">
          {t('inspections.periodOf', { from: stats.previousFrom, to: stats.previousTo })}
        </span>
      </dd>
      <dt>{t('inspections.change')}</dt>
      <dd data-testid="inspection-change">
        {stats.changePermille === null
          ? t('inspections.changeNone')
          : changeText(stats.changePermille)}
      </dd>
      <dt>{t('inspections.enterprises')}</dt>
      <dd>{stats.enterprises}</dd>
      <dt>{t('inspections.repeatedCount')}</dt>
      <dd>
        <span data-testid="inspection-repeated">{stats.repeated}</span>{' '}
        <span className="muted">{t('inspections.window', { days: stats.repeatWindowDays })}</span>
      </dd>
    </dl>
  )
}
