import { assertNever } from '../../../../core/assert'
import { formatCitation } from '../../../../core/discretion/citation'
import type { ReviewSeverity } from '../../../../core/review/flag'
import type { ReviewFlagView, ReviewVerdictView } from '../../../../shared/review-views'
import { formatInstant } from '../../lib/format'
import { useI18n } from '../../i18n/i18n'
import type { MessageKey } from '../../i18n/zh'
import { evidenceRows } from './evidence'
import { VerdictForm } from './VerdictForm'

type Props = {
  /** Unique on the page: prefixes the ids of the verdict form's controls. */
  id: string
  caseId: string
  flag: ReviewFlagView
  mayJudge: boolean
  onJudged: () => void
}

/** Whether the reviewer answers the flag with a verdict, and the note on what its severity means. */
function severityRole(severity: ReviewSeverity): { verdict: boolean; hint: MessageKey | null } {
  switch (severity) {
    case 'block':
      return { verdict: true, hint: 'review.blockHint' }
    case 'flag':
      return { verdict: true, hint: null }
    case 'warning':
      return { verdict: false, hint: 'review.warningHint' }
  }
  return assertNever(severity)
}

function Evidence({ flag }: { flag: ReviewFlagView }) {
  const { t } = useI18n()
  const rows = evidenceRows(flag.evidence, t)
  if (rows.length === 0) return null
  return (
    <>
      <h4>{t('review.evidence')}</h4>
      <dl className="evidence-grid" data-testid="review-evidence">
        {rows.map((r) => (
          <div key={r.key} className="fact-row" data-key={r.key}>
            <dt>{r.label}</dt>
            <dd>{r.value}</dd>
          </div>
        ))}
      </dl>
    </>
  )
}

function Verdict({ verdict }: { verdict: ReviewVerdictView | null }) {
  const { t } = useI18n()
  if (!verdict) {
    return (
      <p className="muted" data-testid="review-verdict">
        {t('review.verdict.none')}
      </p>
    )
  }
  return (
    <p data-testid="review-verdict" data-verdict={verdict.verdict}>
      {t('review.verdict')}：
      <strong className={`verdict-${verdict.verdict}`}>
        {t(`review.verdict.${verdict.verdict}`)}
      </strong>
      ；{verdict.reason}
      <span className="muted">
        （{t('review.verdict.by', { name: verdict.by.displayName, at: formatInstant(verdict.at) })}
        ）
      </span>
    </p>
  )
}

/** One finding of the review: severity, the Chinese message, its legal basis, the figures behind it,
 * the latest verdict and, for a reviewer not on the case, the form to record one. */
export function FlagCard({ id, caseId, flag, mayJudge, onJudged }: Props) {
  const { t } = useI18n()
  const title = t(`review.code.${flag.code}`)
  const role = severityRole(flag.severity)
  return (
    <li
      className={`card review-flag severity-${flag.severity}`}
      data-testid="review-flag"
      data-code={flag.code}
      data-severity={flag.severity}
    >
      <div className="review-flag-head">
        <span className={`badge badge-${flag.severity}`} data-testid="review-severity">
          {t(`review.severity.${flag.severity}`)}
        </span>
        <strong>{title}</strong>
        <code className="muted">{flag.code}</code>
      </div>
      <p className="review-message" data-testid="review-message">
        {flag.message}
      </p>
      {role.hint ? <p className="muted">{t(role.hint)}</p> : null}
      <h4>{t('review.citations')}</h4>
      <ul className="plain" data-testid="review-citations">
        {flag.citations.map((c, i) => (
          <li key={i}>
            {formatCitation(c)}
            {c.note ? <span className="muted">（{c.note}）</span> : null}
          </li>
        ))}
      </ul>
      <Evidence flag={flag} />
      {flag.configKeys.length > 0 ? (
        <p className="muted">
          {t('review.configKeys')}：{flag.configKeys.join('、')}
        </p>
      ) : null}
      {role.verdict || flag.verdict ? <Verdict verdict={flag.verdict} /> : null}
      {mayJudge && role.verdict ? (
        <VerdictForm
          key={flag.verdict?.at ?? 'none'}
          id={id}
          caseId={caseId}
          code={flag.code}
          title={title}
          current={flag.verdict}
          onRecorded={onJudged}
        />
      ) : null}
    </li>
  )
}
