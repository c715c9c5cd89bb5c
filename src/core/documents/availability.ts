// Which documents a case can have issued at its stage, and why not otherwise.
import { assertNever } from '../assert'
import type { CaseProgress } from '../lifecycle/progress'
import { DOCUMENT_TITLE_ZH, type DocumentType } from './types'

/** Null when the document can be issued now; otherwise the reason it cannot. */
export function documentRefusal(p: CaseProgress, t: DocumentType): string | null {
  const title = DOCUMENT_TITLE_ZH[t]
  const d = p.decision
  switch (t) {
    case 'filingApproval':
      return p.filedOn ? null : `案件尚未立案，不能出具${title}。`
    case 'penaltyNotice':
      return p.notice ? null : `尚未记录事先告知，不能出具${title}。`
    case 'hearingNotice':
      return p.notice?.hearingOffered ? null : `告知中未告知听证权利，不能出具${title}。`
    case 'penaltyDecision':
      return d && d.outcome === 'penalty' && d.procedure === 'ordinary'
        ? null
        : `尚未作出普通程序的行政处罚决定，不能出具${title}。`
    case 'noPenaltyDecision':
      return d && d.outcome === 'noPenalty' ? null : `尚未作出不予行政处罚决定，不能出具${title}。`
    case 'onTheSpotDecision':
      return d && d.outcome === 'penalty' && d.procedure === 'simple'
        ? null
        : `尚未当场作出处罚决定，不能出具${title}。`
    case 'serviceReceipt':
      return d ? null : `尚未作出决定，没有可送达的决定书。`
  }
  return assertNever(t)
}

/** The decision document type that a 送达回证 refers to. */
export function decisionDocumentType(p: CaseProgress): DocumentType | null {
  const d = p.decision
  if (!d) return null
  if (d.outcome === 'noPenalty') return 'noPenaltyDecision'
  return d.procedure === 'simple' ? 'onTheSpotDecision' : 'penaltyDecision'
}
