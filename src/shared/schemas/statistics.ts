// Inputs of statistics and exports (issue 7): a period's tables and KPIs, the monthly series for the
// charts, the cases behind one figure, export jobs and saved column sets, and the revocation of a
// decision (which the counting rules need).
import { z } from 'zod'
import { CASE_METRICS } from '../../core/statistics/metrics'
import { DRILL_COLUMNS } from '../../core/statistics/drill-columns'
import { CASE_STATUSES } from '../../core/cases/vocabulary'
import { calendarDate, requiredText, text, uuid } from './primitives'
import { usccField } from './party'

/** From before to, and at most ten years apart (also the rule of a period close). */
export function ordered(v: { from: string; to: string }, ctx: z.RefinementCtx): void {
  if (v.to < v.from) ctx.addIssue({ code: 'custom', path: ['to'], message: 'v.invalid' })
  // A report covers at most ten years: longer ranges are a typo, and they would scan everything.
  else if (Number(v.to.slice(0, 4)) - Number(v.from.slice(0, 4)) > 10) {
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'v.invalid' })
  }
}

const period = {
  from: calendarDate,
  to: calendarDate,
  /** Overrides the unit's choice (unit-config statistics.includeRevoked) for this report. */
  includeRevoked: z.boolean().optional(),
  /** Whose cases: the own unit (the default), one unit by its code, or every unit in the database
   * (the consolidated figures of a unit that imports its counties' packages). */
  unit: z.union([z.literal('all'), usccField]).optional()
}

export const statsPeriodInput = z.strictObject(period).superRefine(ordered)

export const statsDrillInput = z
  .strictObject({
    ...period,
    metric: z.enum(CASE_METRICS),
    offset: z.number().int().min(0).max(10_000_000).default(0),
    limit: z.number().int().min(1).max(500).default(100)
  })
  .superRefine(ordered)

const columns = z
  .array(z.enum(DRILL_COLUMNS))
  .min(1, { message: 'v.required' })
  .max(DRILL_COLUMNS.length)
  .refine((c) => new Set(c).size === c.length, { message: 'v.invalid' })

/** The case register as shown, with its filters (cases/list's, without paging). */
const registerExport = z.strictObject({
  kind: z.literal('register'),
  status: z.enum(CASE_STATUSES).optional(),
  from: calendarDate.optional(),
  to: calendarDate.optional(),
  officerId: uuid.optional(),
  party: text(100).optional(),
  text: text(100).optional(),
  format: z.enum(['xlsx', 'csv'])
})

export const exportStartInput = z.discriminatedUnion('kind', [
  z
    .strictObject({ kind: z.literal('annual'), ...period, format: z.enum(['xlsx', 'csv', 'pdf']) })
    .superRefine(ordered),
  z
    .strictObject({
      kind: z.literal('cases'),
      ...period,
      metric: z.enum(CASE_METRICS),
      format: z.enum(['xlsx', 'csv']),
      columns: columns.optional()
    })
    .superRefine(ordered),
  registerExport
])

export const exportJobInput = z.strictObject({ jobId: uuid })

export const columnSetListInput = z.strictObject({ list: z.literal('cases') })

export const columnSetSaveInput = z.strictObject({
  list: z.literal('cases'),
  name: requiredText(40),
  columns
})

export const REVOCATION_AUTHORITIES = ['reconsideration', 'litigation', 'selfCorrection'] as const

export const caseRevokeInput = z.strictObject({
  caseId: uuid,
  on: calendarDate,
  authority: z.enum(REVOCATION_AUTHORITIES),
  reason: requiredText(2000)
})
