import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { LossEntryView } from '../../../../shared/enterprise-views'
import { lossReverseInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'
import { YuanInput } from '../lifecycle/YuanInput'
import { yuanGrouped } from './money'

const resolver = zodResolver(lossReverseInput, keyedIssues)

type Props = { entry: LossEntryView; onDone: () => void; onCancel: () => void }

/**
 * A correction never edits an entry: it records a reversing entry of up to what remains of it,
 * with the date and the reason. The amount starts at the whole remainder (the usual full reversal).
 */
export function LossReverseForm({ entry, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof lossReverseInput>) => call('losses/reverse', values),
    onDone
  )
  const { register, control, handleSubmit, formState } = useForm<
    z.input<typeof lossReverseInput>,
    unknown,
    z.output<typeof lossReverseInput>
  >({
    resolver,
    defaultValues: {
      entryId: entry.id,
      amountFen: entry.remainingFen ?? entry.amountFen,
      on: today(),
      reason: ''
    }
  })
  const e = formState.errors
  const title = t('losses.reverseTitle', { on: entry.on, amount: yuanGrouped(entry.amountFen) })
  return (
    <form
      className="card"
      aria-label={t('losses.reverseForm')}
      onSubmit={handleSubmit(run)}
      noValidate
    >
      <h3>{title}</h3>
      <div className="grid">
        <Field label={t('losses.reverseAmount')} htmlFor="rev-amount" error={e.amountFen?.message}>
          <Controller
            control={control}
            name="amountFen"
            render={({ field }) => (
              <YuanInput id="rev-amount" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
        <Field label={t('losses.on')} htmlFor="rev-on" error={e.on?.message}>
          <input id="rev-on" type="date" {...register('on')} />
        </Field>
      </div>
      <Field label={t('losses.reverseReason')} htmlFor="rev-reason" error={e.reason?.message}>
        <textarea id="rev-reason" rows={2} {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('losses.reverseConfirm')}
        danger
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
