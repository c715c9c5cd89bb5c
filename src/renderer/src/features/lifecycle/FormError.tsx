import { ErrorBanner } from '../../components/ErrorBanner'
import { ApiError } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'

/**
 * A failed submission. A refusal (a business rule: a missing step, a deadline) is shown as its own
 * prominent alert with the server's sentence naming the rule; anything else as the usual banner.
 */
export function FormError({ error }: { error: unknown }) {
  const { t } = useI18n()
  if (error instanceof ApiError && error.code === 'REFUSED') {
    return (
      <div className="banner banner-error banner-refusal" role="alert" data-testid="refusal">
        <strong>{t('error.REFUSED')}</strong>：{error.message}
      </div>
    )
  }
  return <ErrorBanner error={error} />
}
