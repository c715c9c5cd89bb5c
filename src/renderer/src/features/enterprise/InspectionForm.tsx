import { zodResolver } from '@hookform/resolvers/zod'
import { useState } from 'react'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { INSPECTION_RESULT_ZH, INSPECTION_RESULTS } from '../../../../core/enterprise/inspections'
import { inspectionRecordInput } from '../../../../shared/schemas/enterprise'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { FormError } from '../lifecycle/FormError'

type Values = z.input<typeof inspectionRecordInput>
const resolver = zodResolver(inspectionRecordInput, keyedIssues)

type Props = { agency: string; onRecorded: () => void }

/** 登记入企检查: one inspection of one enterprise, its legal basis and result. */
export function InspectionForm({ agency, onRecorded }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<
    Values,
    unknown,
    z.output<typeof inspectionRecordInput>
  >({
    resolver,
    defaultValues: {
      uscc: '',
      enterpriseName: '',
      on: today(),
      agency,
      legalBasis: '',
      result: 'noProblem',
      resultNote: '',
      caseId: null
    }
  })
  const e = formState.errors
  const submit = handleSubmit(async (values) => {
    setError(null)
    try {
      await call('inspections/record', values)
      onRecorded()
    } catch (err) {
      setError(err)
    }
  })
  return (
    <form className="card" aria-label={t('inspections.record')} onSubmit={submit} noValidate>
      <h2>{t('inspections.record')}</h2>
      <div className="grid">
        <Field label={t('clues.uscc')} htmlFor="insp-uscc" error={e.uscc?.message}>
          <input id="insp-uscc" {...register('uscc')} />
        </Field>
        <Field
          label={t('clues.enterpriseName')}
          htmlFor="insp-enterpriseName"
          error={e.enterpriseName?.message}
        >
          <input id="insp-enterpriseName" {...register('enterpriseName')} />
        </Field>
        <Field label={t('inspections.on')} htmlFor="insp-on" error={e.on?.message}>
          <input id="insp-on" type="date" {...register('on')} />
        </Field>
        <Field label={t('inspections.agency')} htmlFor="insp-agency" error={e.agency?.message}>
          <input id="insp-agency" {...register('agency')} />
        </Field>
        <Field label={t('inspections.result')} htmlFor="insp-result" error={e.result?.message}>
          <select id="insp-result" {...register('result')}>
            {INSPECTION_RESULTS.map((r) => (
              <option key={r} value={r}>
                {INSPECTION_RESULT_ZH[r]}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label={t('inspections.legalBasis')}
        htmlFor="insp-legalBasis"
        error={e.legalBasis?.message}
      >
        <input id="insp-legalBasis" {...register('legalBasis')} />
      </Field>
      <Field
        label={t('inspections.resultNote')}
        htmlFor="insp-resultNote"
        error={e.resultNote?.message}
      >
        <textarea id="insp-resultNote" rows={2} {...register('resultNote')} />
      </Field>
      <FormError error={error} />
      <div className="actions">
        <button type="submit" className="primary" disabled={formState.isSubmitting}>
          {t('inspections.record')}
        </button>
      </div>
    </form>
  )
}
