import type { BackupCheckView } from '../../../../shared/backup-views'
import { useI18n } from '../../i18n/i18n'

/** What checking a backup found, without restoring it. */
export function VerifyResult({ check }: { check: BackupCheckView }) {
  const { t } = useI18n()
  if (check.ok) {
    return (
      <div className="banner banner-ok" role="status" data-testid="verify-result">
        <p>{t('backup.verify.ok', { name: check.name, rows: check.auditRows })}</p>
        {check.headHash ? (
          <p className="hint">{t('backup.verify.head', { hash: check.headHash })}</p>
        ) : null}
      </div>
    )
  }
  return (
    <div className="banner banner-error" role="alert" data-testid="verify-result">
      <strong>{t('backup.verify.failed', { name: check.name })}</strong>
      <ul>
        {check.problems.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
    </div>
  )
}
