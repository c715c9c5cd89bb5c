import type { ParsedInput } from '../../shared/api'
import { AppError } from '../../shared/errors'
import type { CataloguePackageView } from '../../shared/views'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { getUnit } from '../unit/repo'
import { readDraftHeader, type PackageHeader } from './package-text'
import {
  getPackage,
  insertDraft,
  listPackages,
  markPublished,
  packageIdOwner,
  updateDraft,
  type PackageRow
} from './repo'
import {
  blockingProblems,
  checkDraft,
  problemView,
  problemViews,
  type ProblemView
} from './validate'

const ENTITY = 'cataloguePackage'

function toView(row: PackageRow, problems: ProblemView[]): CataloguePackageView {
  return {
    id: row.id,
    packageId: row.package_id,
    title: row.title,
    status: row.status,
    yaml: row.yaml,
    rev: row.rev,
    updatedAt: row.updated_at,
    publishedAt: row.published_at,
    problems
  }
}

function mustGet(ctx: CallContext, id: string): PackageRow {
  const row = getPackage(ctx.db, id)
  if (!row) throw new AppError('NOT_FOUND', '该裁量基准不存在。')
  return row
}

function refuseIfPublished(row: PackageRow): void {
  if (row.status === 'published') {
    throw new AppError('REFUSED', '已发布的版本不可修改，请另存为新版本。')
  }
}

function conflict(): AppError {
  return new AppError('CONFLICT', '该裁量基准已被他人修改，请刷新后重试。')
}

/** A package id names one benchmark everywhere (the engine's trace cites it): never reused. */
function checkPackageIdFree(ctx: CallContext, header: PackageHeader, rowId: string | null): void {
  const id = header.packageId
  const issues = [{ path: 'yaml', message: `编号“${id}”已被使用` }]
  if (ctx.discretion.current(ctx.db).packages.some((p) => p.id === id)) {
    const message = `裁量基准编号“${id}”已被施行中的裁量基准使用，请另定编号。`
    throw new AppError('REFUSED', message, issues)
  }
  const owner = packageIdOwner(ctx.db, id)
  if (owner !== null && owner !== rowId) {
    const message = `裁量基准编号“${id}”已被本单位的另一草稿使用，请另定编号。`
    throw new AppError('REFUSED', message, issues)
  }
}

const packages: Handler<'catalogue/packages'> = (_input, ctx) =>
  listPackages(ctx.db).map((row) => {
    if (row.status === 'published') return toView(row, [])
    return toView(row, problemViews(checkDraft(ctx.discretion, ctx.db, row.package_id, row.yaml)))
  })

type Draft = { header: PackageHeader; yaml: string; at: string }

type SaveInput = ParsedInput<'catalogue/save-draft'>

function auditSave(ctx: CallContext, id: string, draft: Draft, before: PackageRow | null): void {
  const user = actingUser(ctx)
  const { packageId, title } = draft.header
  appendAudit(ctx.db, {
    at: draft.at,
    actor: { id: user.id, name: user.displayName },
    action: 'catalogue/save-draft',
    entity: ENTITY,
    entityId: id,
    ...(before
      ? { before: { packageId: before.package_id, title: before.title, yaml: before.yaml } }
      : {}),
    after: { packageId, title, yaml: draft.yaml },
    detail: { packageId, title, rev: (before?.rev ?? 0) + 1 }
  })
}

function insertNew(ctx: CallContext, draft: Draft): string {
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const id = ctx.newId()
  ctx.db.transaction(() => {
    checkPackageIdFree(ctx, draft.header, null)
    insertDraft(ctx.db, {
      id,
      package_id: draft.header.packageId,
      title: draft.header.title,
      yaml: draft.yaml,
      origin_unit: unit.code,
      created_by: actingUser(ctx).id,
      created_at: draft.at
    })
    auditSave(ctx, id, draft, null)
  })()
  return id
}

function updateExisting(ctx: CallContext, id: string, rev: number, draft: Draft): void {
  ctx.db.transaction(() => {
    const before = mustGet(ctx, id)
    refuseIfPublished(before)
    if (before.rev !== rev) throw conflict()
    checkPackageIdFree(ctx, draft.header, id)
    const { packageId, title } = draft.header
    const update = { id, package_id: packageId, title, yaml: draft.yaml, rev, at: draft.at }
    if (!updateDraft(ctx.db, update)) throw conflict()
    auditSave(ctx, id, draft, before)
  })()
}

/** New draft (no id) or the next revision of an existing one; returns the row id. */
function write(ctx: CallContext, input: SaveInput, draft: Draft): string {
  if (input.id === undefined) return insertNew(ctx, draft)
  if (input.rev === undefined) {
    const issues = [{ path: 'rev', message: '必填' }]
    throw new AppError('VALIDATION', '修改草稿须提供版本号（rev）。', issues)
  }
  updateExisting(ctx, input.id, input.rev, draft)
  return input.id
}

const saveDraft: Handler<'catalogue/save-draft'> = (input, ctx) => {
  const at = ctx.clock.now().toISOString()
  const id = write(ctx, input, { header: readDraftHeader(input.yaml), yaml: input.yaml, at })
  const row = mustGet(ctx, id)
  return toView(row, problemViews(checkDraft(ctx.discretion, ctx.db, row.package_id, row.yaml)))
}

const publish: Handler<'catalogue/publish'> = (input, ctx) => {
  const user = actingUser(ctx)
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const row = mustGet(ctx, input.id)
    refuseIfPublished(row)
    if (row.rev !== input.rev) throw conflict()
    const check = checkDraft(ctx.discretion, ctx.db, row.package_id, row.yaml)
    const errors = blockingProblems(check)
    if (errors.length > 0) {
      const issues = errors.map((p) => problemView(p, check.source))
      const list = issues.map((i) => `${i.path}：${i.message}`).join('；')
      const message = `校验未通过，不能发布（${errors.length}个问题）：${list}`
      throw new AppError('REFUSED', message, issues)
    }
    if (!markPublished(ctx.db, { id: row.id, yaml: check.text, rev: row.rev, by: user.id, at })) {
      throw conflict()
    }
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'catalogue/publish',
      entity: ENTITY,
      entityId: row.id,
      before: { packageId: row.package_id, title: row.title, yaml: row.yaml, status: 'draft' },
      after: { packageId: row.package_id, title: row.title, yaml: check.text, status: 'published' },
      detail: { packageId: row.package_id, title: row.title }
    })
  })()
  // Only after the commit: the engine reloads the catalogue in force, now with this package.
  ctx.discretion.invalidate()
  return toView(mustGet(ctx, input.id), [])
}

export const catalogueHandlers = {
  'catalogue/packages': packages,
  'catalogue/save-draft': saveDraft,
  'catalogue/publish': publish
}
