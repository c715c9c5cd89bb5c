import type { FieldErrors, UseFormRegister } from 'react-hook-form'
import { PARTY_KINDS, type PartyKind } from '../../../../core/cases/vocabulary'
import { Field } from '../../components/Field'
import { useI18n } from '../../i18n/i18n'
import type { CaseFormValues } from './case-form-values'

type Props = {
  index: number
  kind: PartyKind
  register: UseFormRegister<CaseFormValues>
  errors: FieldErrors<CaseFormValues>
  onKindChange: (kind: PartyKind) => void
  onRemove: (() => void) | null
}

/** One party of the case: a natural person with 身份证号, or an organisation with 统一社会信用代码. */
export function PartyFields({ index, kind, register, errors, onKindChange, onRemove }: Props) {
  const { t } = useI18n()
  const partyErrors = errors.parties?.[index] as
    Record<string, { message?: string } | undefined> | undefined
  const err = (field: string) => partyErrors?.[field]?.message
  const id = (field: string) => `parties.${index}.${field}`
  return (
    <fieldset className="party" data-testid={`party-${index}`}>
      <legend>{t('case.party', { n: index + 1 })}</legend>
      <Field label={t('party.kind')} htmlFor={id('kind')}>
        <select
          id={id('kind')}
          value={kind}
          onChange={(e) => onKindChange(e.target.value as PartyKind)}
        >
          {PARTY_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`party.kind.${k}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('party.name')} htmlFor={id('name')} error={err('name')}>
        <input id={id('name')} {...register(`parties.${index}.name`)} />
      </Field>
      {kind === 'person' ? (
        <Field label={t('party.idNumber')} htmlFor={id('idNumber')} error={err('idNumber')}>
          <input
            id={id('idNumber')}
            {...register(`parties.${index}.idNumber` as `parties.${number}.name`)}
          />
        </Field>
      ) : (
        <>
          <Field label={t('party.uscc')} htmlFor={id('uscc')} error={err('uscc')}>
            <input
              id={id('uscc')}
              {...register(`parties.${index}.uscc` as `parties.${number}.name`)}
            />
          </Field>
          <Field
            label={t('party.legalRepresentative')}
            htmlFor={id('legalRepresentative')}
            error={err('legalRepresentative')}
          >
            <input
              id={id('legalRepresentative')}
              {...register(`parties.${index}.legalRepresentative` as `parties.${number}.name`)}
            />
          </Field>
        </>
      )}
      <Field label={t('party.address')} htmlFor={id('address')} error={err('address')}>
        <input id={id('address')} {...register(`parties.${index}.address`)} />
      </Field>
      <Field label={t('party.contact')} htmlFor={id('contact')} error={err('contact')}>
        <input id={id('contact')} {...register(`parties.${index}.contact`)} />
      </Field>
      {onRemove ? (
        <button type="button" className="link" onClick={onRemove}>
          {t('case.removeParty')}
        </button>
      ) : null}
    </fieldset>
  )
}
