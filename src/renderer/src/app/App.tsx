import { useCallback, useEffect, useState } from 'react'
import type { SessionStatus, SessionView } from '../../../shared/views'
import { ErrorBanner } from '../components/ErrorBanner'
import { LoginPage } from '../features/login/LoginPage'
import { SetupPage } from '../features/setup/SetupPage'
import { call, onSessionLost, setSessionToken } from '../lib/api'
import { useMenuCommands } from '../lib/desktop'
import { useI18n } from '../i18n/i18n'
import { Shell } from './Shell'

export function App() {
  const { t } = useI18n()
  const [status, setStatus] = useState<SessionStatus | null>(null)
  const [error, setError] = useState<unknown>(null)
  useMenuCommands()

  const refresh = useCallback(() => {
    call('session/status', {}).then(setStatus, setError)
  }, [])

  useEffect(() => {
    refresh()
    onSessionLost(refresh)
  }, [refresh])

  // The start-up integrity check runs in the background; ask again until it has a result. Keyed on
  // the status object (a new one per answer), not on `pending`, which stays true between answers
  // and would stop the polling after the first.
  useEffect(() => {
    if (status?.state !== 'signedIn' || status.integrity.state !== 'pending') return
    const timer = setTimeout(refresh, 2000)
    return () => clearTimeout(timer)
  }, [status, refresh])

  const signedIn = useCallback(
    (session: SessionView) => {
      setSessionToken(session.token)
      refresh()
    },
    [refresh]
  )

  const signOut = useCallback(() => {
    void call('session/logout', {}).finally(() => {
      setSessionToken(null)
      refresh()
    })
  }, [refresh])

  if (error) return <ErrorBanner error={error} />
  if (!status) return <p className="loading">{t('app.loading')}</p>
  switch (status.state) {
    case 'setupRequired':
      return <SetupPage onDone={signedIn} />
    case 'signedOut':
      return <LoginPage unit={status.unit} onDone={signedIn} />
    case 'signedIn':
      return (
        <Shell
          session={{ user: status.user, unit: status.unit, signOut }}
          integrity={status.integrity}
        />
      )
  }
}
