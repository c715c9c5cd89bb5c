// Which documents the case's stage calls for and are not yet issued.
import { documentRefusal } from '../../../../core/documents/availability'
import { DOCUMENT_TYPES, type DocumentType } from '../../../../core/documents/types'
import type { CaseProgress } from '../../../../core/lifecycle/progress'
import type { DocumentView } from '../../../../shared/lifecycle-views'

/**
 * The documents the recorded steps allow (the same rule the server applies) that have no current
 * version yet. An issued document is changed by a corrected version, never issued a second time.
 */
export function toIssue(p: CaseProgress, docs: readonly DocumentView[]): DocumentType[] {
  return DOCUMENT_TYPES.filter(
    (type) =>
      documentRefusal(p, type) === null &&
      !docs.some((d) => d.docType === type && d.supersededById === null)
  )
}
