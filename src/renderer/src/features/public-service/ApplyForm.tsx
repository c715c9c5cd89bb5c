import { zodResolver } from '@hookform/resolvers/zod'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { PublicServiceItemView } from '../../../../shared/flexible-views'
import { publicServiceApplyInput } from '../../../../shared/schemas/flexible'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'
import { QuantityInput } from './QuantityInput'
import { ServiceRule } from './ServiceRule'

type Values = z.input<typeof publicServiceApplyInput>
type Output = z.output<typeof publicServiceApplyInput>
const resolver = zodResolver(publicServiceApplyInput, keyedIssues)

type Props = {
  caseId: string
  catalogue: PublicServiceItemView[]
  onDone: () => void
  onCancel: () => void
}

/** The party's voluntary application, as the officer records it (公益减罚 is never imposed). */
export function ApplyForm({ caseId, catalogue, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const { error, run } = useSend((v: Output) => call('publicService/apply', v), onDone)
  const { register, control, handleSubmit, watch, formState } = useForm<Values, unknown, Output>({
    resolver,
    defaultValues: {
      caseId,
      serviceCode: catalogue[0]?.code ?? '',
      on: today(),
      // `voluntary` has no default: the box starts unticked and the officer confirms the party asked.
      statement: ''
    }
  })
  const e = formState.errors
  const chosen = catalogue.find((s) => s.code === watch('serviceCode'))
  const unit = t(`publicService.measure.${chosen?.measure ?? 'hours'}`)
  return (
    <form
      className="card"
      aria-label={t('publicService.applyTitle')}
      data-testid="ps-apply-form"
      onSubmit={handleSubmit(run)}
      noValidate
    >
      <h3>{t('publicService.applyTitle')}</h3>
      <div className="grid">
        <Field
          label={t('publicService.service')}
          htmlFor="ps-service"
          error={e.serviceCode?.message}
        >
          <select id="ps-service" {...register('serviceCode')}>
            {catalogue.map((s) => (
              <option key={s.code} value={s.code}>
                {s.code} {s.name}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('publicService.quantity', { unit })}
          htmlFor="ps-quantity"
          hint={t('publicService.quantityHint')}
          error={e.quantityTenths?.message}
        >
          <Controller
            control={control}
            name="quantityTenths"
            render={({ field }) => (
              <QuantityInput
                id="ps-quantity"
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
              />
            )}
          />
        </Field>
        <Field label={t('publicService.appliedOn')} htmlFor="ps-on" error={e.on?.message}>
          <input id="ps-on" type="date" {...register('on')} />
        </Field>
      </div>
      {chosen ? <ServiceRule item={chosen} /> : null}
      <Field
        label={t('publicService.statement')}
        htmlFor="ps-statement"
        error={e.statement?.message}
      >
        <textarea id="ps-statement" rows={2} {...register('statement')} />
      </Field>
      <Field
        label={t('publicService.voluntary')}
        htmlFor="ps-voluntary"
        error={e.voluntary?.message}
      >
        <input id="ps-voluntary" type="checkbox" {...register('voluntary')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('publicService.submitApply')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
