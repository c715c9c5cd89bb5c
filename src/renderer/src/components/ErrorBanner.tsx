import { ApiError } from '../lib/api'
import { useI18n } from '../i18n/i18n'

/** A failed server call, shown with its error class and the server's own (Chinese) explanation. */
export function ErrorBanner({ error }: { error: unknown }) {
  const { t, tm } = useI18n()
  if (!error) return null
  const code = error instanceof ApiError ? error.code : 'INTERNAL'
  const message = error instanceof Error ? error.message : String(error)
  const issues = error instanceof ApiError ? error.issues : []
  return (
    <div className="banner banner-error" role="alert" data-testid="error-banner">
      <strong>{t(`error.${code}`)}</strong>：{message}
      {issues.length > 1 ? (
        <ul>
          {issues.map((i) => (
            <li key={`${i.path}:${i.message}`}>
              {i.path}：{tm(i.message)}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  )
}
