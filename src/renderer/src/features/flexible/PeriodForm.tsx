import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { flexiblePeriodInput } from '../../../../shared/schemas/flexible'
import { Field } from '../../components/Field'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'

export type Period = z.output<typeof flexiblePeriodInput>
const resolver = zodResolver(flexiblePeriodInput, keyedIssues)

/** The period counted, both days included. */
export function PeriodForm({ initial, onRun }: { initial: Period; onRun: (p: Period) => void }) {
  const { t } = useI18n()
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof flexiblePeriodInput>,
    unknown,
    Period
  >({ resolver, defaultValues: initial })
  const e = formState.errors
  return (
    <form
      className="card"
      aria-label={t('flexible.period')}
      onSubmit={handleSubmit(onRun)}
      noValidate
    >
      <div className="grid">
        <Field label={t('flexible.from')} htmlFor="flexible-from" error={e.from?.message}>
          <input id="flexible-from" type="date" {...register('from')} />
        </Field>
        <Field label={t('flexible.to')} htmlFor="flexible-to" error={e.to?.message}>
          <input id="flexible-to" type="date" {...register('to')} />
        </Field>
      </div>
      <button type="submit" className="primary">
        {t('flexible.run')}
      </button>
    </form>
  )
}
