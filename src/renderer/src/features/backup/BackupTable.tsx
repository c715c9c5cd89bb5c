import type { BackupView } from '../../../../shared/backup-views'
import { useI18n } from '../../i18n/i18n'
import { formatInstant } from '../../lib/format'
import { sizeText } from './size'

type Props = {
  backups: readonly BackupView[]
  /** The backup being verified, if any: its button shows progress and the others wait. */
  verifying: string | null
  onVerify: (backup: BackupView) => void
  onRestore: (backup: BackupView) => void
}

/** The backups, newest first, each with its verification and restore actions. */
export function BackupTable({ backups, verifying, onVerify, onRestore }: Props) {
  const { t } = useI18n()
  if (backups.length === 0) return <p className="hint">{t('backup.none')}</p>
  return (
    <table className="list" data-testid="backups-table">
      <thead>
        <tr>
          <th>{t('backup.col.takenAt')}</th>
          <th>{t('backup.col.reason')}</th>
          <th>{t('backup.col.size')}</th>
          <th>{t('backup.col.name')}</th>
          <th>{t('backup.col.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {backups.map((b) => (
          <tr key={b.name} data-testid="backup-row" data-name={b.name}>
            <td>{formatInstant(b.takenAt)}</td>
            <td>{t(`backup.reason.${b.reason}`)}</td>
            <td className="num">{sizeText(b.bytes)}</td>
            <td>
              <code>{b.name}</code>
            </td>
            <td className="actions">
              <button type="button" disabled={verifying !== null} onClick={() => onVerify(b)}>
                {verifying === b.name ? t('backup.verifying') : t('backup.verify')}
              </button>
              <button type="button" className="danger" onClick={() => onRestore(b)}>
                {t('backup.restore')}
              </button>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  )
}
