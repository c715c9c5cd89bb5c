import { REVIEW_SEVERITIES } from '../../../../core/review/flag'
import type { ReviewQueueItem } from '../../../../shared/review-views'
import { useI18n } from '../../i18n/i18n'

/** Flag counts by severity as badges (阻止 2 · 需说明 1); severities without flags are left out. */
export function SeverityCounts({ flags }: { flags: ReviewQueueItem['flags'] }) {
  const { t } = useI18n()
  const shown = REVIEW_SEVERITIES.filter((s) => flags[s] > 0)
  if (shown.length === 0) return <span className="muted">—</span>
  return (
    <span className="severity-counts">
      {shown.map((s) => (
        <span key={s} className={`badge badge-${s}`} data-severity={s} data-count={flags[s]}>
          {t(`review.severity.${s}`)} {flags[s]}
        </span>
      ))}
    </span>
  )
}
