import { useCallback, useEffect, useState } from 'react'
import type {
  BackupCheckView,
  BackupListView,
  BackupView,
  RestoreView
} from '../../../../shared/backup-views'
import { useSession } from '../../app/session'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { BackupTable } from './BackupTable'
import { RestoreConfirm } from './RestoreConfirm'
import { RestoredNotice } from './RestoredNotice'
import { VerifyResult } from './VerifyResult'

/** 备份与恢复: the administrator's list of backups, back up now, verify one, restore one. */
export function BackupPage() {
  const { t } = useI18n()
  const session = useSession()
  const [list, setList] = useState<BackupListView | null>(null)
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const [creating, setCreating] = useState(false)
  const [verifying, setVerifying] = useState<string | null>(null)
  const [check, setCheck] = useState<BackupCheckView | null>(null)
  const [confirming, setConfirming] = useState<BackupView | null>(null)
  const [restored, setRestored] = useState<RestoreView | null>(null)
  const refresh = useCallback(() => call('backups/list', {}).then(setList, setError), [])
  useEffect(() => {
    void refresh()
  }, [refresh])

  if (restored) return <RestoredNotice result={restored} onSignIn={session.signOut} />

  const create = async () => {
    setCreating(true)
    setError(null)
    setCheck(null)
    try {
      const made = await call('backups/create', {})
      setNotice(t('backup.created', { name: made.name }))
      await refresh()
    } catch (err) {
      setError(err)
    } finally {
      setCreating(false)
    }
  }
  const verify = async (backup: BackupView) => {
    setVerifying(backup.name)
    setError(null)
    setNotice('')
    setCheck(null)
    try {
      setCheck(await call('backups/verify', { name: backup.name }))
    } catch (err) {
      setError(err)
    } finally {
      setVerifying(null)
    }
  }
  const askRestore = (backup: BackupView) => {
    setNotice('')
    setCheck(null)
    setConfirming(backup)
  }

  return (
    <section>
      <h1>{t('backup.title')}</h1>
      <p className="hint">{t('backup.intro')}</p>
      {list ? <p className="hint">{t('backup.folder', { folder: list.folder })}</p> : null}
      <ErrorBanner error={error} />
      {notice ? (
        <div className="banner banner-ok" role="status">
          {notice}
        </div>
      ) : null}
      <div className="actions">
        <button type="button" className="primary" disabled={creating} onClick={() => void create()}>
          {creating ? t('backup.creating') : t('backup.create')}
        </button>
      </div>
      {check ? <VerifyResult check={check} /> : null}
      {confirming ? (
        <RestoreConfirm
          key={confirming.name}
          backup={confirming}
          onCancel={() => setConfirming(null)}
          onRestored={setRestored}
        />
      ) : null}
      {list ? (
        <BackupTable
          backups={list.backups}
          verifying={verifying}
          onVerify={(b) => void verify(b)}
          onRestore={askRestore}
        />
      ) : null}
    </section>
  )
}
