import type { CaseReviewView } from '../../../../shared/review-views'
import type { CaseDetail } from '../../../../shared/views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { FlagCard } from './FlagCard'
import { useCaseReview } from './use-case-review'

type Props = { detail: CaseDetail; version: number; onChanged: () => void }

function Summary({ review }: { review: CaseReviewView }) {
  const { t } = useI18n()
  return (
    <dl className="facts-grid" data-testid="review-summary">
      <dt>{t('review.checkpoint')}</dt>
      <dd data-testid="review-checkpoint">{t(`review.checkpoint.${review.checkpoint}`)}</dd>
      <dt>{t('review.reviewRequired')}</dt>
      <dd data-testid="review-required">
        {review.reviewRequired ?? t('review.reviewRequired.no')}
      </dd>
      <dt>{t('review.peerCount')}</dt>
      <dd data-testid="review-peer-count">{t('review.peerCountValue', { n: review.peerCount })}</dd>
    </dl>
  )
}

/**
 * 一致性审查: the named, cited checks of the case with the numbers behind each, and the reviewer's
 * verdict on each flag. A reviewer who is not an officer on the case records verdicts here; the
 * legal-review opinion itself is a step of 办案流程. The server enforces who may record.
 */
export function ReviewPanel({ detail, version, onChanged }: Props) {
  const { t } = useI18n()
  const { user } = useSession()
  const { review, error } = useCaseReview(detail.id, version)
  const mayJudge = user.roles.includes('reviewer') && !detail.officers.some((o) => o.id === user.id)
  return (
    <section className="review" aria-label={t('review.title')}>
      <h2>{t('review.title')}</h2>
      <ErrorBanner error={error} />
      {review ? (
        <>
          <Summary review={review} />
          {review.problem ? (
            <div className="banner" role="status" data-testid="review-problem">
              <strong>{t('review.problem')}</strong>：{review.problem}
            </div>
          ) : null}
          {review.reviewRequired || mayJudge ? (
            <p className="muted">{t('review.opinionPointer')}</p>
          ) : null}
          <h3>{t('review.flags')}</h3>
          {review.flags.length === 0 && !review.problem ? (
            <p className="muted" data-testid="review-no-flags">
              {t('review.noFlags')}
            </p>
          ) : null}
          {review.flags.length > 0 ? (
            <ul className="review-flags">
              {review.flags.map((f, i) => (
                // A rule may raise one code more than once (one seizure each); the verdict is per code.
                <FlagCard
                  key={`${f.code}-${i}`}
                  id={`flag-${i}`}
                  caseId={detail.id}
                  flag={f}
                  mayJudge={mayJudge}
                  onJudged={onChanged}
                />
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
    </section>
  )
}
