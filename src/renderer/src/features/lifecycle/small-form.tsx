import { useState } from 'react'
import { useI18n } from '../../i18n/i18n'
import { FormError } from './FormError'

/**
 * The submit step of the small forms (withdraw, correct, reverse): send, then report done; a failure
 * stays in the form with the server's reason.
 */
export function useSend<T>(send: (values: T) => Promise<unknown>, onDone: () => void) {
  const [error, setError] = useState<unknown>(null)
  const run = async (values: T) => {
    setError(null)
    try {
      await send(values)
      onDone()
    } catch (err) {
      setError(err)
    }
  }
  return { error, run }
}

/** The error, then the confirm and cancel buttons, as every small form ends. */
export function SmallFormEnd(props: {
  error: unknown
  confirm: string
  danger?: boolean
  busy: boolean
  onCancel: () => void
}) {
  const { t } = useI18n()
  return (
    <>
      <FormError error={props.error} />
      <div className="actions">
        <button type="submit" className={props.danger ? 'danger' : 'primary'} disabled={props.busy}>
          {props.confirm}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </>
  )
}
