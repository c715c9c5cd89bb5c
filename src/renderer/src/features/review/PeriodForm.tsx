import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import { reviewReportInput } from '../../../../shared/schemas/review'
import { Field } from '../../components/Field'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'

export type ReportQuery = z.output<typeof reviewReportInput>
const resolver = zodResolver(reviewReportInput, keyedIssues)

type Props = { initial: ReportQuery; onRun: (query: ReportQuery) => void }

/** The report's period (both days included) and, optionally, one violation item. */
export function PeriodForm({ initial, onRun }: Props) {
  const { t } = useI18n()
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof reviewReportInput>,
    unknown,
    ReportQuery
  >({ resolver, defaultValues: { ...initial, itemCode: initial.itemCode ?? '' } })
  const e = formState.errors
  // An empty item code means every item: leave it out of the query.
  const submit = handleSubmit(({ itemCode, ...period }) =>
    onRun(itemCode ? { ...period, itemCode } : period)
  )
  return (
    <form className="card" aria-label={t('review.report.period')} onSubmit={submit} noValidate>
      <div className="grid">
        <Field label={t('review.report.from')} htmlFor="report-from" error={e.from?.message}>
          <input id="report-from" type="date" {...register('from')} />
        </Field>
        <Field label={t('review.report.to')} htmlFor="report-to" error={e.to?.message}>
          <input id="report-to" type="date" {...register('to')} />
        </Field>
        <Field
          label={t('review.report.itemCode')}
          htmlFor="report-itemCode"
          error={e.itemCode?.message}
          hint={t('review.report.itemCodeHint')}
        >
          <input id="report-itemCode" {...register('itemCode')} />
        </Field>
      </div>
      <button type="submit" className="primary">
        {t('review.report.run')}
      </button>
    </form>
  )
}
