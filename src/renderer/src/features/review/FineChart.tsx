import type { FineBucket } from '../../../../core/review/report'
import { useI18n } from '../../i18n/i18n'
import { yuan } from './format'

const WIDTH = 360
const HEIGHT = 150
const TOP = 16
const BOTTOM = 22
const SIDE = 8
const PLOT = HEIGHT - TOP - BOTTOM

/**
 * The group's fines as bars of equal width in yuan, drawn as inline SVG. The picture is one image
 * for assistive technology, its label listing every bar.
 */
export function FineChart({ buckets }: { buckets: readonly FineBucket[] }) {
  const { t } = useI18n()
  const first = buckets[0]
  const last = buckets[buckets.length - 1]
  if (!first || !last) return <p className="muted">{t('review.report.noFines')}</p>
  const bucketText = (b: FineBucket) =>
    t('review.report.bucket', { from: yuan(b.fromFen), to: yuan(b.toFen), count: b.count })
  const label = t('review.report.chartLabel', { buckets: buckets.map(bucketText).join('；') })
  const most = Math.max(1, ...buckets.map((b) => b.count))
  const slot = (WIDTH - 2 * SIDE) / buckets.length
  return (
    <svg
      className="fine-chart"
      role="img"
      aria-label={label}
      data-testid="fine-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      width={WIDTH}
      height={HEIGHT}
    >
      <line x1={SIDE} x2={WIDTH - SIDE} y1={TOP + PLOT} y2={TOP + PLOT} className="axis" />
      {buckets.map((b, i) => {
        const h = (b.count / most) * PLOT
        const x = SIDE + i * slot
        return (
          <g key={b.fromFen}>
            <title>{bucketText(b)}</title>
            <rect x={x + 1} y={TOP + PLOT - h} width={Math.max(1, slot - 2)} height={h} />
            {b.count > 0 ? (
              <text x={x + slot / 2} y={TOP + PLOT - h - 3} textAnchor="middle">
                {b.count}
              </text>
            ) : null}
          </g>
        )
      })}
      <text x={SIDE} y={HEIGHT - 6} textAnchor="start">
        {yuan(first.fromFen)}
      </text>
      <text x={WIDTH - SIDE} y={HEIGHT - 6} textAnchor="end">
        {yuan(last.toFen)}
      </text>
    </svg>
  )
}
