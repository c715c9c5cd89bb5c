import { useMemo } from 'react'
import { ANNUAL_COLUMN_ZH } from '../../../../core/statistics/annual-columns'
import { CASE_METRIC_ZH, type CaseMetric } from '../../../../core/statistics/metrics'
import type { StatisticsSeriesView } from '../../../../shared/statistics-views'
import { useI18n } from '../../i18n/i18n'
import { Chart } from './Chart'

type Props = { series: StatisticsSeriesView; onDrill: (metric: CaseMetric) => void }

/** The dashboard's four charts; a click on a bar or slice opens the cases behind it. */
export function ChartsView({ series, onDrill }: Props) {
  const { t } = useI18n()
  const monthly = useMemo(
    () => ({
      legend: { top: 0 },
      grid: { left: 40, right: 16, top: 32, bottom: 28 },
      xAxis: { type: 'category', data: series.months.map((m) => m.month) },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          name: t('stats.series.penalties'),
          type: 'bar',
          stack: 'd',
          data: series.months.map((m) => m.penalties)
        },
        {
          name: t('stats.series.noPenalty'),
          type: 'bar',
          stack: 'd',
          data: series.months.map((m) => m.noPenalty)
        },
        {
          name: t('stats.series.firstViolation'),
          type: 'line',
          data: series.months.map((m) => m.firstViolation)
        }
      ]
    }),
    [series, t]
  )
  const byColumn = useMemo(
    () => ({
      grid: { left: 150, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', data: series.byColumn.map((c) => ANNUAL_COLUMN_ZH[c.column]) },
      series: [{ type: 'bar', data: series.byColumn.map((c) => c.count) }]
    }),
    [series]
  )
  const byOutcome = useMemo(
    () => ({
      legend: { bottom: 0 },
      series: [
        {
          type: 'pie',
          radius: ['35%', '65%'],
          // 不予处罚 overlaps its parts; the pie shows the parts and the penalties only.
          data: series.byOutcome
            .filter((o) => o.metric !== 'noPenalty')
            .map((o) => ({ name: CASE_METRIC_ZH[o.metric], value: o.count }))
        }
      ]
    }),
    [series]
  )
  const topItems = useMemo(
    () => ({
      grid: { left: 200, right: 16, top: 8, bottom: 24 },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: series.topItems.map((i) => i.itemName) },
      series: [{ type: 'bar', data: series.topItems.map((i) => i.decided) }]
    }),
    [series]
  )
  const outcomes = series.byOutcome.filter((o) => o.metric !== 'noPenalty')
  return (
    <section className="card" aria-label={t('stats.charts')}>
      <h3>{t('stats.charts')}</h3>
      <div className="chart-grid">
        <figure>
          <figcaption>{t('stats.chart.monthly')}</figcaption>
          <Chart option={monthly} label={t('stats.chart.monthly')} testId="chart-monthly" />
        </figure>
        <figure>
          <figcaption>{t('stats.chart.byColumn')}</figcaption>
          <Chart
            option={byColumn}
            label={t('stats.chart.byColumn')}
            testId="chart-by-column"
            onPick={(i) => {
              const c = series.byColumn[i]
              if (c) onDrill(`penalty.${c.column}`)
            }}
          />
        </figure>
        <figure>
          <figcaption>{t('stats.chart.byOutcome')}</figcaption>
          <Chart
            option={byOutcome}
            label={t('stats.chart.byOutcome')}
            testId="chart-by-outcome"
            onPick={(i) => {
              const o = outcomes[i]
              if (o) onDrill(o.metric)
            }}
          />
        </figure>
        <figure>
          <figcaption>{t('stats.chart.topItems')}</figcaption>
          <Chart option={topItems} label={t('stats.chart.topItems')} testId="chart-top-items" />
        </figure>
      </div>
    </section>
  )
}
