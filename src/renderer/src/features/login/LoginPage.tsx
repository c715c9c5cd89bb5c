import { zodResolver } from '@hookform/resolvers/zod'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { loginInput } from '../../../../shared/schemas/accounts'
import type { SessionView, UnitView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'

type Values = z.input<typeof loginInput>

export function LoginPage({ unit, onDone }: { unit: UnitView; onDone: (s: SessionView) => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<Values>({
    resolver: zodResolver(loginInput)
  })
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      onDone(await call('session/login', values))
    } catch (err) {
      setError(err)
    }
  })
  return (
    <div className="centered">
      <form className="card" onSubmit={submit} noValidate aria-label={t('login.title')}>
        <div className="card-head">
          <h1>
            {t('app.name')} · {t('login.title')}
          </h1>
          <LanguageSwitch />
        </div>
        <p className="muted">{unit.name}</p>
        <ErrorBanner error={error} />
        <Field
          label={t('login.username')}
          htmlFor="username"
          error={formState.errors.username?.message}
        >
          <input id="username" autoComplete="username" {...register('username')} />
        </Field>
        <Field
          label={t('login.password')}
          htmlFor="password"
          error={formState.errors.password?.message}
        >
          <input
            id="password"
            type="password"
            autoComplete="current-password"
            {...register('password')}
          />
        </Field>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('login.submit')}
        </button>
      </form>
    </div>
  )
}
