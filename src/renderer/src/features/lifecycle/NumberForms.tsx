import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { DOCUMENT_TITLE_ZH, DOCUMENT_TYPES, isNumbered } from '../../../../core/documents/types'
import type { NumberBlockView } from '../../../../shared/lifecycle-views'
import { numberReserveInput, numberVoidInput } from '../../../../shared/schemas/lifecycle'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { OfficerOptions } from '../cases/OfficerOptions'
import { useOfficers } from '../cases/use-officers'
import { FormError } from './FormError'

/** Only the 〔年〕号 documents are numbered, so only they have blocks. */
const NUMBERED = DOCUMENT_TYPES.filter(isNumbered)
const thisYear = () => Number(today().slice(0, 4))

function DocTypeOptions() {
  return (
    <>
      {NUMBERED.map((d) => (
        <option key={d} value={d}>
          {DOCUMENT_TITLE_ZH[d]}
        </option>
      ))}
    </>
  )
}

const reserveResolver = zodResolver(numberReserveInput, keyedIssues)

/** 预留文号段: a head or administrator sets aside serials for one officer's on-the-spot forms; an
 * officer reserves for themselves (`onlyOfficerId`) before going to the field. */
export function ReserveForm({
  onReserved,
  onlyOfficerId
}: {
  onReserved: (b: NumberBlockView) => void
  onlyOfficerId?: string
}) {
  const { t } = useI18n()
  const all = useOfficers()
  const officers = onlyOfficerId ? all.filter((o) => o.id === onlyOfficerId) : all
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof numberReserveInput>,
    unknown,
    z.output<typeof numberReserveInput>
  >({
    resolver: reserveResolver,
    defaultValues: {
      docType: 'onTheSpotDecision',
      year: thisYear(),
      count: 50,
      officerId: onlyOfficerId ?? ''
    }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      onReserved(await call('numbers/reserve', values))
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" aria-label={t('numbers.reserve')} onSubmit={submit} noValidate>
      <h2>{t('numbers.reserve')}</h2>
      <div className="grid">
        <Field label={t('numbers.docType')} htmlFor="num-docType" error={e.docType?.message}>
          <select id="num-docType" {...register('docType')}>
            <DocTypeOptions />
          </select>
        </Field>
        <Field label={t('numbers.year')} htmlFor="num-year" error={e.year?.message}>
          <input id="num-year" type="number" {...register('year', { valueAsNumber: true })} />
        </Field>
        <Field label={t('numbers.count')} htmlFor="num-count" error={e.count?.message}>
          <input id="num-count" type="number" {...register('count', { valueAsNumber: true })} />
        </Field>
        <Field label={t('numbers.officer')} htmlFor="num-officer" error={e.officerId?.message}>
          <select id="num-officer" {...register('officerId')}>
            <OfficerOptions officers={officers} emptyLabel={t('case.chooseOfficer')} />
          </select>
        </Field>
      </div>
      <FormError error={error} />
      <button type="submit" className="primary" disabled={formState.isSubmitting}>
        {t('numbers.reserveSubmit')}
      </button>
    </form>
  )
}

const voidResolver = zodResolver(numberVoidInput, keyedIssues)

/** 作废文号: a spoilt or lost form's serial is voided with a reason, never reused or deleted. */
export function VoidForm({ onVoided }: { onVoided: (serial: number) => void }) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof numberVoidInput>,
    unknown,
    z.output<typeof numberVoidInput>
  >({
    resolver: voidResolver,
    defaultValues: { docType: 'onTheSpotDecision', year: thisYear(), reason: '' }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('numbers/void', values)
      onVoided(values.serial)
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" aria-label={t('numbers.void')} onSubmit={submit} noValidate>
      <h2>{t('numbers.void')}</h2>
      <div className="grid">
        <Field label={t('numbers.docType')} htmlFor="void-docType" error={e.docType?.message}>
          <select id="void-docType" {...register('docType')}>
            <DocTypeOptions />
          </select>
        </Field>
        <Field label={t('numbers.year')} htmlFor="void-year" error={e.year?.message}>
          <input id="void-year" type="number" {...register('year', { valueAsNumber: true })} />
        </Field>
        <Field label={t('numbers.serial')} htmlFor="void-serial" error={e.serial?.message}>
          <input id="void-serial" type="number" {...register('serial', { valueAsNumber: true })} />
        </Field>
        <Field label={t('numbers.voidReason')} htmlFor="void-reason" error={e.reason?.message}>
          <input id="void-reason" {...register('reason')} />
        </Field>
      </div>
      <FormError error={error} />
      <button type="submit" className="danger" disabled={formState.isSubmitting}>
        {t('numbers.voidSubmit')}
      </button>
    </form>
  )
}
