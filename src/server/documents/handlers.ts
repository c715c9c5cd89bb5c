// Official documents: issue (number, freeze the snapshot, render PDF and DOCX once, keep the files
// by hash), list, and fetch a file — always the stored bytes, verified against their hash.
import { composeDocument, compositionProblem } from '../../core/documents/compose'
import { documentRefusal } from '../../core/documents/availability'
import { canonicalJson } from '../../core/text/canonical-json'
import { DOCUMENT_TITLE_ZH, isNumbered, type DocumentType } from '../../core/documents/types'
import { AppError } from '../../shared/errors'
import type { UserView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { getCaseRow } from '../cases/repo'
import { loadCaseState, todayOf, workingCalendar } from '../lifecycle/state'
import { getDocPrefix, getUnit } from '../unit/repo'
import {
  formatNumber,
  nextReservedSerial,
  numberingPattern,
  peekSerial,
  takeSerial
} from './numbering'
import { renderIssued } from './render-issued'
import {
  currentDocument,
  documentsOfCase,
  getDocumentRow,
  getDocumentView,
  insertDocument,
  isSuperseded
} from './repo'
import { buildSnapshot } from './snapshot'

type Numbering =
  | { kind: 'none' }
  | { kind: 'main' | 'reserved'; year: number; serial: number; number: string }
  | { kind: 'kept'; year: number | null; serial: number | null; number: string | null }

type Plan = {
  caseId: string
  caseRev: number
  docType: DocumentType
  numbering: Numbering
  version: number
  supersedesId: string | null
  snapshot: ReturnType<typeof buildSnapshot>
}

function checkHandles(user: UserView, row: { officer1_id: string; officer2_id: string }): void {
  if (user.roles.includes('head') || row.officer1_id === user.id || row.officer2_id === user.id)
    return
  throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以出具本案文书。')
}

function plan(
  ctx: CallContext,
  user: UserView,
  input: Parameters<Handler<'documents/issue'>>[0]
): Plan {
  const state = loadCaseState(ctx, input.caseId)
  checkHandles(user, state.row)
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const refusal = documentRefusal(state.progress, input.docType)
  if (refusal) throw new AppError('REFUSED', refusal)
  const today = todayOf(ctx)
  const year = Number(today.slice(0, 4))

  let numbering: Numbering = { kind: 'none' }
  let version = 1
  let supersedesId: string | null = null
  if (input.correctionOf) {
    const old = getDocumentRow(ctx.db, input.correctionOf)
    if (!old || old.case_id !== input.caseId || old.doc_type !== input.docType) {
      throw new AppError('REFUSED', '要更正的文书不存在，或不属于本案的同类文书。')
    }
    if (isSuperseded(ctx.db, old.id))
      throw new AppError('REFUSED', '该文书已有更正版本，请更正最新版本。')
    if (!input.correctionReason) throw new AppError('REFUSED', '出具更正版本须说明更正理由。')
    // A correction keeps the number: the document is the same act, corrected (a new version).
    numbering = { kind: 'kept', year: old.year, serial: old.serial, number: old.number }
    version = old.version + 1
    supersedesId = old.id
  } else {
    const current = currentDocument(ctx.db, input.caseId, input.docType)
    if (current) {
      throw new AppError(
        'REFUSED',
        `本案已出具${DOCUMENT_TITLE_ZH[input.docType]}（${current.number ?? state.row.case_number}）；如需修改，请出具更正版本。`
      )
    }
    if (isNumbered(input.docType)) {
      const pattern = numberingPattern(ctx.db, input.docType)
      const prefix = getDocPrefix(ctx.db)
      let serial: number
      let kind: 'main' | 'reserved' = 'main'
      if (input.useReservedNumber) {
        const reserved = nextReservedSerial(ctx.db, user.id, input.docType, year)
        if (reserved === null) {
          throw new AppError(
            'REFUSED',
            `您没有${year}年${DOCUMENT_TITLE_ZH[input.docType]}的可用预留编号。`
          )
        }
        serial = reserved
        kind = 'reserved'
      } else {
        serial = peekSerial(ctx.db, input.docType, year)
      }
      numbering = { kind, year, serial, number: formatNumber(pattern, prefix, year, serial) }
    }
  }
  const number = numbering.kind === 'none' ? null : numbering.number
  const snapshot = buildSnapshot(ctx, state, workingCalendar(ctx), {
    docType: input.docType,
    number,
    version,
    correctionReason: input.correctionOf ? (input.correctionReason ?? null) : null,
    issuedOn: today,
    unit: { name: unit.name, code: unit.code }
  })
  // A document missing content the law requires (e.g. a decision without its 处罚依据) is refused,
  // never issued incomplete.
  const missing = compositionProblem(snapshot)
  if (missing) throw new AppError('REFUSED', missing)
  return {
    caseId: input.caseId,
    caseRev: state.row.rev,
    docType: input.docType,
    numbering,
    version,
    supersedesId,
    snapshot
  }
}

/** Commits the plan if nothing moved underneath it (case edited, number taken, version superseded). */
function commit(
  ctx: CallContext,
  user: UserView,
  p: Plan,
  files: { pdf: { sha256: string; bytes: number }; docx: { sha256: string; bytes: number } },
  at: string
): string | null {
  const row = getCaseRow(ctx.db, p.caseId)
  if (!row || row.rev !== p.caseRev) return null
  if (p.supersedesId && isSuperseded(ctx.db, p.supersedesId)) return null
  if (!p.supersedesId && currentDocument(ctx.db, p.caseId, p.docType)) return null
  const n = p.numbering
  if (n.kind === 'main' && !takeSerial(ctx.db, p.docType, n.year, n.serial)) return null
  if (
    n.kind === 'reserved' &&
    nextReservedSerial(ctx.db, user.id, p.docType, n.year) !== n.serial
  ) {
    return null
  }
  const unit = getUnit(ctx.db)
  const id = ctx.newId()
  insertDocument(ctx.db, {
    id,
    case_id: p.caseId,
    doc_type: p.docType,
    number: n.kind === 'none' ? null : n.number,
    year: n.kind === 'none' ? null : n.year,
    serial: n.kind === 'none' ? null : n.serial,
    version: p.version,
    supersedes_id: p.supersedesId,
    snapshot: canonicalJson(p.snapshot),
    pdf_sha256: files.pdf.sha256,
    pdf_bytes: files.pdf.bytes,
    docx_sha256: files.docx.sha256,
    docx_bytes: files.docx.bytes,
    origin_unit: unit?.code ?? '',
    issued_by: user.id,
    issued_at: at
  })
  appendAudit(ctx.db, {
    at,
    actor: { id: user.id, name: user.displayName },
    action: 'documents/issue',
    entity: 'case',
    entityId: p.caseId,
    after: p.snapshot,
    detail: {
      documentId: id,
      docType: p.docType,
      number: n.kind === 'none' ? null : n.number,
      version: p.version,
      supersedes: p.supersedesId,
      pdfSha256: files.pdf.sha256,
      docxSha256: files.docx.sha256,
      changes: []
    }
  })
  return id
}

const issue: Handler<'documents/issue'> = async (input, ctx) => {
  const user = actingUser(ctx)
  // Rendering is asynchronous, so the plan is made in one transaction and committed in another; if
  // anything moved in between (another document took the number, the case was edited), plan again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const at = ctx.clock.now().toISOString()
    const p = ctx.db.transaction(() => plan(ctx, user, input))()
    const rendered = await renderIssued(ctx, composeDocument(p.snapshot), new Date(at))
    const files = { pdf: ctx.files.put(rendered.pdf), docx: ctx.files.put(rendered.docx) }
    const id = ctx.db.transaction(() => commit(ctx, user, p, files, at))()
    if (id) {
      const view = getDocumentView(ctx.db, id)
      if (!view) throw new Error('document vanished after issue')
      return view
    }
  }
  throw new AppError('CONFLICT', '出具文书时案件或编号被同时修改，请刷新后重试。')
}

const list: Handler<'documents/list'> = (input, ctx) => {
  const row = getCaseRow(ctx.db, input.caseId)
  if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  return documentsOfCase(ctx.db, input.caseId)
}

const file: Handler<'documents/file'> = (input, ctx) => {
  const row = getDocumentRow(ctx.db, input.id)
  if (!row) throw new AppError('NOT_FOUND', '文书不存在。')
  const sha256 = input.format === 'pdf' ? row.pdf_sha256 : row.docx_sha256
  const content = ctx.files.get(sha256)
  const name = `${DOCUMENT_TITLE_ZH[row.doc_type]}-${row.number ?? row.case_id}${row.version > 1 ? `-第${row.version}版` : ''}`
  return {
    fileName: `${name}.${input.format}`,
    mediaType:
      input.format === 'pdf'
        ? 'application/pdf'
        : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    sha256,
    contentBase64: content.toString('base64')
  }
}

export const documentHandlers = {
  'documents/list': list,
  'documents/issue': issue,
  'documents/file': file
}
