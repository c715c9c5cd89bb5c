// Exchange handlers (issue 8): export a package, import one (verify → dry-run report → apply), the
// receipts and sources received, and the conflicts waiting for a person.
import { createHash } from 'node:crypto'
import { resolved, type LineageView } from '../../core/exchange/lineage'
import { AppError } from '../../shared/errors'
import type { ConflictView, ReceiptView } from '../../shared/exchange-views'
import type { RecordKind } from '../../shared/schemas/exchange-records'
import { appendAudit } from '../audit/repo'
import { actingUser, type Handler } from '../context'
import { prepare } from '../db/statements'
import { overview, receiptList, receiptView } from './overview'
import { DEFAULT_LIMITS } from './read-package'
import { indexMergedCases } from './search-index'
import { readRecord, recordHash, replaceRecord, KIND_TABLES, type Row } from './records'
import { currentLineage, writeLineage } from './versions'
import { buildPackage } from './write-package'

const UPLOAD_LIMITS = { ...DEFAULT_LIMITS, maxContentBytes: 512 * 1024 * 1024 }

const exportPackage: Handler<'exchange/export'> = (input, ctx) => {
  const user = actingUser(ctx)
  return ctx.exports.start(ctx.newId(), user.id, 1, async () => {
    const built = await buildPackage(ctx.db, {
      scope: input.scope,
      actor: user,
      now: ctx.clock.now(),
      newId: ctx.newId
    })
    return {
      fileName: built.fileName,
      mediaType: 'application/gzip',
      sha256: createHash('sha256').update(built.bytes).digest('hex'),
      contentBase64: built.bytes.toString('base64')
    }
  })
}

const inspect: Handler<'exchange/inspect'> = (input, ctx) => {
  const user = actingUser(ctx)
  return ctx.imports.start(ctx.newId(), user.id, input.fileName, (progress) =>
    ctx.importer(ctx, {
      contentBase64: input.contentBase64,
      fileName: input.fileName,
      limits: UPLOAD_LIMITS,
      progress
    })
  )
}

const importStatus: Handler<'exchange/import-status'> = (input, ctx) =>
  ctx.imports.status(input.importId, actingUser(ctx).id)

const apply: Handler<'exchange/apply'> = async (input, ctx) => {
  const user = actingUser(ctx)
  ctx.imports.ready(input.importId, user.id)
  await ctx.backupBeforeImport?.()
  // Checked again after the backup's await: another call may have applied it meanwhile.
  const receiptId = await ctx.imports.apply(input.importId, user.id, (prepared) =>
    prepared.apply(ctx)
  )
  return ctx.imports.applied(input.importId, receiptView(ctx.db, receiptId))
}

const receipts: Handler<'exchange/receipts'> = (_input, ctx) => receiptList(ctx.db)

const receiptFile: Handler<'exchange/receipt-file'> = (input, ctx) => {
  const receipt: ReceiptView = receiptView(ctx.db, input.id)
  const m = receipt.report.manifest
  const bytes = Buffer.from(`${JSON.stringify(receipt, null, 2)}\n`)
  return {
    fileName: `合并回执-${m.unitName}-${m.sequence}.json`,
    mediaType: 'application/json',
    sha256: createHash('sha256').update(bytes).digest('hex'),
    contentBase64: bytes.toString('base64')
  }
}

const summary: Handler<'exchange/overview'> = (_input, ctx) => overview(ctx.db)

type ConflictRow = {
  id: string
  kind: RecordKind
  record_id: string
  reason: ConflictView['reason']
  local_record: string
  local_vh: string
  incoming_record: string
  incoming_vh: string
  incoming_ancestors: string
  source_unit: string
  created_at: string
  resolution: 'local' | 'incoming' | null
  resolution_reason: string | null
  resolved_at: string | null
}

function conflictView(r: ConflictRow): ConflictView {
  return {
    id: r.id,
    kind: r.kind,
    recordId: r.record_id,
    reason: r.reason,
    sourceUnit: r.source_unit,
    createdAt: r.created_at,
    local: JSON.parse(r.local_record) as Record<string, unknown>,
    incoming: JSON.parse(r.incoming_record) as Record<string, unknown>,
    resolution: r.resolution,
    resolutionReason: r.resolution_reason,
    resolvedAt: r.resolved_at
  }
}

const conflicts: Handler<'exchange/conflicts'> = (_input, ctx) =>
  (
    prepare(
      ctx.db,
      `SELECT * FROM merge_conflicts ORDER BY resolution IS NOT NULL, created_at DESC LIMIT 500`
    ).all() as ConflictRow[]
  ).map(conflictView)

/**
 * A person chooses a version. The chosen content becomes the record's, descending from both
 * versions, so neither comes back as a conflict and the other side takes the choice as newer. An
 * append-only record cannot be replaced: its conflict is closed by keeping the local record, the
 * other content staying on file in the conflict.
 */
const resolve: Handler<'exchange/resolve'> = (input, ctx) => {
  const user = actingUser(ctx)
  return ctx.db.transaction(() => {
    const row = prepare(ctx.db, 'SELECT * FROM merge_conflicts WHERE id = ?').get(input.id) as
      ConflictRow | undefined
    if (!row) throw new AppError('NOT_FOUND', '冲突记录不存在。')
    if (row.resolution !== null) throw new AppError('CONFLICT', '该冲突已经处理。')
    const at = ctx.clock.now().toISOString()
    if (KIND_TABLES[row.kind].versioned) {
      const local = readRecord(ctx.db, row.kind, row.record_id)
      if (!local) throw new AppError('NOT_FOUND', '本库记录已不存在。')
      const localLineage = currentLineage(
        ctx.db,
        row.kind,
        row.record_id,
        recordHash(row.kind, local)
      )
      const incoming: LineageView = {
        h: row.incoming_vh,
        a: JSON.parse(row.incoming_ancestors) as string[]
      }
      if (input.keep === 'incoming') {
        replaceRecord(ctx.db, row.kind, JSON.parse(row.incoming_record) as Row)
        if (row.kind === 'case') indexMergedCases(ctx.db, [row.record_id])
      }
      const kept = input.keep === 'incoming' ? incoming.h : localLineage.h
      writeLineage(ctx.db, row.kind, row.record_id, resolved(localLineage, incoming, kept), null)
    } else if (input.keep === 'incoming') {
      throw new AppError(
        'REFUSED',
        '只追加的记录（事件、缴款、台账等）不能被替换：请保留本库记录，另一版本已存于冲突记录中。'
      )
    }
    prepare(
      ctx.db,
      `UPDATE merge_conflicts SET resolution = ?, resolution_reason = ?, resolved_by = ?, resolved_at = ?
        WHERE id = ?`
    ).run(input.keep, input.reason, user.id, at, input.id)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'exchange.resolve',
      entity: row.kind,
      entityId: row.record_id,
      detail: { conflictId: row.id, keep: input.keep, reason: input.reason }
    })
    return conflictView(
      prepare(ctx.db, 'SELECT * FROM merge_conflicts WHERE id = ?').get(input.id) as ConflictRow
    )
  })()
}

export const exchangeHandlers = {
  'exchange/overview': summary,
  'exchange/export': exportPackage,
  'exchange/inspect': inspect,
  'exchange/import-status': importStatus,
  'exchange/apply': apply,
  'exchange/receipts': receipts,
  'exchange/receipt-file': receiptFile,
  'exchange/conflicts': conflicts,
  'exchange/resolve': resolve
}
