import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { periodInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'

export type Period = z.output<typeof periodInput>
const resolver = zodResolver(periodInput, keyedIssues)

/** The reporting period of the totals, both ends included. */
export function PeriodForm({
  period,
  onChange
}: {
  period: Period
  onChange: (p: Period) => void
}) {
  const { t } = useI18n()
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof periodInput>,
    unknown,
    Period
  >({ resolver, defaultValues: period })
  const e = formState.errors
  return (
    <form
      className="filters"
      aria-label={t('losses.period')}
      onSubmit={handleSubmit(onChange)}
      noValidate
    >
      <Field label={t('losses.from')} htmlFor="period-from" error={e.from?.message}>
        <input id="period-from" type="date" {...register('from')} />
      </Field>
      <Field label={t('losses.to')} htmlFor="period-to" error={e.to?.message}>
        <input id="period-to" type="date" {...register('to')} />
      </Field>
      <button type="submit" className="primary">
        {t('losses.show')}
      </button>
    </form>
  )
}
