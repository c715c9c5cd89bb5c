import { useState } from 'react'
import type { BackupView, RestoreView } from '../../../../shared/backup-views'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { formatInstant } from '../../lib/format'
import { FormError } from '../lifecycle/FormError'

type Props = {
  backup: BackupView
  onCancel: () => void
  onRestored: (result: RestoreView) => void
}

/** The confirmation before a restore: which file, what is lost, that a safety copy is taken first. */
export function RestoreConfirm({ backup, onCancel, onRestored }: Props) {
  const { t } = useI18n()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<unknown>(null)
  const restore = async () => {
    setBusy(true)
    setError(null)
    try {
      onRestored(await call('backups/restore', { name: backup.name }))
    } catch (err) {
      setError(err)
      setBusy(false)
    }
  }
  return (
    <section
      className="card"
      role="group"
      aria-label={t('backup.restore.title')}
      data-testid="restore-confirm"
    >
      <h2>{t('backup.restore.title')}</h2>
      <p>
        {t('backup.restore.warning', { name: backup.name, takenAt: formatInstant(backup.takenAt) })}
      </p>
      <FormError error={error} />
      <div className="actions">
        <button type="button" className="danger" disabled={busy} onClick={() => void restore()}>
          {busy ? t('backup.restore.running') : t('backup.restore.confirm')}
        </button>
        <button type="button" className="secondary" disabled={busy} onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </section>
  )
}
