import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { Controller, useForm } from 'react-hook-form'
import type { z } from 'zod'
import { LOSS_CATEGORIES, LOSS_CATEGORY_ZH } from '../../../../core/enterprise/vocabulary'
import type { ClueView } from '../../../../shared/enterprise-views'
import { lossRecordInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { ApiError, call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from '../lifecycle/FormError'
import { YuanInput } from '../lifecycle/YuanInput'
import { DuplicateWarning } from './DuplicateWarning'

type Values = z.input<typeof lossRecordInput>
type Parsed = z.output<typeof lossRecordInput>
const resolver = zodResolver(lossRecordInput, keyedIssues)

type Props = { clue: ClueView; onRecorded: () => void }

/**
 * 登记挽回损失 for the enterprise of a clue, linked to the clue. The server refuses a likely
 * duplicate (same enterprise, amount, date and source) with DUPLICATE; the warning then offers to
 * save the same values anyway, and the entry keeps the 疑似重复 flag.
 */
export function LossEntryForm({ clue, onRecorded }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const [duplicate, setDuplicate] = useState<{ values: Parsed; message: string } | null>(null)
  const { register, control, handleSubmit, formState } = useForm<Values, unknown, Parsed>({
    resolver,
    defaultValues: {
      uscc: clue.uscc,
      enterpriseName: clue.enterpriseName,
      category: 'illegalFeeRefunded',
      amountFen: undefined,
      on: today(),
      caseId: null,
      clueId: clue.id,
      evidence: '',
      note: '',
      acknowledgeDuplicate: false
    }
  })
  const e = formState.errors
  const send = async (values: Parsed) => {
    setError(null)
    setDuplicate(null)
    try {
      await call('losses/record', values)
      onRecorded()
    } catch (err) {
      if (err instanceof ApiError && err.code === 'DUPLICATE' && !values.acknowledgeDuplicate) {
        // Exactly these values were warned about: acknowledging resends them unchanged.
        setDuplicate({ values, message: err.message })
      } else {
        setError(err)
      }
    }
  }
  return (
    <form className="card" aria-label={t('losses.record')} onSubmit={handleSubmit(send)} noValidate>
      <h3>{t('losses.record')}</h3>
      <div className="grid">
        <Field label={t('losses.category')} htmlFor="loss-category" error={e.category?.message}>
          <select id="loss-category" {...register('category')}>
            {LOSS_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {LOSS_CATEGORY_ZH[c]}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('losses.amount')} htmlFor="loss-amount" error={e.amountFen?.message}>
          <Controller
            control={control}
            name="amountFen"
            render={({ field }) => (
              <YuanInput id="loss-amount" value={field.value} onChange={field.onChange} />
            )}
          />
        </Field>
        <Field label={t('losses.on')} htmlFor="loss-on" error={e.on?.message}>
          <input id="loss-on" type="date" {...register('on')} />
        </Field>
        <Field label={t('losses.evidence')} htmlFor="loss-evidence" error={e.evidence?.message}>
          <input id="loss-evidence" {...register('evidence')} />
        </Field>
        <Field label={t('losses.note')} htmlFor="loss-note" error={e.note?.message}>
          <input id="loss-note" {...register('note')} />
        </Field>
      </div>
      {duplicate ? (
        <DuplicateWarning
          message={duplicate.message}
          // The warning goes as the resend starts, so the acknowledgement cannot be sent twice.
          onSave={() => void send({ ...duplicate.values, acknowledgeDuplicate: true })}
          onDrop={() => setDuplicate(null)}
        />
      ) : null}
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('losses.record')}
        </button>
      </div>
    </form>
  )
}
