import { zodResolver } from '@hookform/resolvers/zod'
import { useCallback, useEffect, useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { ROLES } from '../../../../core/cases/vocabulary'
import { userCreateInput } from '../../../../shared/schemas/accounts'
import type { UserView } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { useI18n } from '../../i18n/i18n'
import { ResetPasswordForm } from './ResetPasswordForm'

type Values = z.input<typeof userCreateInput>

/** Administrators list and add local users and reset their passwords. The server refuses these calls
 * to every other role. */
export function UsersPage() {
  const { t, tm } = useI18n()
  const [users, setUsers] = useState<UserView[]>([])
  const [error, setError] = useState<unknown>(null)
  const [notice, setNotice] = useState('')
  const [resetting, setResetting] = useState<UserView | null>(null)
  const refresh = useCallback(() => call('users/list', {}).then(setUsers, setError), [])
  useEffect(() => {
    void refresh()
  }, [refresh])
  const { register, handleSubmit, formState, reset } = useForm<
    Values,
    unknown,
    z.output<typeof userCreateInput>
  >({
    resolver: zodResolver(userCreateInput),
    defaultValues: { username: '', displayName: '', roles: ['officer'], password: '' }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      const created = await call('users/create', values)
      setNotice(t('users.created', { name: created.displayName }))
      reset()
      await refresh()
    } catch (err) {
      setError(err)
    }
  })
  return (
    <section>
      <h1>{t('users.title')}</h1>
      <ErrorBanner error={error} />
      {notice ? <div className="banner banner-ok">{notice}</div> : null}
      <table className="list" data-testid="users-table">
        <thead>
          <tr>
            <th>{t('users.username')}</th>
            <th>{t('users.displayName')}</th>
            <th>{t('users.roles')}</th>
            <th>{t('users.active')}</th>
            <th>{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.displayName}</td>
              <td>{u.roles.map((r) => t(`role.${r}`)).join('、')}</td>
              <td>{u.active ? t('users.active') : t('users.inactive')}</td>
              <td>
                <button
                  type="button"
                  className="link"
                  aria-label={`${t('users.resetPassword')}：${u.username}`}
                  onClick={() => {
                    setNotice('')
                    setResetting(u)
                  }}
                >
                  {t('users.resetPassword')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {resetting ? (
        <ResetPasswordForm
          key={resetting.id}
          user={resetting}
          onCancel={() => setResetting(null)}
          onDone={(user) => {
            setResetting(null)
            setNotice(t('users.resetDone', { name: user.displayName }))
          }}
        />
      ) : null}
      <form className="card" onSubmit={submit} noValidate aria-label={t('users.create')}>
        <h2>{t('users.create')}</h2>
        <Field label={t('users.username')} htmlFor="username" error={e.username?.message}>
          <input id="username" {...register('username')} />
        </Field>
        <Field label={t('users.displayName')} htmlFor="displayName" error={e.displayName?.message}>
          <input id="displayName" {...register('displayName')} />
        </Field>
        <fieldset className="roles">
          <legend>{t('users.roles')}</legend>
          {ROLES.map((r) => (
            <label key={r}>
              <input type="checkbox" value={r} {...register('roles')} /> {t(`role.${r}`)}
            </label>
          ))}
          {e.roles?.message ? <div className="field-error">{tm(e.roles.message)}</div> : null}
        </fieldset>
        <Field label={t('users.password')} htmlFor="password" error={e.password?.message}>
          <input
            id="password"
            type="password"
            autoComplete="new-password"
            {...register('password')}
          />
        </Field>
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('users.create')}
        </button>
      </form>
    </section>
  )
}
