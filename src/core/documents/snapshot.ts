// What an issued document is built from, frozen at issue. Later edits of the case never reach an
// issued document: it is rendered once from this snapshot and the files are kept by their hash.
import type { PartyKind } from '../cases/vocabulary'
import type { EducationForm } from '../flexible/vocabulary'
import type { EvidenceKind } from '../lifecycle/evidence'
import type { PenaltyDecision } from '../lifecycle/penalty'
import type { ServiceMethod } from '../lifecycle/actions'
import type { DocumentType } from './types'

export type SnapshotParty = {
  kind: PartyKind
  name: string
  /** 身份证号 for a person, 统一社会信用代码 for an organisation. */
  idNumber: string | null
  uscc: string | null
  legalRepresentative: string | null
  address: string
  contact: string
}

export type SnapshotEvaluation = {
  itemCode: string
  itemName: string
  /** 违法依据 and 处罚依据 as printed citations, e.g. 《中华人民共和国食品安全法》（2021-04-29）第三十四条第（十）项. */
  violatedProvision: string
  penaltyProvision: string | null
  /** 裁量阶次 as printed, e.g. 从轻处罚. */
  levelLabel: string
  /** The engine's explanation of the benchmark item, level and range (Hubei 2023 notice). */
  explanation: string
}

export type DocumentSnapshot = {
  docType: DocumentType
  /** 文号, e.g. 汉阳市监处罚〔2026〕12号; null for types that carry only the case number. */
  number: string | null
  version: number
  /** Why this version corrects an earlier one; null for the first version. */
  correctionReason: string | null
  /** The legal date of issue (Asia/Shanghai). */
  issuedOn: string
  unit: { name: string; code: string }
  case: {
    caseNumber: string
    cause: string
    facts: string
    discoveredOn: string
    filedOn: string | null
    violationOn: string | null
  }
  parties: SnapshotParty[]
  officers: string[]
  evidence: { kind: EvidenceKind; title: string; collectedOn: string }[]
  evaluation: SnapshotEvaluation | null
  notice: {
    on: string
    penalty: PenaltyDecision
    hearingOffered: boolean
    /** Last day for statements and for a hearing request (working days, APL Arts. 64, 85). */
    statementDue: string | null
    hearingRequestDue: string | null
  } | null
  /** 陈述申辩 and the 复核 answer (APL Art. 45), for the decision's reasoning. */
  statements: { on: string; summary: string }[]
  reconsideration: { on: string; adopted: boolean; reasons: string } | null
  hearing: {
    requestedOn: string
    hearingOn: string | null
    place: string | null
    heldOn: string | null
    summary: string | null
  } | null
  decision:
    | {
        on: string
        outcome: 'penalty'
        procedure: 'ordinary' | 'simple'
        penalty: PenaltyDecision
        reasons: string
        /** On-the-spot decisions: where it was made (APL Art. 52). */
        place: string | null
      }
    | {
        on: string
        outcome: 'noPenalty'
        procedure: 'ordinary'
        reasons: string
        place: null
        /** The education given (APL Art. 33 ¶3); absent from snapshots frozen before it was kept. */
        education?: { forms: EducationForm[]; educatedOn: string } | null
      }
    | null
  /** For the 送达回证: the document served and how. */
  served: {
    title: string
    number: string | null
    on: string | null
    method: ServiceMethod | null
  } | null
}
