import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { PeriodCloseView } from '../../../../shared/period-views'
import { periodReopenInput } from '../../../../shared/schemas/periods'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

const resolver = zodResolver(periodReopenInput, keyedIssues)

type Props = { period: PeriodCloseView; onDone: () => void; onCancel: () => void }

/** 重新开账: the administrator lifts a close, with a reason that goes into the audit trail. */
export function ReopenForm({ period, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof periodReopenInput>) => call('periods/reopen', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof periodReopenInput>,
    unknown,
    z.output<typeof periodReopenInput>
  >({ resolver, defaultValues: { id: period.id, reason: '' } })
  const title = t('periods.reopenTitle', { from: period.from, to: period.to })
  return (
    <form className="card" aria-label={title} onSubmit={handleSubmit(run)} noValidate>
      <h3>{title}</h3>
      <Field
        label={t('periods.reopenReason')}
        htmlFor="reopen-reason"
        error={formState.errors.reason?.message}
      >
        <textarea id="reopen-reason" rows={2} {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('periods.reopenConfirm')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
