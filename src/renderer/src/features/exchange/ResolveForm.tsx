import { zodResolver } from '@hookform/resolvers/zod'
import { useForm } from 'react-hook-form'
import type { z } from 'zod'
import type { ConflictView } from '../../../../shared/exchange-views'
import { conflictResolveInput } from '../../../../shared/schemas/exchange'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { keyedIssues } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd, useSend } from '../lifecycle/small-form'

const resolver = zodResolver(conflictResolveInput, keyedIssues)
const KEEP = ['local', 'incoming'] as const

type Props = { conflict: ConflictView; onDone: () => void; onCancel: () => void }

/**
 * The head keeps one version, with a reason (kept in the audit trail). An append-only record (a
 * step, a payment, a ledger row) can only keep the local version; the server says so.
 */
export function ResolveForm({ conflict, onDone, onCancel }: Props) {
  const { t, tm } = useI18n()
  const { error, run } = useSend(
    (values: z.output<typeof conflictResolveInput>) => call('exchange/resolve', values),
    onDone
  )
  const { register, handleSubmit, formState } = useForm<
    z.input<typeof conflictResolveInput>,
    unknown,
    z.output<typeof conflictResolveInput>
  >({ resolver, defaultValues: { id: conflict.id, keep: 'local', reason: '' } })
  const e = formState.errors
  const title = t('exchange.conflicts.formTitle', {
    kind: t(`exchange.kind.${conflict.kind}`),
    id: conflict.recordId
  })
  const idBase = `resolve-${conflict.id}`
  return (
    <form className="card verdict-form" aria-label={title} onSubmit={handleSubmit(run)} noValidate>
      <h4>{title}</h4>
      <fieldset className="verdict-choice">
        <legend>{t('exchange.conflicts.keep')}</legend>
        {KEEP.map((k) => (
          <label key={k} className="check inline" htmlFor={`${idBase}-${k}`}>
            <input id={`${idBase}-${k}`} type="radio" value={k} {...register('keep')} />{' '}
            {t(`exchange.conflicts.keep.${k}`)}
          </label>
        ))}
        {e.keep ? <div className="field-error">{tm(e.keep.message)}</div> : null}
      </fieldset>
      <Field
        label={t('exchange.conflicts.reason')}
        htmlFor={`${idBase}-reason`}
        error={e.reason?.message}
      >
        <textarea id={`${idBase}-reason`} rows={2} {...register('reason')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('exchange.conflicts.confirm')}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
