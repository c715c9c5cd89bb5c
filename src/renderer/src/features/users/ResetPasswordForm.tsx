import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { userPasswordResetInput } from '../../../../shared/schemas/accounts'
import type { UserView } from '../../../../shared/views'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import { call } from '../../lib/api'
import { FormError } from '../lifecycle/FormError'

type Values = z.input<typeof userPasswordResetInput>

type Props = { user: UserView; onDone: (user: UserView) => void; onCancel: () => void }

/**
 * The administrator sets a new password for a user who forgot theirs. The policy is the shared
 * schema's (checked here as typed, and again by the server); the server audits the reset and ends
 * the user's open sessions.
 */
export function ResetPasswordForm({ user, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    Values,
    unknown,
    z.output<typeof userPasswordResetInput>
  >({
    resolver: zodResolver(userPasswordResetInput),
    defaultValues: { id: user.id, password: '' }
  })
  const title = t('users.resetTitle', { name: user.displayName, username: user.username })
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('users/reset-password', values)
      onDone(user)
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" onSubmit={submit} noValidate aria-label={title}>
      <h2>{title}</h2>
      <FormError error={error} />
      <Field
        label={t('users.newPassword')}
        htmlFor="reset-password"
        error={formState.errors.password?.message}
        hint={t('users.resetHint')}
      >
        <input
          id="reset-password"
          type="password"
          autoComplete="new-password"
          {...register('password')}
        />
      </Field>
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('users.resetConfirm')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
