import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import type { CaseSource, CaseStatus } from '../../core/cases/vocabulary'
import { nominalDecisionDue } from '../../core/clocks/decision-due'
import type { Party } from '../../shared/schemas/party'
import type { CaseDetail, CaseSummary } from '../../shared/views'

export type CaseRow = {
  id: string
  origin_unit: string
  case_number: string
  cause: string
  source: CaseSource
  status: CaseStatus
  discovered_on: string
  filed_on: string | null
  sort_on: string
  facts: string
  officer1_id: string
  officer2_id: string
  party_names: string
  rev: number
  created_by: string
  created_at: string
  updated_at: string
  deleted_at: string | null
  decision_due_on: string | null
  violation_on: string | null
  /** 0 or 1: APL Art. 36 five-year limitation. */
  extended_limitation: number
}

export type SummaryRow = Pick<
  CaseRow,
  | 'id'
  | 'case_number'
  | 'cause'
  | 'source'
  | 'status'
  | 'discovered_on'
  | 'filed_on'
  | 'officer1_id'
  | 'officer2_id'
  | 'party_names'
  | 'updated_at'
> & { officer1_name: string; officer2_name: string }

type PartyRow = {
  id: string
  kind: 'person' | 'organisation'
  name: string
  id_number: string | null
  uscc: string | null
  legal_representative: string | null
  address: string
  contact: string
}

// Only the columns a summary shows: the long facts text stays on disk for list pages.
export const SUMMARY_COLUMNS = `c.id, c.case_number, c.cause, c.source, c.status, c.discovered_on, c.filed_on,
  c.officer1_id, c.officer2_id, c.party_names, c.updated_at,
  u1.display_name AS officer1_name, u2.display_name AS officer2_name`
export const SUMMARY_FROM =
  'FROM cases c JOIN users u1 ON u1.id = c.officer1_id JOIN users u2 ON u2.id = c.officer2_id'

/** Party names are stored joined by a separator no name can contain (control characters are refused). */
export const NAME_SEPARATOR = '\u001f'

export function toSummary(row: SummaryRow): CaseSummary {
  return {
    id: row.id,
    caseNumber: row.case_number,
    cause: row.cause,
    source: row.source,
    status: row.status,
    discoveredOn: row.discovered_on,
    filedOn: row.filed_on,
    partyNames: row.party_names.split(NAME_SEPARATOR),
    officers: [
      { id: row.officer1_id, displayName: row.officer1_name },
      { id: row.officer2_id, displayName: row.officer2_name }
    ],
    updatedAt: row.updated_at
  }
}

function toParty(row: PartyRow): Party & { id: string } {
  switch (row.kind) {
    case 'person':
      return {
        id: row.id,
        kind: 'person',
        name: row.name,
        idNumber: row.id_number ?? '',
        address: row.address,
        contact: row.contact
      }
    case 'organisation':
      return {
        id: row.id,
        kind: 'organisation',
        name: row.name,
        uscc: row.uscc ?? '',
        legalRepresentative: row.legal_representative ?? '',
        address: row.address,
        contact: row.contact
      }
  }
}

/** Advances and returns the 案号 serial for a prefix and year. */
export function nextSerial(db: Database.Database, prefix: string, year: number): number {
  const row = prepare(
    db,
    `INSERT INTO case_number_serials (prefix, year, last_serial) VALUES (?, ?, 1)
       ON CONFLICT (prefix, year) DO UPDATE SET last_serial = last_serial + 1
       RETURNING last_serial`
  ).get(prefix, year) as { last_serial: number }
  return row.last_serial
}

export function insertCase(
  db: Database.Database,
  row: Omit<CaseRow, 'deleted_at' | 'decision_due_on'>
): void {
  prepare(
    db,
    `INSERT INTO cases (id, origin_unit, case_number, cause, source, status, discovered_on, filed_on, sort_on,
       facts, officer1_id, officer2_id, party_names, rev, created_by, created_at, updated_at, decision_due_on,
       violation_on, extended_limitation)
     VALUES (@id, @origin_unit, @case_number, @cause, @source, @status, @discovered_on, @filed_on, @sort_on,
       @facts, @officer1_id, @officer2_id, @party_names, @rev, @created_by, @created_at, @updated_at,
       @decision_due_on, @violation_on, @extended_limitation)`
  ).run({ ...row, decision_due_on: row.filed_on ? nominalDecisionDue(row.filed_on) : null })
}

export type CaseChange = Pick<
  CaseRow,
  | 'id'
  | 'cause'
  | 'source'
  | 'discovered_on'
  | 'filed_on'
  | 'sort_on'
  | 'facts'
  | 'officer1_id'
  | 'officer2_id'
  | 'party_names'
  | 'updated_at'
  | 'violation_on'
  | 'extended_limitation'
>

/** Writes the change when the stored rev is `expectedRev`; returns false otherwise (someone else saved). */
export function updateCase(
  db: Database.Database,
  change: CaseChange,
  expectedRev: number
): boolean {
  const result = prepare(
    db,
    `UPDATE cases SET cause = @cause, source = @source, discovered_on = @discovered_on, filed_on = @filed_on,
         sort_on = @sort_on, facts = @facts, officer1_id = @officer1_id, officer2_id = @officer2_id,
         party_names = @party_names, updated_at = @updated_at, rev = rev + 1,
         violation_on = @violation_on, extended_limitation = @extended_limitation,
         decision_due_on = @decision_due_on
       WHERE id = @id AND rev = @expectedRev AND deleted_at IS NULL`
  ).run({
    ...change,
    expectedRev,
    decision_due_on: change.filed_on ? nominalDecisionDue(change.filed_on) : null
  })
  return result.changes === 1
}

/** Marks the case changed by a related record (e.g. an evaluation): rev + 1 if `expectedRev` matches. */
export function touchCase(
  db: Database.Database,
  id: string,
  expectedRev: number,
  at: string
): boolean {
  const result = prepare(
    db,
    'UPDATE cases SET rev = rev + 1, updated_at = ? WHERE id = ? AND rev = ? AND deleted_at IS NULL'
  ).run(at, id, expectedRev)
  return result.changes === 1
}

/** Files a registered clue through the lifecycle: the filing date is also the list's sort key. */
export function setFiledOn(db: Database.Database, id: string, filedOn: string): void {
  prepare(db, 'UPDATE cases SET filed_on = ?, sort_on = ? WHERE id = ?').run(filedOn, filedOn, id)
}

/** Sets the stage; callers check that the transition is allowed and write the audit entry. */
export function setCaseStatus(db: Database.Database, id: string, status: CaseStatus): void {
  prepare(db, 'UPDATE cases SET status = ? WHERE id = ?').run(status, id)
}

export function softDeleteCase(
  db: Database.Database,
  id: string,
  expectedRev: number,
  at: string,
  reason: string
): boolean {
  const result = prepare(
    db,
    `UPDATE cases SET deleted_at = ?, deleted_reason = ?, updated_at = ?, rev = rev + 1
       WHERE id = ? AND rev = ? AND deleted_at IS NULL`
  ).run(at, reason, at, id, expectedRev)
  return result.changes === 1
}

export function replaceParties(
  db: Database.Database,
  caseId: string,
  parties: readonly Party[],
  newId: () => string
): void {
  // A party keeps its id across edits (by position): a save that leaves the parties as they were
  // leaves them as they were in the exchanged record too, so a merge conflict between two edits of
  // the facts does not also show the parties as changed.
  const kept = (
    prepare(db, 'SELECT id FROM parties WHERE case_id = ? ORDER BY position').all(caseId) as {
      id: string
    }[]
  ).map((r) => r.id)
  const idAt = (i: number) => kept[i] ?? newId()
  prepare(db, 'DELETE FROM parties WHERE case_id = ?').run(caseId)
  const insert = prepare(
    db,
    `INSERT INTO parties (id, case_id, position, kind, name, id_number, uscc, legal_representative, address, contact)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
  )
  parties.forEach((p, i) => {
    switch (p.kind) {
      case 'person':
        insert.run(idAt(i), caseId, i, p.kind, p.name, p.idNumber, null, null, p.address, p.contact)
        return
      case 'organisation':
        insert.run(
          idAt(i),
          caseId,
          i,
          p.kind,
          p.name,
          null,
          p.uscc,
          p.legalRepresentative,
          p.address,
          p.contact
        )
        return
    }
  })
}

export function joinPartyNames(parties: readonly Party[]): string {
  return parties.map((p) => p.name).join(NAME_SEPARATOR)
}

/**
 * Rewrites the case's full-text row: party names and identifiers, and the case's own text. Written
 * through the view case_search, whose trigger pads each column for the 1–2-character search
 * (migration 0100); the list reads the index table case_search_text (list.ts, search.ts).
 */
export function indexCase(
  db: Database.Database,
  caseId: string,
  parties: readonly Party[],
  body: string[]
): void {
  removeFromIndex(db, caseId)
  const partyText = parties
    .map((p) =>
      [
        p.name,
        p.kind === 'person' ? p.idNumber : p.uscc,
        p.kind === 'organisation' ? p.legalRepresentative : ''
      ].join(' ')
    )
    .join('\n')
  prepare(
    db,
    'INSERT INTO case_search (rowid, parties, body) SELECT row_no, ?, ? FROM cases WHERE id = ?'
  ).run(partyText, body.join('\n'), caseId)
}

export function removeFromIndex(db: Database.Database, caseId: string): void {
  prepare(db, 'DELETE FROM case_search WHERE rowid = (SELECT row_no FROM cases WHERE id = ?)').run(
    caseId
  )
}

export function getCaseRow(db: Database.Database, id: string): CaseRow | null {
  return (prepare(db, 'SELECT * FROM cases WHERE id = ?').get(id) as CaseRow | undefined) ?? null
}

export function getCaseDetail(db: Database.Database, id: string): CaseDetail | null {
  const row = prepare(
    db,
    `SELECT ${SUMMARY_COLUMNS}, c.facts, c.origin_unit, c.rev, c.created_at, c.violation_on,
       c.extended_limitation ${SUMMARY_FROM} WHERE c.id = ? AND c.deleted_at IS NULL`
  ).get(id) as
    | (SummaryRow &
        Pick<
          CaseRow,
          'facts' | 'origin_unit' | 'rev' | 'created_at' | 'violation_on' | 'extended_limitation'
        >)
    | undefined
  if (!row) return null
  const parties = prepare(db, 'SELECT * FROM parties WHERE case_id = ? ORDER BY position').all(
    id
  ) as PartyRow[]
  return {
    ...toSummary(row),
    violationOn: row.violation_on,
    extendedLimitation: row.extended_limitation === 1,
    facts: row.facts,
    parties: parties.map(toParty),
    originUnit: row.origin_unit,
    rev: row.rev,
    createdAt: row.created_at
  }
}
