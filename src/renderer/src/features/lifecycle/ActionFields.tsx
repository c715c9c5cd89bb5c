import { useWatch, type UseFormReturn } from 'react-hook-form'
import { assertNever } from '../../../../core/assert'
import type { LifecycleActionKind } from '../../../../core/lifecycle/actions'
import { Field } from '../../components/Field'
import { errorAt } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import type { ActionDraft, ActionOutput } from './action-draft'
import { fieldsOf, type ActionField } from './action-fields'
import { EducationEditor } from './EducationEditor'
import { PenaltyEditor } from './PenaltyEditor'

type Form = UseFormReturn<ActionDraft, unknown, ActionOutput>

function FieldControl({ spec, form }: { spec: ActionField; form: Form }) {
  const { t } = useI18n()
  const { register, formState } = form
  if (spec.type === 'penalty') return <PenaltyEditor form={form} />
  if (spec.type === 'education') return <EducationEditor form={form} />
  const id = `act-${spec.name}`
  const label = t(('label' in spec && spec.label) || `lifecycle.field.${spec.name}`)
  const error = errorAt(formState.errors, spec.name)
  switch (spec.type) {
    case 'check':
      return (
        <label className="check">
          <input id={id} type="checkbox" {...register(spec.name)} /> {label}
        </label>
      )
    case 'text':
    case 'date':
      return (
        <Field label={label} htmlFor={id} error={error}>
          <input id={id} type={spec.type} {...register(spec.name)} />
        </Field>
      )
    case 'number':
      return (
        <Field label={label} htmlFor={id} error={error}>
          <input id={id} type="number" {...register(spec.name, { valueAsNumber: true })} />
        </Field>
      )
    case 'textarea':
      return (
        <Field label={label} htmlFor={id} error={error}>
          <textarea id={id} rows={3} {...register(spec.name)} />
        </Field>
      )
    case 'select':
      return (
        <Field label={label} htmlFor={id} error={error}>
          <select id={id} {...register(spec.name)}>
            {spec.options.map((o) => (
              <option key={o.value} value={o.value}>
                {t(o.label)}
              </option>
            ))}
          </select>
        </Field>
      )
  }
  return assertNever(spec)
}

/** The fields of one action, after its date; a decision shows the penalty editor or, without a
 * penalty, the education editor (APL Art. 33 ¶3). */
export function ActionFields({ kind, form }: { kind: LifecycleActionKind; form: Form }) {
  const outcome: unknown = useWatch({ control: form.control, name: 'outcome' })
  const shown = (spec: ActionField) =>
    spec.type === 'penalty'
      ? outcome !== 'noPenalty'
      : spec.type === 'education'
        ? outcome === 'noPenalty'
        : true
  return (
    <>
      {fieldsOf(kind)
        .filter(shown)
        .map((spec) => (
          <FieldControl
            key={spec.type === 'penalty' || spec.type === 'education' ? spec.type : spec.name}
            spec={spec}
            form={form}
          />
        ))}
    </>
  )
}
