import { caseNumberYear, formatCaseNumber } from '../../core/cases/case-number'
import { diffSnapshots, type CaseSnapshot } from '../../core/cases/snapshot'
import { initialStatus } from '../../core/cases/vocabulary'
import { limitationRefusal } from '../../core/lifecycle/guards'
import type { CaseFields } from '../../shared/schemas/cases'
import { AppError } from '../../shared/errors'
import type { CaseDetail, UserView } from '../../shared/views'
import { appendAudit, auditForEntity } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { getUnit } from '../unit/repo'
import { assertCaseChangeOpen, assertPeriodOpen } from '../periods/lock'
import { getUser } from '../users/repo'
import { decodeCursor, encodeCursor } from './cursor'
import { loadCaseState, refreshDerivedDates } from '../lifecycle/state'
import { countCases } from './count'
import { listCaseSummaries } from './list'
import {
  getCaseDetail,
  getCaseRow,
  indexCase,
  insertCase,
  joinPartyNames,
  nextSerial,
  removeFromIndex,
  replaceParties,
  setCaseStatus,
  softDeleteCase,
  updateCase,
  type CaseRow
} from './repo'

function snapshotOf(fields: CaseFields, status: CaseSnapshot['status']): CaseSnapshot {
  return {
    cause: fields.cause,
    source: fields.source,
    status,
    discoveredOn: fields.discoveredOn,
    filedOn: fields.filedOn,
    violationOn: fields.violationOn,
    extendedLimitation: fields.extendedLimitation,
    facts: fields.facts,
    officerIds: [...fields.officerIds],
    parties: fields.parties.map((p) => ({ ...p }))
  }
}

function snapshotOfDetail(detail: CaseDetail): CaseSnapshot {
  return {
    cause: detail.cause,
    source: detail.source,
    status: detail.status,
    discoveredOn: detail.discoveredOn,
    filedOn: detail.filedOn,
    violationOn: detail.violationOn,
    extendedLimitation: detail.extendedLimitation,
    facts: detail.facts,
    officerIds: detail.officers.map((o) => o.id),
    parties: detail.parties.map(({ id: _id, ...p }) => ({ ...p }))
  }
}

/** APL Art. 42: two enforcement officers, both active users holding the officer role. */
function checkOfficers(ctx: CallContext, officerIds: readonly string[]): void {
  for (const id of officerIds) {
    const user = getUser(ctx.db, id)
    if (!user || !user.active || !user.roles.includes('officer')) {
      throw new AppError(
        'REFUSED',
        '办案人员须为本单位在职的执法人员（《行政处罚法》第四十二条）。',
        [{ path: 'officerIds', message: '办案人员无效' }]
      )
    }
  }
}

/** Filing needs the act date inside the APL Art. 36 limitation (checked when the filing date is set). */
function checkLimitation(fields: CaseFields): void {
  if (fields.filedOn === null) return
  const refusal = limitationRefusal(
    fields.violationOn,
    fields.extendedLimitation,
    fields.discoveredOn
  )
  if (refusal) {
    throw new AppError('REFUSED', refusal.message, [
      { path: 'violationOn', message: refusal.message }
    ])
  }
}

/** Only the case's own officers, or a head, may change it. */
function checkMayChange(user: UserView, row: CaseRow): void {
  if (user.roles.includes('head')) return
  if (row.officer1_id === user.id || row.officer2_id === user.id) return
  throw new AppError('FORBIDDEN', '只有本案的办案人员或负责人可以修改本案。')
}

function liveRow(ctx: CallContext, id: string): CaseRow {
  const row = getCaseRow(ctx.db, id)
  if (!row || row.deleted_at !== null) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  return row
}

function searchBody(caseNumber: string, fields: CaseFields): string[] {
  return [caseNumber, fields.cause, fields.facts]
}

const create: Handler<'cases/create'> = (input, ctx) => {
  const user = actingUser(ctx)
  checkOfficers(ctx, input.officerIds)
  checkLimitation(input)
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const at = ctx.clock.now().toISOString()
  const id = ctx.newId()
  const status = initialStatus(input.filedOn)
  if (input.filedOn !== null) assertPeriodOpen(ctx.db, input.filedOn, '立案记录')
  ctx.db.transaction(() => {
    const year = caseNumberYear(input.discoveredOn, input.filedOn)
    const caseNumber = formatCaseNumber(
      unit.casePrefix,
      year,
      nextSerial(ctx.db, unit.casePrefix, year)
    )
    const [officer1, officer2] = input.officerIds as [string, string]
    insertCase(ctx.db, {
      id,
      origin_unit: unit.code,
      case_number: caseNumber,
      cause: input.cause,
      source: input.source,
      status,
      discovered_on: input.discoveredOn,
      filed_on: input.filedOn,
      sort_on: input.filedOn ?? input.discoveredOn,
      facts: input.facts,
      officer1_id: officer1,
      officer2_id: officer2,
      party_names: joinPartyNames(input.parties),
      violation_on: input.violationOn,
      extended_limitation: input.extendedLimitation ? 1 : 0,
      rev: 1,
      created_by: user.id,
      created_at: at,
      updated_at: at
    })
    replaceParties(ctx.db, id, input.parties, ctx.newId)
    indexCase(ctx.db, id, input.parties, searchBody(caseNumber, input))
    const after = snapshotOf(input, status)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'cases/create',
      entity: 'case',
      entityId: id,
      after,
      detail: { caseNumber, changes: diffSnapshots(null, after) }
    })
  })()
  return mustGet(ctx, id)
}

const update: Handler<'cases/update'> = (input, ctx) => {
  const user = actingUser(ctx)
  checkOfficers(ctx, input.officerIds)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const row = liveRow(ctx, input.id)
    checkMayChange(user, row)
    const before = mustGet(ctx, input.id)
    if (row.rev !== input.rev) throw conflict()
    if (row.status !== 'REGISTERED' && input.filedOn === null) {
      throw new AppError('REFUSED', '已立案的案件不能删除立案日期。', [
        { path: 'filedOn', message: '已立案，立案日期必填' }
      ])
    }
    // Only a filing made now is checked: a case filed earlier keeps its filing even if the act date
    // is corrected later (the correction is audited and reviewers see it).
    if (row.filed_on === null) checkLimitation(input)
    // Entering a filing date on a registered clue files it (立案); later stages belong to the lifecycle.
    const status = row.status === 'REGISTERED' && input.filedOn !== null ? 'FILED' : row.status
    const [officer1, officer2] = input.officerIds as [string, string]
    assertCaseChangeOpen(ctx.db, row.id, row, {
      cause: input.cause,
      facts: input.facts,
      discovered_on: input.discoveredOn,
      filed_on: input.filedOn,
      violation_on: input.violationOn,
      deleted_at: row.deleted_at,
      party_names: joinPartyNames(input.parties),
      officer1_id: officer1,
      officer2_id: officer2
    })
    const ok = updateCase(
      ctx.db,
      {
        id: input.id,
        cause: input.cause,
        source: input.source,
        discovered_on: input.discoveredOn,
        filed_on: input.filedOn,
        sort_on: input.filedOn ?? input.discoveredOn,
        facts: input.facts,
        officer1_id: officer1,
        officer2_id: officer2,
        party_names: joinPartyNames(input.parties),
        updated_at: at,
        violation_on: input.violationOn,
        extended_limitation: input.extendedLimitation ? 1 : 0
      },
      input.rev
    )
    if (!ok) throw conflict()
    if (status !== row.status) setCaseStatus(ctx.db, input.id, status)
    replaceParties(ctx.db, input.id, input.parties, ctx.newId)
    indexCase(ctx.db, input.id, input.parties, searchBody(row.case_number, input))
    // A changed filing date moves the decision clock; recorded pauses and extensions still apply.
    refreshDerivedDates(ctx, loadCaseState(ctx, input.id))
    const beforeSnap = snapshotOfDetail(before)
    const after = snapshotOf(input, status)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'cases/update',
      entity: 'case',
      entityId: input.id,
      before: beforeSnap,
      after,
      detail: { rev: input.rev + 1, changes: diffSnapshots(beforeSnap, after) }
    })
  })()
  return mustGet(ctx, input.id)
}

function conflict(): AppError {
  return new AppError(
    'CONFLICT',
    '该案件已被他人修改。为避免覆盖对方的修改，本次未保存；请刷新后重新编辑。'
  )
}

function mustGet(ctx: CallContext, id: string): CaseDetail {
  const detail = getCaseDetail(ctx.db, id)
  if (!detail) throw new AppError('NOT_FOUND', '案件不存在或已删除。')
  return detail
}

const get: Handler<'cases/get'> = (input, ctx) => mustGet(ctx, input.id)

const list: Handler<'cases/list'> = (input, ctx) => {
  const items = listCaseSummaries(ctx.db, {
    status: input.status,
    from: input.from,
    to: input.to,
    officerId: input.officerId,
    party: input.party || undefined,
    text: input.text || undefined,
    after: input.cursor ? decodeCursor(input.cursor) : undefined,
    limit: input.limit + 1
  })
  const page = items.slice(0, input.limit)
  const last = page.at(-1)
  const nextCursor =
    items.length > input.limit && last
      ? encodeCursor({ sortOn: last.filedOn ?? last.discoveredOn, id: last.id })
      : null
  return { items: page, nextCursor }
}

const count: Handler<'cases/count'> = (input, ctx) => ({
  count: countCases(ctx.db, {
    status: input.status,
    from: input.from,
    to: input.to,
    officerId: input.officerId,
    party: input.party || undefined,
    text: input.text || undefined
  })
})

const remove: Handler<'cases/delete'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const row = liveRow(ctx, input.id)
    checkMayChange(user, row)
    const before = snapshotOfDetail(mustGet(ctx, input.id))
    assertCaseChangeOpen(ctx.db, row.id, row, { ...row, deleted_at: at })
    if (!softDeleteCase(ctx.db, input.id, input.rev, at, input.reason)) throw conflict()
    removeFromIndex(ctx.db, input.id)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'cases/delete',
      entity: 'case',
      entityId: input.id,
      before,
      detail: { reason: input.reason }
    })
  })()
  return { ok: true }
}

const history: Handler<'cases/history'> = (input, ctx) => {
  liveRow(ctx, input.id)
  return auditForEntity(ctx.db, 'case', input.id).map((row) => {
    const detail = JSON.parse(row.detail) as {
      changes?: { field: string; before: unknown; after: unknown }[]
    }
    return {
      seq: row.seq,
      at: row.at,
      actor: { id: row.actor_id, displayName: row.actor_name },
      action: row.action,
      changes: detail.changes ?? []
    }
  })
}

export const caseHandlers = {
  'cases/create': create,
  'cases/update': update,
  'cases/get': get,
  'cases/list': list,
  'cases/count': count,
  'cases/delete': remove,
  'cases/history': history
}
