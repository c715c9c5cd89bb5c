// The case_facts projection: derives a case's CaseFact from its records and rewrites its row. Triggers
// (db/migrations/0070_statistics.sql) mark a case dirty in the transaction of any write to its
// records; syncCaseFacts re-derives the dirty rows before a count, and rebuildCaseFacts recomputes
// every row (to prove the projection current, or after an import).
import type Database from 'better-sqlite3'
import type { CaseFact } from '../../core/statistics/case-fact'
import type { NoPenaltyGround } from '../../core/discretion/result-types'
import type { FlexibleCase } from '../../core/flexible/exemption'
import { foldActions } from '../../core/lifecycle/progress'
import { annualColumn } from '../../core/statistics/annual-columns'
import { daysBetween } from '../../core/discretion/dates'
import { prepare } from '../db/statements'
import { toFlexibleCase } from '../flexible/flexible-facts'
import { flexibleCaseRow } from '../flexible/flexible-repo'
import { caseActions } from '../lifecycle/repo'
import { factHashSlices } from './fingerprint'

type CaseRow = {
  id: string
  case_number: string
  origin_unit: string
  cause: string
  status: string
  filed_on: string | null
  decision_due_on: string | null
  deleted_at: string | null
}

/** The statistics' reading of a no-penalty ground: list items count under the Art. 33 ¶1 sentence
 * they implement (core/flexible exemptionOf), other grounds as the engine named them. */
function statisticsGround(c: FlexibleCase, raw: string | null): NoPenaltyGround | null {
  switch (c.exemption) {
    case 'firstViolation':
      return 'firstViolationExemption'
    case 'minor':
      return 'minorViolationExemption'
    case null:
      return raw as NoPenaltyGround | null
  }
}

/** The fact of one live case, or null when the case does not exist or is deleted. */
export function deriveCaseFact(db: Database.Database, caseId: string): CaseFact | null {
  const row = prepare(
    db,
    `SELECT id, case_number, origin_unit, cause, status, filed_on, decision_due_on, deleted_at
       FROM cases WHERE id = ?`
  ).get(caseId) as CaseRow | undefined
  if (!row || row.deleted_at !== null) return null
  // The same starting point as the lifecycle's own fold (src/server/lifecycle/state.ts).
  const start = row.filed_on && row.status !== 'REGISTERED' ? 'FILED' : 'REGISTERED'
  const p = foldActions(start, start === 'FILED' ? row.filed_on : null, caseActions(db, caseId))
  // The decisive evaluation, fast track and public service as the flexible-enforcement rules read
  // them (server/flexible/flexible-facts.ts): one reading for #/flexible and the statistics.
  const flex = flexibleCaseRow(db, caseId)
  const flexible = flex ? toFlexibleCase(flex) : null
  const revoked = prepare(db, 'SELECT revoked_on FROM decision_revocations WHERE case_id = ?').get(
    caseId
  ) as { revoked_on: string } | undefined
  const d = p.decision
  const service = flexible?.publicService
  const served = service !== undefined && (service.hoursTenths > 0 || service.pointsTenths > 0)
  return {
    caseId,
    caseNumber: row.case_number,
    unitCode: row.origin_unit,
    cause: row.cause,
    itemCode: flex?.item_code ?? null,
    itemName: flex?.item_name ?? flex?.item_code ?? null,
    filedOn: p.filedOn,
    decidedOn: d?.on ?? null,
    decision:
      d === null
        ? null
        : d.outcome === 'penalty'
          ? { outcome: 'penalty', procedure: d.procedure, penalty: d.penalty }
          : {
              outcome: 'noPenalty',
              ground:
                flexible && flex?.outcome_level === 'NO_PENALTY'
                  ? statisticsGround(flexible, flex.ground)
                  : null
            },
    revokedOn: d ? (revoked?.revoked_on ?? null) : null,
    transferredOn: p.transferredOn,
    closedOn: p.closedOn,
    decisionDueOn: p.filedOn ? row.decision_due_on : null,
    hearingHeldOn: p.hearing?.heldOn ?? null,
    legalReviewedOn: p.review?.on ?? null,
    collectiveDiscussedOn: p.collectiveDiscussionOn,
    fastTrack: flexible?.fastTrack ?? false,
    publicService: served ? service : null
  }
}

export function writeCaseFact(db: Database.Database, caseId: string, fact: CaseFact | null): void {
  prepare(db, 'DELETE FROM case_facts WHERE case_id = ?').run(caseId)
  if (!fact) return
  const d = fact.decision
  prepare(
    db,
    `INSERT INTO case_facts (case_id, case_number, unit_code, cause, item_code, item_name, filed_on,
       decided_on, outcome, procedure, penalty_types, fine_fen, confiscation_fen, no_penalty_ground,
       revoked_on, transferred_on, closed_on, decision_due_on, hearing_held_on, legal_reviewed_on,
       collective_on, fast_track, ps_hours_tenths, ps_points_tenths, ps_offset_fen, annual_column,
       decision_days, h1, h2)
     VALUES (@caseId, @caseNumber, @unitCode, @cause, @itemCode, @itemName, @filedOn, @decidedOn,
       @outcome, @procedure, @types, @fineFen, @confiscationFen, @ground, @revokedOn, @transferredOn,
       @closedOn, @decisionDueOn, @hearingHeldOn, @legalReviewedOn, @collectiveOn, @fastTrack,
       @psHours, @psPoints, @psOffset, @annualColumn, @days, @h1, @h2)`
  ).run({
    caseId: fact.caseId,
    caseNumber: fact.caseNumber,
    unitCode: fact.unitCode,
    cause: fact.cause,
    itemCode: fact.itemCode,
    itemName: fact.itemName,
    filedOn: fact.filedOn,
    decidedOn: fact.decidedOn,
    outcome: d?.outcome ?? null,
    procedure: d?.outcome === 'penalty' ? d.procedure : d ? 'ordinary' : null,
    types: d?.outcome === 'penalty' ? d.penalty.types.join(',') : '',
    fineFen: d?.outcome === 'penalty' ? d.penalty.fineFen : null,
    confiscationFen: d?.outcome === 'penalty' ? d.penalty.confiscationFen : null,
    ground: d?.outcome === 'noPenalty' ? d.ground : null,
    revokedOn: fact.revokedOn,
    transferredOn: fact.transferredOn,
    closedOn: fact.closedOn,
    decisionDueOn: fact.decisionDueOn,
    hearingHeldOn: fact.hearingHeldOn,
    legalReviewedOn: fact.legalReviewedOn,
    collectiveOn: fact.collectiveDiscussedOn,
    fastTrack: fact.fastTrack ? 1 : 0,
    psHours: fact.publicService?.hoursTenths ?? null,
    psPoints: fact.publicService?.pointsTenths ?? null,
    psOffset: fact.publicService?.offsetFen ?? null,
    annualColumn: d?.outcome === 'penalty' ? annualColumn(d.penalty.types) : null,
    days:
      fact.filedOn !== null && fact.decidedOn !== null
        ? daysBetween(fact.filedOn, fact.decidedOn)
        : null,
    ...factHashSlices(fact)
  })
}

/** Rewrites the case's row from its records; call inside the transaction of the write. */
export function refreshCaseFact(db: Database.Database, caseId: string): void {
  writeCaseFact(db, caseId, deriveCaseFact(db, caseId))
}

/** Re-derives the rows of the cases marked dirty since the last count; returns how many. */
export function syncCaseFacts(db: Database.Database): number {
  return db.transaction(() => {
    const ids = prepare(db, 'SELECT case_id FROM case_facts_dirty').pluck().all() as string[]
    for (const id of ids) refreshCaseFact(db, id)
    prepare(db, 'DELETE FROM case_facts_dirty').run()
    return ids.length
  })()
}

/** Recomputes every row from the records, in one transaction; returns the number of cases. */
export function rebuildCaseFacts(db: Database.Database): number {
  return db.transaction(() => {
    prepare(db, 'DELETE FROM case_facts').run()
    prepare(db, 'DELETE FROM case_facts_dirty').run()
    const ids = prepare(db, 'SELECT id FROM cases WHERE deleted_at IS NULL')
      .pluck()
      .all() as string[]
    for (const id of ids) refreshCaseFact(db, id)
    return ids.length
  })()
}
