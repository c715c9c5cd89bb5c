import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { LifecycleActionKind } from '../../../../core/lifecycle/actions'
import type { CaseProgressView } from '../../../../shared/lifecycle-views'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { errorAt, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { actionResolver, blankAction, type ActionDraft, type ActionOutput } from './action-draft'
import { ActionFields } from './ActionFields'
import { FormError } from './FormError'

type Props = {
  kind: LifecycleActionKind
  progress: CaseProgressView
  onDone: () => void
  onCancel: () => void
}

/**
 * Records one procedure step. The server checks the step against the procedure; a refusal names the
 * missing step and leaves the case unchanged, so the form stays open with what was typed.
 */
export function ActionForm({ kind, progress, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const form = useForm<ActionDraft, unknown, ActionOutput>({
    resolver: actionResolver,
    defaultValues: blankAction(kind, today(), progress.progress)
  })
  const { register, handleSubmit, formState } = form
  const submit = handleSubmit(async (action) => {
    setError(null)
    try {
      await call('cases/act', { id: progress.caseId, rev: progress.rev, action })
      onDone()
    } catch (err) {
      setError(err)
    }
  })
  const title = t(`lifecycle.action.${kind}`)
  return (
    <form
      className="card action-form"
      aria-label={title}
      onSubmit={submit}
      noValidate
      data-testid="action-form"
    >
      <h3>{title}</h3>
      <Field
        label={t('lifecycle.field.on')}
        htmlFor="act-on"
        error={errorAt(formState.errors, 'on')}
      >
        <input id="act-on" type="date" {...register('on')} />
      </Field>
      <ActionFields kind={kind} form={form} />
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {formState.isSubmitting ? t('lifecycle.submitting') : t('lifecycle.submit')}
        </button>
        <button type="button" className="secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  )
}
