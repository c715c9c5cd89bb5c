import type { PartyKind } from '../../../../core/cases/vocabulary'
import type { AggravatingGround, MitigatingGround } from '../../../../core/discretion/vocabulary'
import { yuanToFen } from '../../../../core/text/yuan-input'
import type { CaseFactsInput } from '../../../../shared/schemas/discretion'
import type { CaseDetail } from '../../../../shared/views'

/** The evaluation form as the officer fills it in: money in yuan text, flags as checkboxes. */
export type FactsFormValues = {
  itemCode: string
  partyKind: PartyKind
  age: string
  violation: string
  continuingUntil: string
  discovery: string
  decision: string
  harm: 'none' | 'slight' | 'serious'
  minorViolation: boolean
  corrected: boolean
  prompt: boolean
  correctionDate: string
  correctionHow: string
  refusedAfterOrder: boolean
  goodsValue: string
  illegalGains: string
  adFee: string
  units: string
  noFaultEvidence: boolean
  mitigating: MitigatingGround[]
  aggravating: AggravatingGround[]
  seriousCircumstances: boolean
  lifeHealthFinancialSafety: boolean
  publicEmergency: boolean
  proposeMitigation: boolean
  intendedFine: string
  majorPublicInterest: boolean
  difficultOrMultipleRelations: boolean
  complexOrMajor: boolean
  deviationReason: string
}

export function initialFactsValues(detail: CaseDetail, today: string): FactsFormValues {
  return {
    itemCode: '',
    partyKind: detail.parties[0]?.kind ?? 'organisation',
    age: '',
    violation: detail.violationOn ?? detail.discoveredOn,
    continuingUntil: '',
    discovery: detail.discoveredOn,
    decision: today,
    harm: 'slight',
    minorViolation: false,
    corrected: false,
    prompt: false,
    correctionDate: '',
    correctionHow: '',
    refusedAfterOrder: false,
    goodsValue: '',
    illegalGains: '',
    adFee: '',
    units: '',
    noFaultEvidence: false,
    mitigating: [],
    aggravating: [],
    seriousCircumstances: false,
    lifeHealthFinancialSafety: false,
    publicEmergency: false,
    proposeMitigation: false,
    intendedFine: '',
    majorPublicInterest: false,
    difficultOrMultipleRelations: false,
    complexOrMajor: false,
    deviationReason: ''
  }
}

const optionalFen = (text: string) => {
  const fen = yuanToFen(text)
  return fen === null ? undefined : fen
}

/** The facts document for the engine (the server adds the prior-violation count). */
export function toFacts(v: FactsFormValues): CaseFactsInput {
  const units = v.units.trim() === '' ? undefined : Number(v.units)
  const age = v.age.trim() === '' ? undefined : Number(v.age)
  return {
    itemCode: v.itemCode,
    party: {
      kind: v.partyKind,
      ...(v.partyKind === 'person' && age !== undefined ? { ageAtViolation: age } : {})
    },
    dates: {
      violation: v.violation,
      ...(v.continuingUntil ? { continuingUntil: v.continuingUntil } : {}),
      discovery: v.discovery,
      decision: v.decision
    },
    bases: {
      goodsValueFen: optionalFen(v.goodsValue),
      illegalGainsFen: optionalFen(v.illegalGains),
      adFeeFen: optionalFen(v.adFee),
      units
    },
    harm: v.harm,
    minorViolation: v.minorViolation,
    correction: {
      corrected: v.corrected,
      prompt: v.corrected && v.prompt,
      refusedAfterOrder: v.refusedAfterOrder,
      ...(v.correctionDate ? { date: v.correctionDate } : {}),
      ...(v.correctionHow.trim() ? { how: v.correctionHow.trim() } : {})
    },
    noFaultEvidence: v.noFaultEvidence,
    mitigating: v.mitigating,
    aggravating: v.aggravating,
    seriousCircumstances: v.seriousCircumstances,
    lifeHealthFinancialSafety: v.lifeHealthFinancialSafety,
    publicEmergency: v.publicEmergency,
    proposeMitigation: v.proposeMitigation,
    intendedFineFen: optionalFen(v.intendedFine),
    majorPublicInterest: v.majorPublicInterest,
    difficultOrMultipleRelations: v.difficultOrMultipleRelations,
    complexOrMajor: v.complexOrMajor
  }
}
