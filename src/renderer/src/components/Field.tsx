import type { ReactNode } from 'react'
import { useI18n } from '../i18n/i18n'

type FieldProps = {
  label: string
  htmlFor: string
  error?: string | undefined
  hint?: string
  children: ReactNode
}

/** A labelled form control with its (translated) error message underneath. */
export function Field({ label, htmlFor, error, hint, children }: FieldProps) {
  const { tm } = useI18n()
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={htmlFor}>{label}</label>
      {children}
      {hint && !error ? <div className="field-hint">{hint}</div> : null}
      {error ? (
        <div className="field-error" role="alert" data-testid={`error-${htmlFor}`}>
          {tm(error)}
        </div>
      ) : null}
    </div>
  )
}
