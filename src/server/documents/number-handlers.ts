// Number blocks for pre-numbered forms: a head or admin reserves a block for an officer; the officer
// (or a head) voids a spoilt number with a reason. Every number stays accounted for.
import { DOCUMENT_TITLE_ZH, isNumbered } from '../../core/documents/types'
import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { actingUser, type Handler } from '../context'
import { getUser } from '../users/repo'
import {
  blockOfSerial,
  getBlock,
  insertBlock,
  insertVoid,
  listBlocks,
  reserveSerials
} from './numbering'

const reserve: Handler<'numbers/reserve'> = (input, ctx) => {
  const user = actingUser(ctx)
  if (!isNumbered(input.docType)) {
    throw new AppError('REFUSED', `${DOCUMENT_TITLE_ZH[input.docType]}不单独编号。`)
  }
  if (
    input.officerId !== user.id &&
    !user.roles.includes('head') &&
    !user.roles.includes('admin')
  ) {
    throw new AppError(
      'FORBIDDEN',
      '执法人员只能为本人预留编号；为他人预留须由负责人或管理员办理。'
    )
  }
  const officer = getUser(ctx.db, input.officerId)
  if (!officer || !officer.active || !officer.roles.includes('officer')) {
    throw new AppError('REFUSED', '预留编号只能分配给在职的执法人员。')
  }
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  return ctx.db.transaction(() => {
    const first = reserveSerials(ctx.db, input.docType, input.year, input.count)
    const last = first + input.count - 1
    insertBlock(ctx.db, {
      id,
      doc_type: input.docType,
      year: input.year,
      first_serial: first,
      last_serial: last,
      officer_id: officer.id,
      reserved_by: user.id,
      reserved_at: at
    })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'numbers/reserve',
      entity: 'number_block',
      entityId: id,
      detail: { docType: input.docType, year: input.year, first, last, officerId: officer.id }
    })
    const view = getBlock(ctx.db, id)
    if (!view) throw new Error('block vanished')
    return view
  })()
}

const blocks: Handler<'numbers/blocks'> = (_input, ctx) => listBlocks(ctx.db)

const voidNumber: Handler<'numbers/void'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  return ctx.db.transaction(() => {
    const block = blockOfSerial(ctx.db, input.docType, input.year, input.serial)
    if (!block) throw new AppError('REFUSED', '只能作废预留编号段中的编号。')
    if (block.officer.id !== user.id && !user.roles.includes('head')) {
      throw new AppError('FORBIDDEN', '只能作废本人领用的编号，或由负责人作废。')
    }
    if (block.used.includes(input.serial))
      throw new AppError('REFUSED', '该编号已用于出具的文书，不能作废。')
    if (block.voided.includes(input.serial)) throw new AppError('REFUSED', '该编号已作废。')
    insertVoid(ctx.db, { ...input, by: user.id, at })
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'numbers/void',
      entity: 'number_block',
      entityId: block.id,
      detail: {
        docType: input.docType,
        year: input.year,
        serial: input.serial,
        reason: input.reason
      }
    })
    const view = getBlock(ctx.db, block.id)
    if (!view) throw new Error('block vanished')
    return view
  })()
}

export const numberHandlers = {
  'numbers/reserve': reserve,
  'numbers/blocks': blocks,
  'numbers/void': voidNumber
}
