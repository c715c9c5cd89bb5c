import { zodResolver } from '@hookform/resolvers/zod'
import { LanguageSwitch } from '../../components/LanguageSwitch'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { setupInput } from '../../../../shared/schemas/accounts'
import type { SessionView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'

type Values = z.input<typeof setupInput>

export function SetupPage({ onDone }: { onDone: (s: SessionView) => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    Values,
    unknown,
    z.output<typeof setupInput>
  >({
    resolver: zodResolver(setupInput)
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      onDone(await call('session/setup', values))
    } catch (err) {
      setError(err)
    }
  })
  return (
    <div className="centered">
      <form className="card" onSubmit={submit} noValidate aria-label={t('setup.title')}>
        <div className="card-head">
          <h1>{t('setup.title')}</h1>
          <LanguageSwitch />
        </div>
        <p>{t('setup.intro')}</p>
        <ErrorBanner error={error} />
        <Field label={t('setup.unitName')} htmlFor="unitName" error={e.unitName?.message}>
          <input id="unitName" {...register('unitName')} />
        </Field>
        <Field label={t('setup.unitCode')} htmlFor="unitCode" error={e.unitCode?.message}>
          <input id="unitCode" {...register('unitCode')} />
        </Field>
        <Field
          label={t('setup.casePrefix')}
          htmlFor="casePrefix"
          error={e.casePrefix?.message}
          hint={t('setup.casePrefixHint')}
        >
          <input id="casePrefix" {...register('casePrefix')} />
        </Field>
        <Field
          label={t('setup.adminUsername')}
          htmlFor="adminUsername"
          error={e.adminUsername?.message}
        >
          <input id="adminUsername" autoComplete="username" {...register('adminUsername')} />
        </Field>
        <Field
          label={t('setup.adminDisplayName')}
          htmlFor="adminDisplayName"
          error={e.adminDisplayName?.message}
        >
          <input id="adminDisplayName" {...register('adminDisplayName')} />
        </Field>
        <Field
          label={t('setup.adminPassword')}
          htmlFor="adminPassword"
          error={e.adminPassword?.message}
        >
          <input
            id="adminPassword"
            type="password"
            autoComplete="new-password"
            {...register('adminPassword')}
          />
        </Field>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('common.saving') : t('setup.submit')}
        </button>
      </form>
    </div>
  )
}
