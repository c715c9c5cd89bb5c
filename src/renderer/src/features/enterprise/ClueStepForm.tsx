import { useState } from 'react'
import { useForm } from 'react-hook-form'
import {
  CLUE_FINDING_ZH,
  CLUE_FINDINGS,
  CLUE_STEP_ZH,
  type ClueStepKind
} from '../../../../core/enterprise/vocabulary'
import type { ClueDetailView } from '../../../../shared/enterprise-views'
import { Field } from '../../components/Field'
import { call } from '../../lib/api'
import { errorAt, today } from '../../lib/form'
import { useI18n } from '../../i18n/i18n'
import { SmallFormEnd } from '../lifecycle/small-form'
import {
  blankStep,
  stepFields,
  stepResolver,
  type StepDraft,
  type StepField,
  type StepOutput
} from './clue-step-draft'

type Props = {
  kind: ClueStepKind
  clue: ClueDetailView
  onDone: () => void
  onCancel: () => void
}

/**
 * Records one step of the clue. A refusal (a step out of order, a stale rev) leaves the clue as it
 * was and the form open with what was typed.
 */
export function ClueStepForm({ kind, clue, onDone, onCancel }: Props) {
  const { t } = useI18n()
  const [error, setError] = useState<unknown>(null)
  const { register, handleSubmit, formState } = useForm<StepDraft, unknown, StepOutput>({
    resolver: stepResolver,
    defaultValues: blankStep(kind, clue, today())
  })
  const errors = formState.errors
  const submit = handleSubmit(async (step) => {
    setError(null)
    try {
      await call('clues/step', step)
      onDone()
    } catch (err) {
      setError(err)
    }
  })
  const label = (field: StepField): string => {
    if (field === 'toAgency')
      return t(kind === 'refer' ? 'clues.step.referTo' : 'clues.step.transferTo')
    if (field === 'deadlineOn')
      return t(kind === 'urge' ? 'clues.step.newDeadline' : 'clues.deadlineOn')
    return t('clues.finding')
  }
  const title = CLUE_STEP_ZH[kind]
  return (
    <form
      className="card action-form"
      aria-label={title}
      onSubmit={submit}
      noValidate
      data-testid="clue-step-form"
    >
      <h3>{title}</h3>
      <Field label={t('clues.step.on')} htmlFor="step-on" error={errorAt(errors, 'on')}>
        <input id="step-on" type="date" {...register('on')} />
      </Field>
      {stepFields(kind).map((field) => (
        <Field
          key={field}
          label={label(field)}
          htmlFor={`step-${field}`}
          error={errorAt(errors, field)}
        >
          {field === 'finding' ? (
            <select id="step-finding" {...register('finding')}>
              {CLUE_FINDINGS.map((f) => (
                <option key={f} value={f}>
                  {CLUE_FINDING_ZH[f]}
                </option>
              ))}
            </select>
          ) : (
            <input
              id={`step-${field}`}
              type={field === 'deadlineOn' ? 'date' : 'text'}
              {...register(field)}
            />
          )}
        </Field>
      ))}
      <Field
        label={t(`clues.step.note.${kind}`)}
        htmlFor="step-note"
        error={errorAt(errors, 'note')}
      >
        <textarea id="step-note" rows={3} {...register('note')} />
      </Field>
      <SmallFormEnd
        error={error}
        confirm={t('clues.step.submit', { step: title })}
        busy={formState.isSubmitting}
        onCancel={onCancel}
      />
    </form>
  )
}
