// Evidence: attach a file to a case, list, open (verifying the hash) and withdraw. Every custody
// event — added, opened, withdrawn — is an audit entry on the case (APL Art. 47).
import { AppError } from '../../shared/errors'
import { MAX_EVIDENCE_BYTES } from '../../shared/schemas/lifecycle'
import type { UserView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { liveCase } from '../lifecycle/state'
import { getUnit } from '../unit/repo'
import { evidenceOfCase, getEvidence, insertEvidence, withdrawEvidence } from './repo'

function checkHandles(user: UserView, row: { officer1_id: string; officer2_id: string }): void {
  if (user.roles.includes('head') || row.officer1_id === user.id || row.officer2_id === user.id)
    return
  throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以管理本案证据。')
}

function audit(
  ctx: CallContext,
  user: UserView,
  action: string,
  caseId: string,
  detail: Record<string, unknown>
): void {
  appendAudit(ctx.db, {
    at: ctx.clock.now().toISOString(),
    actor: { id: user.id, name: user.displayName },
    action,
    entity: 'case',
    entityId: caseId,
    detail: { ...detail, changes: [] }
  })
}

const add: Handler<'evidence/add'> = (input, ctx) => {
  const user = actingUser(ctx)
  const content = Buffer.from(input.contentBase64, 'base64')
  if (content.byteLength === 0) throw new AppError('REFUSED', '文件为空。')
  if (content.byteLength > MAX_EVIDENCE_BYTES) {
    throw new AppError('REFUSED', `文件超过 ${MAX_EVIDENCE_BYTES / 1024 / 1024} MB 的上限。`)
  }
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  return ctx.db.transaction(() => {
    const row = liveCase(ctx, input.caseId)
    checkHandles(user, row)
    if (row.status === 'ARCHIVED') throw new AppError('REFUSED', '案件已归档，不能再添加证据。')
    // The file is stored first: a failed insert leaves only an unreferenced file, never a record
    // without its file.
    const stored = ctx.files.put(content)
    insertEvidence(ctx.db, {
      id,
      case_id: input.caseId,
      kind: input.kind,
      title: input.title,
      file_name: input.fileName,
      media_type: input.mediaType,
      sha256: stored.sha256,
      size_bytes: stored.bytes,
      collected_by: input.collectedBy,
      collected_on: input.collectedOn,
      place: input.place,
      origin_unit: unit.code,
      rev: 1,
      created_by: user.id,
      created_at: at,
      updated_at: at
    })
    audit(ctx, user, 'evidence/add', input.caseId, {
      evidenceId: id,
      kind: input.kind,
      title: input.title,
      sha256: stored.sha256,
      bytes: stored.bytes,
      collectedBy: input.collectedBy,
      collectedOn: input.collectedOn,
      place: input.place
    })
    const view = getEvidence(ctx.db, id)
    if (!view) throw new Error('evidence not found after insert')
    return view
  })()
}

const list: Handler<'evidence/list'> = (input, ctx) => {
  liveCase(ctx, input.caseId)
  return evidenceOfCase(ctx.db, input.caseId)
}

const open: Handler<'evidence/open'> = (input, ctx) => {
  const user = actingUser(ctx)
  const evidence = getEvidence(ctx.db, input.id)
  if (!evidence) throw new AppError('NOT_FOUND', '证据不存在。')
  liveCase(ctx, evidence.caseId)
  let content: Buffer
  try {
    content = ctx.files.get(evidence.sha256)
  } catch (e) {
    // A failed verification is itself a custody event.
    audit(ctx, user, 'evidence/verify-failed', evidence.caseId, {
      evidenceId: evidence.id,
      sha256: evidence.sha256
    })
    throw e
  }
  audit(ctx, user, 'evidence/open', evidence.caseId, {
    evidenceId: evidence.id,
    sha256: evidence.sha256,
    verified: true
  })
  return {
    fileName: evidence.fileName,
    mediaType: evidence.mediaType,
    sha256: evidence.sha256,
    contentBase64: content.toString('base64')
  }
}

const withdraw: Handler<'evidence/withdraw'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const evidence = getEvidence(ctx.db, input.id)
    if (!evidence) throw new AppError('NOT_FOUND', '证据不存在。')
    const row = liveCase(ctx, evidence.caseId)
    checkHandles(user, row)
    if (!withdrawEvidence(ctx.db, input.id, input.rev, at, input.reason)) {
      throw new AppError('CONFLICT', '该证据已被修改或已撤回，请刷新后重试。')
    }
    audit(ctx, user, 'evidence/withdraw', evidence.caseId, {
      evidenceId: evidence.id,
      sha256: evidence.sha256,
      reason: input.reason
    })
    const view = getEvidence(ctx.db, input.id)
    if (!view) throw new Error('evidence vanished')
    return view
  })()
}

export const evidenceHandlers = {
  'evidence/add': add,
  'evidence/list': list,
  'evidence/open': open,
  'evidence/withdraw': withdraw
}
