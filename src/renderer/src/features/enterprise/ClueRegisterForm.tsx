import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import {
  CLUE_CHANNEL_ZH,
  CLUE_CHANNELS,
  CLUE_PROBLEM_TYPES,
  CLUE_PROBLEM_ZH
} from '../../../../core/enterprise/vocabulary'
import type { ClueDetailView } from '../../../../shared/enterprise-views'
import { clueRegisterInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from '../lifecycle/FormError'
import { YuanInput } from '../lifecycle/YuanInput'

type Values = z.input<typeof clueRegisterInput>
const resolver = zodResolver(clueRegisterInput, keyedIssues)

/** An empty date field means “not given”: the server then sets the unit's default deadline. */
const optionalDate = (v: unknown) => (v === '' ? undefined : v)

/** 登记线索: who reported what about which enterprise and agency; the amount is optional. */
export function ClueRegisterForm({ onRegistered }: { onRegistered: (c: ClueDetailView) => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, control, handleSubmit, formState } = useForm<
    Values,
    unknown,
    z.output<typeof clueRegisterInput>
  >({
    resolver,
    defaultValues: {
      receivedOn: today(),
      channel: 'hotline12345',
      reporter: '',
      uscc: '',
      enterpriseName: '',
      agency: '',
      problemType: 'illegalFee',
      amountFen: null,
      summary: ''
    }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      onRegistered(await call('clues/register', values))
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" aria-label={t('clues.register')} onSubmit={submit} noValidate>
      <h2>{t('clues.register')}</h2>
      <div className="grid">
        <Field
          label={t('clues.receivedOn')}
          htmlFor="clue-receivedOn"
          error={e.receivedOn?.message}
        >
          <input id="clue-receivedOn" type="date" {...register('receivedOn')} />
        </Field>
        <Field label={t('clues.channel')} htmlFor="clue-channel" error={e.channel?.message}>
          <select id="clue-channel" {...register('channel')}>
            {CLUE_CHANNELS.map((c) => (
              <option key={c} value={c}>
                {CLUE_CHANNEL_ZH[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('clues.reporter')} htmlFor="clue-reporter" error={e.reporter?.message}>
          <input id="clue-reporter" {...register('reporter')} />
        </Field>
        <Field label={t('clues.uscc')} htmlFor="clue-uscc" error={e.uscc?.message}>
          <input id="clue-uscc" {...register('uscc')} />
        </Field>
        <Field
          label={t('clues.enterpriseName')}
          htmlFor="clue-enterpriseName"
          error={e.enterpriseName?.message}
        >
          <input id="clue-enterpriseName" {...register('enterpriseName')} />
        </Field>
        <Field label={t('clues.agency')} htmlFor="clue-agency" error={e.agency?.message}>
          <input id="clue-agency" {...register('agency')} />
        </Field>
        <Field
          label={t('clues.problemType')}
          htmlFor="clue-problemType"
          error={e.problemType?.message}
        >
          <select id="clue-problemType" {...register('problemType')}>
            {CLUE_PROBLEM_TYPES.map((p) => (
              <option key={p} value={p}>
                {CLUE_PROBLEM_ZH[p]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('clues.amount')} htmlFor="clue-amount" error={e.amountFen?.message}>
          <Controller
            control={control}
            name="amountFen"
            render={({ field }) => (
              <YuanInput id="clue-amount" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
        <Field
          label={t('clues.deadlineOn')}
          htmlFor="clue-deadlineOn"
          error={e.deadlineOn?.message}
          hint={t('clues.deadlineHint')}
        >
          <input
            id="clue-deadlineOn"
            type="date"
            {...register('deadlineOn', { setValueAs: optionalDate })}
          />
        </Field>
      </div>
      <Field label={t('clues.summary')} htmlFor="clue-summary" error={e.summary?.message}>
        <textarea id="clue-summary" rows={3} {...register('summary')} />
      </Field>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('clues.register')}
        </button>
      </div>
    </form>
  )
}
