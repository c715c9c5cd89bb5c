import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ReviewFlagCode } from '../../../../core/review/flag'
import type { ReviewVerdictView } from '../../../../shared/review-views'
import { REVIEW_VERDICTS, reviewVerdictInput } from '../../../../shared/schemas/review'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from '../lifecycle/FormError'

const resolver = zodResolver(reviewVerdictInput, keyedIssues)

type Props = {
  id: string
  caseId: string
  code: ReviewFlagCode
  /** The flag's name, for the form's accessible name. */
  title: string
  current: ReviewVerdictView | null
  onRecorded: () => void
}

/**
 * 合理 / 需纠正 with a reason, on one flag. Verdicts are kept, never overwritten: a new one becomes
 * the current verdict. The server refuses a reviewer who is an officer on the case.
 */
export function VerdictForm({ id, caseId, code, title, current, onRecorded }: Props) {
  const { t, tm } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof reviewVerdictInput>,
    unknown,
    z.output<typeof reviewVerdictInput>
  >({
    resolver,
    defaultValues: { caseId, code, verdict: current?.verdict, reason: current?.reason ?? '' }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('review/verdict', values)
      onRecorded()
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form
      className="verdict-form"
      aria-label={t('review.verdict.formLabel', { title })}
      onSubmit={submit}
      noValidate
      data-testid="verdict-form"
    >
      <fieldset className={e.verdict ? 'verdict-choice field-invalid' : 'verdict-choice'}>
        <legend>{t('review.verdict')}</legend>
        {REVIEW_VERDICTS.map((v) => (
          <label key={v} className="check inline" htmlFor={`${id}-${v}`}>
            <input id={`${id}-${v}`} type="radio" value={v} {...register('verdict')} />{' '}
            {t(`review.verdict.${v}`)}
          </label>
        ))}
        {e.verdict ? (
          <div className="field-error" role="alert" data-testid={`error-${id}-verdict`}>
            {tm(e.verdict.message)}
          </div>
        ) : null}
      </fieldset>
      <Field label={t('review.verdict.reason')} htmlFor={`${id}-reason`} error={e.reason?.message}>
        <textarea id={`${id}-reason`} rows={2} {...register('reason')} />
      </Field>
      <FormError error={error} />
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('review.verdict.submit')}
      </button>
    </form>
  )
}
