// Builds the frozen snapshot of a document from the case as it stands at issue: parties, facts,
// evidence, the applied benchmark with its citations and explanation, and the recorded steps.
import type { WorkingCalendar } from '../../core/clocks/calendar'
import { hearingRequestDeadline } from '../../core/clocks/procedure'
import { formatCitation } from '../../core/discretion/citation'
import { outcomeLevelZh } from '../../core/discretion/outcome-labels'
import type { DocumentSnapshot, SnapshotEvaluation } from '../../core/documents/snapshot'
import { DOCUMENT_TITLE_ZH, type DocumentType } from '../../core/documents/types'
import { decisionDocumentType } from '../../core/documents/availability'
import { statementDue } from '../../core/lifecycle/guards'
import type { LifecycleAction } from '../../core/lifecycle/actions'
import type { CaseDetail } from '../../shared/views'
import type { CallContext } from '../context'
import { getCaseDetail } from '../cases/repo'
import { evaluationsOfCase } from '../discretion/repo'
import { evidenceOfCase } from '../evidence/repo'
import { caseActions } from '../lifecycle/repo'
import { guardContext, type CaseState } from '../lifecycle/state'
import { currentDocument } from './repo'

function evaluationOf(ctx: CallContext, caseId: string): SnapshotEvaluation | null {
  const latest = evaluationsOfCase(ctx.db, caseId)[0]
  if (!latest || !latest.result.ok) return null
  const r = latest.result
  return {
    itemCode: r.itemCode,
    itemName: r.itemName,
    violatedProvision: formatCitation(r.provisions.violated),
    penaltyProvision: r.provisions.penalty ? formatCitation(r.provisions.penalty) : null,
    levelLabel: outcomeLevelZh(latest.outcomeLevel as never),
    explanation: r.explanation
  }
}

function lastOf<K extends LifecycleAction['kind']>(
  actions: readonly LifecycleAction[],
  kind: K
): Extract<LifecycleAction, { kind: K }> | null {
  for (let i = actions.length - 1; i >= 0; i--) {
    const a = actions[i]
    if (a && a.kind === kind) return a as Extract<LifecycleAction, { kind: K }>
  }
  return null
}

function partiesOf(detail: CaseDetail): DocumentSnapshot['parties'] {
  return detail.parties.map((p) =>
    p.kind === 'person'
      ? {
          kind: 'person',
          name: p.name,
          idNumber: p.idNumber,
          uscc: null,
          legalRepresentative: null,
          address: p.address,
          contact: p.contact
        }
      : {
          kind: 'organisation',
          name: p.name,
          idNumber: null,
          uscc: p.uscc,
          legalRepresentative: p.legalRepresentative,
          address: p.address,
          contact: p.contact
        }
  )
}

export function buildSnapshot(
  ctx: CallContext,
  state: CaseState,
  calendar: WorkingCalendar,
  input: {
    docType: DocumentType
    number: string | null
    version: number
    correctionReason: string | null
    issuedOn: string
    unit: { name: string; code: string }
  }
): DocumentSnapshot {
  const detail = getCaseDetail(ctx.db, state.row.id)
  if (!detail) throw new Error('case vanished while issuing')
  const actions = caseActions(ctx.db, state.row.id)
  const p = state.progress
  const guard = guardContext(ctx, state)

  const noticeAt = actions.reduce((i, a, k) => (a.kind === 'notify' ? k : i), -1)
  const sinceNotice = noticeAt >= 0 ? actions.slice(noticeAt + 1) : []
  const statements = sinceNotice.flatMap((a) =>
    a.kind === 'statement' ? [{ on: a.on, summary: a.summary }] : []
  )
  const reconsider = lastOf(sinceNotice, 'reconsider')
  const hearingNotice = lastOf(sinceNotice, 'hearingNotice')
  const hearingHeld = lastOf(sinceNotice, 'hearingHeld')

  let notice: DocumentSnapshot['notice'] = null
  if (p.notice) {
    const due = statementDue(guard, p.notice.on)
    const hearingDue = p.notice.hearingOffered
      ? hearingRequestDeadline(calendar, p.notice.on)
      : null
    notice = {
      on: p.notice.on,
      penalty: p.notice.penalty,
      hearingOffered: p.notice.hearingOffered,
      statementDue: due.ok ? due.value : null,
      hearingRequestDue: hearingDue?.ok ? hearingDue.value.due : null
    }
  }

  let decision: DocumentSnapshot['decision'] = null
  const d = p.decision
  if (d) {
    const decided = lastOf(actions, 'decide')
    const onSpot = lastOf(actions, 'decideOnTheSpot')
    decision =
      d.outcome === 'penalty'
        ? {
            on: d.on,
            outcome: 'penalty',
            procedure: d.procedure,
            penalty: d.penalty,
            reasons: d.procedure === 'ordinary' ? (decided?.reasons ?? '') : '',
            place: d.procedure === 'simple' ? (onSpot?.place ?? null) : null
          }
        : {
            on: d.on,
            outcome: 'noPenalty',
            procedure: 'ordinary',
            reasons: decided?.reasons ?? '',
            place: null,
            // Decisions recorded before the education was kept (issue 6) carry none.
            education:
              decided?.outcome === 'noPenalty' && decided.education
                ? { forms: decided.education.forms, educatedOn: decided.education.educatedOn }
                : null
          }
  }

  let served: DocumentSnapshot['served'] = null
  if (input.docType === 'serviceReceipt') {
    const type = decisionDocumentType(p)
    const doc = type ? currentDocument(ctx.db, state.row.id, type) : null
    served = {
      title: type ? DOCUMENT_TITLE_ZH[type] : '',
      number: doc?.number ?? null,
      on: p.service?.on ?? null,
      method: p.service?.method ?? null
    }
  }

  return {
    docType: input.docType,
    number: input.number,
    version: input.version,
    correctionReason: input.correctionReason,
    issuedOn: input.issuedOn,
    unit: input.unit,
    case: {
      caseNumber: detail.caseNumber,
      cause: detail.cause,
      facts: detail.facts,
      discoveredOn: detail.discoveredOn,
      filedOn: detail.filedOn,
      violationOn: detail.violationOn
    },
    parties: partiesOf(detail),
    officers: detail.officers.map((o) => o.displayName),
    evidence: evidenceOfCase(ctx.db, state.row.id)
      .filter((e) => e.withdrawn === null)
      .map((e) => ({ kind: e.kind, title: e.title, collectedOn: e.collectedOn })),
    evaluation: evaluationOf(ctx, state.row.id),
    notice,
    statements,
    reconsideration: reconsider
      ? { on: reconsider.on, adopted: reconsider.adopted, reasons: reconsider.reasons }
      : null,
    hearing: p.hearing
      ? {
          requestedOn: p.hearing.requestedOn,
          hearingOn: p.hearing.hearingOn,
          place: hearingNotice?.place ?? null,
          heldOn: p.hearing.heldOn,
          summary: hearingHeld?.summary ?? null
        }
      : null,
    decision,
    served
  }
}
