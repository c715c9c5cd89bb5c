// The rows of one seeded case, written with the seed's prepared statements: the case, its parties,
// the evaluation, the recorded actions, payments, the education record, a revocation, and the two
// projections the app would have derived (case_facts, case_outcomes).
import { groundEstablishesViolation } from '../../../core/discretion/outcome-labels'
import { annualColumn } from '../../../core/statistics/annual-columns'
import type { PartyInput } from '../../../shared/schemas/party'
import { NAME_SEPARATOR } from '../../cases/repo'
import { daysBetween } from '../dates'
import { caseFact, peerCase, type CaseIdentity } from './derived'
import { seededFactHash } from './fact-hash'
import type { SeededIds } from './ids'
import type { CasePlan, Recorder } from './plan-types'
import type { SeedStatements } from './statements'
import { isoOf } from './times'
import type { SeedUnit } from './units'
import type { UnitConfig } from '../../../core/discretion/config-schema'

export type CaseRow = CaseIdentity & {
  source: string
  discoveredOn: string
  violationOn: string
  facts: string
  officerIds: readonly [string, string]
  parties: readonly PartyInput[]
  createdMs: number
  /** Soft-deleted (a duplicate registration) at this moment, or null. */
  deletedMs: number | null
  decisionDueOn: string | null
  paymentDueOn: string | null
}

export type RowCounts = Record<
  | 'cases'
  | 'parties'
  | 'evaluations'
  | 'events'
  | 'payments'
  | 'education'
  | 'revocations'
  | 'facts'
  | 'outcomes',
  number
>

export const DELETED_REASON = '重复登记'

function writeParties(sql: SeedStatements, ids: SeededIds, c: CaseRow): void {
  c.parties.forEach((p, position) => {
    const person = p.kind === 'person'
    sql.party.run(
      ids(c.createdMs),
      c.id,
      position,
      p.kind,
      p.name,
      person ? p.idNumber : null,
      person ? null : p.uscc,
      person ? null : p.legalRepresentative,
      p.address,
      p.contact
    )
  })
}

function userOf(unit: SeedUnit, c: CaseRow, by: Recorder): string {
  switch (by) {
    case 'officer':
      return c.officerIds[0]
    case 'head':
      return unit.headId
    case 'reviewer':
      return unit.reviewerId
  }
}

function writeRecords(
  sql: SeedStatements,
  ids: SeededIds,
  unit: SeedUnit,
  c: CaseRow,
  plan: CasePlan
) {
  const officer = c.officerIds[0]
  const e = plan.evaluation
  if (e) {
    const r = e.result
    const o = r.outcome
    const establishes = o.level === 'NO_PENALTY' ? groundEstablishesViolation(o.ground) : true
    sql.evaluation.run(
      ids(e.atMs),
      c.id,
      r.itemCode,
      e.facts.dates.violation,
      establishes ? 1 : 0,
      r.versions.benchmarkApplied.id,
      `${r.versions.statuteApplied.law} ${r.versions.statuteApplied.version}`,
      e.priorViolations,
      e.stored.factsJson,
      e.stored.resultJson,
      o.level,
      r.fine?.minFen ?? null,
      r.fine?.maxFen ?? null,
      c.unitCode,
      officer,
      isoOf(e.atMs)
    )
  }
  plan.acts.forEach(({ action, by, atMs }, i) => {
    const at = isoOf(atMs)
    const user = userOf(unit, c, by)
    sql.event.run(
      ids(atMs),
      c.id,
      i + 1,
      action.kind,
      action.on,
      JSON.stringify(action),
      c.unitCode,
      user,
      at
    )
    if (action.kind === 'decide' && action.outcome === 'noPenalty') {
      const edu = action.education
      const forms = JSON.stringify(edu.forms)
      sql.education.run(
        c.id,
        forms,
        edu.content,
        edu.educatedOn,
        edu.followUpOn,
        c.unitCode,
        user,
        at
      )
    }
  })
  const paymentIds: string[] = []
  for (const p of plan.payments) {
    const id = ids(p.atMs)
    paymentIds.push(id)
    const reverses = p.reverses === null ? null : (paymentIds[p.reverses] ?? null)
    sql.payment.run(
      id,
      c.id,
      p.paidOn,
      p.amountFen,
      p.receiptNo,
      p.note,
      reverses,
      c.unitCode,
      officer,
      isoOf(p.atMs)
    )
  }
  const r = plan.revocation
  if (r)
    sql.revocation.run(c.id, r.on, r.authority, r.reason, c.unitCode, unit.headId, isoOf(r.atMs))
}

function writeProjections(
  sql: SeedStatements,
  c: CaseRow,
  plan: CasePlan,
  config: UnitConfig
): boolean {
  const fact = caseFact(c, plan, c.decisionDueOn)
  const d = fact.decision
  const { h1, h2 } = seededFactHash(fact)
  sql.fact.run(
    fact.caseId,
    fact.caseNumber,
    fact.unitCode,
    fact.cause,
    fact.itemCode,
    fact.itemName,
    fact.filedOn,
    fact.decidedOn,
    d?.outcome ?? null,
    d?.outcome === 'penalty' ? d.procedure : d ? 'ordinary' : null,
    d?.outcome === 'penalty' ? d.penalty.types.join(',') : '',
    d?.outcome === 'penalty' ? d.penalty.fineFen : null,
    d?.outcome === 'penalty' ? d.penalty.confiscationFen : null,
    d?.outcome === 'noPenalty' ? d.ground : null,
    fact.revokedOn,
    fact.transferredOn,
    fact.closedOn,
    fact.decisionDueOn,
    fact.hearingHeldOn,
    fact.legalReviewedOn,
    fact.collectiveDiscussedOn,
    fact.fastTrack ? 1 : 0,
    d?.outcome === 'penalty' ? annualColumn(d.penalty.types) : null,
    fact.filedOn !== null && fact.decidedOn !== null
      ? daysBetween(fact.filedOn, fact.decidedOn)
      : null,
    h1,
    h2
  )
  const peer = peerCase(c, plan, config)
  if (peer) {
    sql.outcome.run(
      peer.caseId,
      peer.caseNumber ?? '',
      peer.unitCode,
      peer.itemCode,
      peer.itemName,
      peer.benchmarkId,
      peer.level,
      peer.decidedOn,
      peer.fineFen,
      peer.position,
      peer.finePerBase
    )
  }
  return peer !== null
}

export function writeCase(
  sql: SeedStatements,
  ids: SeededIds,
  unit: SeedUnit,
  c: CaseRow,
  plan: CasePlan,
  config: UnitConfig,
  counts: RowCounts
): void {
  const created = isoOf(c.createdMs)
  const touches = (plan.evaluation ? 1 : 0) + plan.acts.length + (c.deletedMs === null ? 0 : 1)
  const updatedMs = c.deletedMs ?? plan.touchedMs ?? c.createdMs
  const deleted = c.deletedMs === null ? null : isoOf(c.deletedMs)
  sql.case.run(
    c.id,
    c.unitCode,
    c.caseNumber,
    c.cause,
    c.source,
    c.status,
    c.discoveredOn,
    c.filedOn,
    c.filedOn ?? c.discoveredOn,
    c.facts,
    c.officerIds[0],
    c.officerIds[1],
    c.parties.map((p) => p.name).join(NAME_SEPARATOR),
    1 + touches,
    c.officerIds[0],
    created,
    isoOf(updatedMs),
    deleted,
    deleted === null ? null : DELETED_REASON,
    c.decisionDueOn,
    c.violationOn,
    c.paymentDueOn
  )
  writeParties(sql, ids, c)
  writeRecords(sql, ids, unit, c, plan)
  counts.cases++
  counts.parties += c.parties.length
  counts.evaluations += plan.evaluation ? 1 : 0
  counts.events += plan.acts.length
  counts.payments += plan.payments.length
  counts.education += plan.acts.some(
    (a) => a.action.kind === 'decide' && a.action.outcome === 'noPenalty'
  )
    ? 1
    : 0
  counts.revocations += plan.revocation ? 1 : 0
  if (c.deletedMs === null) {
    counts.facts++
    if (writeProjections(sql, c, plan, config)) counts.outcomes++
  }
}
