// Statistics handlers (issue 7): a period's figures, the dashboard series, the cases behind a figure,
// export jobs with progress, saved column sets, and the revocation of a decision.
import type { DrillColumn } from '../../core/statistics/drill-columns'
import { AppError } from '../../shared/errors'
import { appendAudit } from '../audit/repo'
import { actingUser, type CallContext, type Handler } from '../context'
import { prepare } from '../db/statements'
import { getUnit } from '../unit/repo'
import { annualFile } from './annual-file'
import { casesFile } from './cases-file'
import { loadCaseState } from '../lifecycle/state'
import { drillFacts, drillRow, drillView } from './drill-view'
import { countWithHash, stamp } from './period-view'
import { periodReport, reportedStatistics } from '../periods/report'
import { assertPeriodOpen } from '../periods/lock'
import { statsScope } from './scope'
import { seriesView } from './series-view'
import { unitsView } from './units-view'
import { registerFile, registerRows } from './register-file'

/** A closed period (结账) answers with its frozen figures and the adjustments since. */
const period: Handler<'stats/period'> = (input, ctx) => periodReport(ctx, statsScope(ctx, input))

const series: Handler<'stats/series'> = (input, ctx) => seriesView(ctx, statsScope(ctx, input))

/** Every unit in the database and every county, side by side (the consolidated view). */
const units: Handler<'stats/units'> = (input, ctx) => {
  const scope = statsScope(ctx, { ...input, unit: 'all' })
  return unitsView(ctx.db, scope.period, scope.options)
}

const drill: Handler<'stats/drill'> = (input, ctx) => drillView(ctx, statsScope(ctx, input), input)

const start: Handler<'exports/start'> = (input, ctx) => {
  const user = actingUser(ctx)
  const id = ctx.newId()
  const createdAt = ctx.clock.now()
  if (input.kind === 'register') {
    const { kind: _kind, format, ...filter } = input
    const rows = registerRows(ctx.db, filter)
    const unitName = getUnit(ctx.db)?.name ?? ''
    return ctx.exports.start(id, user.id, rows.length, (progress) =>
      registerFile({ rows, format, unitName, createdAt, progress })
    )
  }
  const scope = statsScope(ctx, input)
  if (input.kind === 'annual') {
    // The figures are read now, inside this call, so the file shows the data as of the request.
    const view = reportedStatistics(ctx, scope)
    return ctx.exports.start(id, user.id, 1, () => annualFile(ctx, view, input.format))
  }
  const { hash } = countWithHash(ctx, scope)
  const meta = stamp(ctx, scope, hash)
  const rows = drillFacts(ctx, scope, input.metric).map(drillRow)
  return ctx.exports.start(id, user.id, rows.length, (progress) =>
    casesFile({
      metric: input.metric,
      rows,
      columns: input.columns,
      format: input.format,
      meta,
      createdAt,
      progress
    })
  )
}

const status: Handler<'exports/status'> = (input, ctx) =>
  ctx.exports.status(input.jobId, actingUser(ctx).id)

const exportFile: Handler<'exports/file'> = (input, ctx) =>
  ctx.exports.file(input.jobId, actingUser(ctx).id)

type ColumnSetRow = { id: string; name: string; columns: string }

const columnSets: Handler<'exports/column-sets'> = (input, ctx) => {
  const rows = prepare(
    ctx.db,
    'SELECT id, name, columns FROM export_column_sets WHERE user_id = ? AND list = ? ORDER BY name'
  ).all(actingUser(ctx).id, input.list) as ColumnSetRow[]
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    columns: JSON.parse(r.columns) as DrillColumn[]
  }))
}

/** Saving under an existing name replaces that set (the user's own preference, not a record). */
const saveColumnSet: Handler<'exports/save-column-set'> = (input, ctx) => {
  const user = actingUser(ctx)
  const id = ctx.newId()
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    prepare(
      ctx.db,
      'DELETE FROM export_column_sets WHERE user_id = ? AND list = ? AND name = ?'
    ).run(user.id, input.list, input.name)
    prepare(
      ctx.db,
      `INSERT INTO export_column_sets (id, user_id, list, name, columns, created_at)
       VALUES (?, ?, ?, ?, ?, ?)`
    ).run(id, user.id, input.list, input.name, JSON.stringify(input.columns), at)
  })()
  return { id, name: input.name, columns: input.columns }
}

/** The decision date from the case's own records (the fold), not from the projection. */
function decidedOn(ctx: CallContext, caseId: string): string {
  const decision = loadCaseState(ctx, caseId).progress.decision
  if (!decision) throw new AppError('REFUSED', '本案尚未作出决定，无决定可撤销。')
  return decision.on
}

const revoke: Handler<'cases/revoke'> = (input, ctx) => {
  const user = actingUser(ctx)
  const unit = getUnit(ctx.db)
  if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
  const at = ctx.clock.now().toISOString()
  ctx.db.transaction(() => {
    const decided = decidedOn(ctx, input.caseId)
    if (input.on < decided) {
      throw new AppError('REFUSED', `撤销日期不能早于作出决定的日期（${decided}）。`)
    }
    const existing = prepare(ctx.db, 'SELECT 1 FROM decision_revocations WHERE case_id = ?').get(
      input.caseId
    )
    if (existing) throw new AppError('REFUSED', '本案的决定已记录为被撤销。')
    assertPeriodOpen(ctx.db, input.on, '撤销决定记录')
    prepare(
      ctx.db,
      `INSERT INTO decision_revocations (case_id, revoked_on, authority, reason, origin_unit,
         created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)`
    ).run(input.caseId, input.on, input.authority, input.reason, unit.code, user.id, at)
    appendAudit(ctx.db, {
      at,
      actor: { id: user.id, name: user.displayName },
      action: 'cases/revoke',
      entity: 'case',
      entityId: input.caseId,
      after: input,
      detail: { on: input.on, authority: input.authority }
    })
  })()
  return {
    caseId: input.caseId,
    revokedOn: input.on,
    authority: input.authority,
    reason: input.reason
  }
}

export const statisticsHandlers = {
  'stats/period': period,
  'stats/series': series,
  'stats/units': units,
  'stats/drill': drill,
  'exports/start': start,
  'exports/status': status,
  'exports/file': exportFile,
  'exports/column-sets': columnSets,
  'exports/save-column-set': saveColumnSet,
  'cases/revoke': revoke
}
