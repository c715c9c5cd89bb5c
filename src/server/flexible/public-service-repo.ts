// 公益减罚 records (public_service_events, migration 0060): an application, then at most one
// verification or withdrawal, all append-only. The current state of an application is the fold of
// its rows, done here in SQL.
import type Database from 'better-sqlite3'
import type { ServiceDone } from '../../core/flexible/public-service'
import type { ServiceMeasure } from '../../core/flexible/vocabulary'
import type { PublicServiceView } from '../../shared/flexible-views'
import { prepare } from '../db/statements'

export type PublicServiceEventRow = {
  id: string
  case_id: string
  application_id: string
  kind: 'apply' | 'verify' | 'withdraw'
  service_code: string
  service_name: string
  measure: ServiceMeasure
  quantity_tenths: number | null
  on_date: string
  evidence_id: string | null
  note: string
  origin_unit: string
  created_by: string
  created_at: string
}

export function insertPublicServiceEvent(db: Database.Database, row: PublicServiceEventRow): void {
  prepare(
    db,
    `INSERT INTO public_service_events (id, case_id, application_id, kind, service_code, service_name,
       measure, quantity_tenths, on_date, evidence_id, note, origin_unit, created_by, created_at)
     VALUES (@id, @case_id, @application_id, @kind, @service_code, @service_name, @measure,
       @quantity_tenths, @on_date, @evidence_id, @note, @origin_unit, @created_by, @created_at)`
  ).run(row)
}

type FoldedRow = {
  application_id: string
  case_id: string
  service_code: string
  service_name: string
  measure: ServiceMeasure
  applied_tenths: number
  applied_on: string
  statement: string
  verified_tenths: number | null
  verified_on: string | null
  verified_by: string | null
  evidence_id: string | null
  evidence_title: string | null
  verify_note: string | null
  withdrawn: string | null
  withdraw_note: string | null
}

const FOLDED = `SELECT a.id AS application_id, a.case_id, a.service_code, a.service_name, a.measure,
    a.quantity_tenths AS applied_tenths, a.on_date AS applied_on, a.note AS statement,
    v.quantity_tenths AS verified_tenths, v.on_date AS verified_on, vu.display_name AS verified_by,
    v.evidence_id, ev.title AS evidence_title, v.note AS verify_note,
    w.id AS withdrawn, w.note AS withdraw_note
  FROM public_service_events a
  LEFT JOIN public_service_events v ON v.application_id = a.id AND v.kind = 'verify'
  LEFT JOIN users vu ON vu.id = v.created_by
  LEFT JOIN evidence ev ON ev.id = v.evidence_id
  LEFT JOIN public_service_events w ON w.application_id = a.id AND w.kind = 'withdraw'
  WHERE a.kind = 'apply'`

function toView(r: FoldedRow): PublicServiceView {
  const status =
    r.withdrawn !== null ? 'withdrawn' : r.verified_on !== null ? 'verified' : 'applied'
  return {
    applicationId: r.application_id,
    caseId: r.case_id,
    serviceCode: r.service_code,
    serviceName: r.service_name,
    measure: r.measure,
    appliedTenths: r.applied_tenths,
    appliedOn: r.applied_on,
    statement: r.statement,
    status,
    verifiedTenths: r.verified_tenths,
    verifiedOn: r.verified_on,
    verifiedBy: r.verified_by,
    evidenceId: r.evidence_id,
    evidenceTitle: r.evidence_title,
    note: r.verify_note ?? r.withdraw_note
  }
}

export function publicServiceOfCase(db: Database.Database, caseId: string): PublicServiceView[] {
  const rows = prepare(
    db,
    `${FOLDED} AND a.case_id = ? ORDER BY a.on_date, a.created_at, a.id`
  ).all(caseId) as FoldedRow[]
  return rows.map(toView)
}

export function getPublicService(
  db: Database.Database,
  applicationId: string
): PublicServiceView | null {
  const row = prepare(db, `${FOLDED} AND a.id = ?`).get(applicationId) as FoldedRow | undefined
  return row ? toView(row) : null
}

/** What the discretion engine offsets: verified, never withdrawn service of the case. */
export function verifiedServiceOfCase(db: Database.Database, caseId: string): ServiceDone[] {
  return prepare(
    db,
    `SELECT v.service_code AS serviceCode, v.quantity_tenths AS quantityTenths
     FROM public_service_events v
     WHERE v.case_id = ? AND v.kind = 'verify'
       AND NOT EXISTS (SELECT 1 FROM public_service_events w
                       WHERE w.application_id = v.application_id AND w.kind = 'withdraw')
     ORDER BY v.on_date, v.created_at, v.id`
  ).all(caseId) as ServiceDone[]
}

function totals(services: readonly ServiceDone[]): string {
  const sums = new Map<string, number>()
  for (const s of services)
    sums.set(s.serviceCode, (sums.get(s.serviceCode) ?? 0) + s.quantityTenths)
  return JSON.stringify([...sums].sort(([a], [b]) => (a < b ? -1 : 1)))
}

/**
 * The verified service the case's latest evaluation did not count (the officer verified it after
 * evaluating), or null when the evaluation is current. A notice or penalty decision on a stale
 * evaluation would leave the reduction out of the decision.
 */
export function serviceNotEvaluated(db: Database.Database, caseId: string): string | null {
  const verified = verifiedServiceOfCase(db, caseId)
  if (verified.length === 0) return null
  const latest = prepare(
    db,
    'SELECT facts FROM case_evaluations WHERE case_id = ? ORDER BY created_at DESC, id DESC LIMIT 1'
  ).get(caseId) as { facts: string } | undefined
  const evaluated = latest
    ? ((JSON.parse(latest.facts) as { publicService?: ServiceDone[] }).publicService ?? [])
    : []
  if (totals(evaluated) === totals(verified)) return null
  return verified.map((s) => `${s.serviceCode} ${s.quantityTenths / 10}`).join('、')
}
