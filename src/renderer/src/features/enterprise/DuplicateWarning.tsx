import { useI18n } from '../../i18n/i18n'

type Props = { message: string; onSave: () => void; onDrop: () => void }

/**
 * The server's likely-duplicate warning (it names the existing entry). Saving anyway is a deliberate
 * second click, and the saved entry stays flagged, so a double count can be found and reversed.
 */
export function DuplicateWarning({ message, onSave, onDrop }: Props) {
  const { t } = useI18n()
  return (
    <div
      className="banner banner-error banner-refusal"
      role="alert"
      data-testid="duplicate-warning"
    >
      <strong>{t('losses.duplicateWarning')}</strong>：{message}
      <div className="actions">
        <button type="button" className="danger" onClick={onSave}>
          {t('losses.saveAnyway')}
        </button>
        <button type="button" className="secondary" onClick={onDrop}>
          {t('losses.dontSave')}
        </button>
      </div>
    </div>
  )
}
