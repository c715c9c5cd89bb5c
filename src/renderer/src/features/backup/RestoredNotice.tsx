import type { RestoreView } from '../../../../shared/backup-views'
import { useI18n } from '../../i18n/i18n'

/**
 * After a restore every session is gone (the users and their roles are now the backup's), this one
 * included: say what happened and where the replaced database went, then back to the login page.
 */
export function RestoredNotice({
  result,
  onSignIn
}: {
  result: RestoreView
  onSignIn: () => void
}) {
  const { t } = useI18n()
  const safety = result.safetyBackup
  return (
    <section className="card" data-testid="restored">
      <div className="banner banner-ok" role="status">
        <p>{t('backup.restored', { name: result.restoredFrom })}</p>
        <p>
          {safety ? t('backup.restored.safety', { name: safety.name }) : t('backup.restored.none')}
          {safety && result.safetyIsRawCopy ? t('backup.restored.raw') : null}
        </p>
        <p>{t('backup.restored.signIn')}</p>
      </div>
      <button type="button" className="primary" onClick={onSignIn}>
        {t('backup.signInAgain')}
      </button>
    </section>
  )
}
