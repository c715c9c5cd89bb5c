// Which documents fit the case's stage, and which of them still need issuing.
import type { DocumentType } from '../../../../core/documents/types'
import type { CaseProgress } from '../../../../core/lifecycle/progress'
import { shanghaiDate } from '../../../../core/text/calendar-date'
import type { DocumentView } from '../../../../shared/lifecycle-views'

/** The documents the steps recorded so far call for. */
export function stageDocuments(p: CaseProgress): DocumentType[] {
  const out: DocumentType[] = []
  if (p.filedOn) out.push('filingApproval')
  if (p.notice) {
    out.push('penaltyNotice')
    if (p.notice.hearingOffered) out.push('hearingNotice')
  }
  const d = p.decision
  if (d) {
    if (d.outcome === 'noPenalty') out.push('noPenaltyDecision')
    else out.push(d.procedure === 'simple' ? 'onTheSpotDecision' : 'penaltyDecision')
    out.push('serviceReceipt')
  }
  return out
}

/**
 * The stage's documents not yet issued. An issued document is changed by a corrected version, not
 * issued again; a fresh notice after the last notice document calls for new notice documents.
 */
export function toIssue(p: CaseProgress, docs: readonly DocumentView[]): DocumentType[] {
  return stageDocuments(p).filter((type) => {
    const current = docs.filter((d) => d.docType === type && d.supersededById === null)
    if (current.length === 0) return true
    const isNotice = type === 'penaltyNotice' || type === 'hearingNotice'
    const notifiedOn = p.notice?.on ?? ''
    return isNotice && current.every((d) => shanghaiDate(new Date(d.issuedAt)) < notifiedOn)
  })
}
