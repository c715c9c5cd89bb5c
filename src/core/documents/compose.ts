// The composer: a frozen DocumentSnapshot in, the words of the document out. Pure and
// deterministic — the same snapshot always gives the same layout, so a re-rendered file keeps its
// hash. The renderers only place these blocks on the page.
import { assertNever } from '../assert'
import { composeDecision } from './compose-decision'
import { composeFiling } from './compose-filing'
import { composeHearingNotice } from './compose-hearing-notice'
import { composeNoPenalty } from './compose-no-penalty'
import { composeNotice } from './compose-notice'
import { composeOnTheSpot } from './compose-on-the-spot'
import { composeReceipt } from './compose-receipt'
import type { DocumentBlock, DocumentLayout } from './layout'
import { DocumentIncompleteError } from './parts'
import type { DocumentSnapshot } from './snapshot'
import { DOCUMENT_TITLE_ZH } from './types'

function blocksFor(s: DocumentSnapshot): DocumentBlock[] {
  const t = s.docType
  switch (t) {
    case 'filingApproval':
      return composeFiling(s)
    case 'penaltyNotice':
      return composeNotice(s)
    case 'hearingNotice':
      return composeHearingNotice(s)
    case 'penaltyDecision':
      return composeDecision(s)
    case 'noPenaltyDecision':
      return composeNoPenalty(s)
    case 'onTheSpotDecision':
      return composeOnTheSpot(s)
    case 'serviceReceipt':
      return composeReceipt(s)
  }
  return assertNever(t)
}

/** A correction is issued as a new version; every page says so, and why. */
function footer(s: DocumentSnapshot): string | null {
  if (s.version <= 1) return null
  return s.correctionReason
    ? `更正版本第${s.version}版：${s.correctionReason}`
    : `更正版本第${s.version}版`
}

/**
 * Throws DocumentIncompleteError when the snapshot lacks what the document must state (e.g. a
 * decision without its 处罚依据); call compositionProblem first to refuse with the message.
 */
export function composeDocument(s: DocumentSnapshot): DocumentLayout {
  return {
    title: DOCUMENT_TITLE_ZH[s.docType],
    subject: s.number ?? s.case.caseNumber,
    blocks: blocksFor(s),
    footer: footer(s)
  }
}

/** Why the snapshot cannot make its document (a Chinese message for the officer), or null. */
export function compositionProblem(s: DocumentSnapshot): string | null {
  try {
    composeDocument(s)
    return null
  } catch (err) {
    if (err instanceof DocumentIncompleteError) return err.message
    throw err
  }
}

export { DocumentIncompleteError }
