// Records of every exchanged kind, read from and written to their tables (raw SQL), and the one way a
// record is serialised and hashed: its columns in the order of EXCHANGE_COLUMNS, so the same record
// hashes the same in every installation.
import { hash } from 'node:crypto'
import type Database from 'better-sqlite3'
import {
  EXCHANGE_COLUMNS,
  RECORD_KINDS,
  type RecordKind
} from '../../shared/schemas/exchange-records'
import { NAME_SEPARATOR } from '../cases/repo'
import { prepare } from '../db/statements'

export type Row = Record<string, unknown>

type KindTable = {
  table: string
  key: string
  /** Mutable after it is written: carries a lineage. */
  versioned: boolean
  /** The case a record belongs to, for the case's aggregate in a period package. */
  caseColumn: string | null
}

export const KIND_TABLES: Record<RecordKind, KindTable> = {
  user: { table: 'users', key: 'id', versioned: false, caseColumn: null },
  case: { table: 'cases', key: 'id', versioned: true, caseColumn: 'id' },
  evidence: { table: 'evidence', key: 'id', versioned: true, caseColumn: 'case_id' },
  caseEvent: { table: 'case_events', key: 'id', versioned: false, caseColumn: 'case_id' },
  evaluation: { table: 'case_evaluations', key: 'id', versioned: false, caseColumn: 'case_id' },
  document: { table: 'documents', key: 'id', versioned: false, caseColumn: 'case_id' },
  payment: { table: 'payments', key: 'id', versioned: false, caseColumn: 'case_id' },
  publicService: {
    table: 'public_service_events',
    key: 'id',
    versioned: false,
    caseColumn: 'case_id'
  },
  fastTrack: { table: 'fast_track_marks', key: 'case_id', versioned: false, caseColumn: 'case_id' },
  revocation: {
    table: 'decision_revocations',
    key: 'case_id',
    versioned: false,
    caseColumn: 'case_id'
  },
  education: { table: 'education_records', key: 'case_id', versioned: true, caseColumn: 'case_id' },
  verdict: { table: 'review_verdicts', key: 'id', versioned: false, caseColumn: 'case_id' },
  clue: { table: 'enterprise_clues', key: 'id', versioned: true, caseColumn: null },
  clueStep: { table: 'clue_steps', key: 'id', versioned: false, caseColumn: null },
  loss: { table: 'recovered_losses', key: 'id', versioned: false, caseColumn: null },
  inspection: { table: 'enterprise_inspections', key: 'id', versioned: false, caseColumn: null },
  inspectionVoid: {
    table: 'inspection_voids',
    key: 'inspection_id',
    versioned: false,
    caseColumn: null
  }
}

const PARTY_COLUMNS = Object.keys(EXCHANGE_COLUMNS.case.parties.element.shape)

/** The table columns of a kind (a case's parties travel inside it, not as a column). */
export function columnsOf(kind: RecordKind): string[] {
  return Object.keys(EXCHANGE_COLUMNS[kind]).filter((c) => !(kind === 'case' && c === 'parties'))
}

const COLUMNS = Object.fromEntries(RECORD_KINDS.map((k) => [k, columnsOf(k)])) as Record<
  RecordKind,
  string[]
>

function pick(row: Row, columns: readonly string[]): Row {
  const out: Row = {}
  for (const c of columns) out[c] = row[c] ?? null
  return out
}

/** The record in canonical column order (parties by position). */
export function canonicalRecord(kind: RecordKind, row: Row, parties?: readonly Row[]): Row {
  const out = pick(row, COLUMNS[kind])
  if (kind === 'case') {
    const list = [...(parties ?? (row.parties as Row[] | undefined) ?? [])]
    list.sort((a, b) => Number(a.position) - Number(b.position))
    out.parties = list.map((p) => pick(p, PARTY_COLUMNS))
  }
  return out
}

export function recordJson(kind: RecordKind, record: Row): string {
  return JSON.stringify(canonicalRecord(kind, record))
}

/** SHA-256 of the canonical record: its version hash (one-shot: a Hash object per record cost
 * more than the hashing, hundreds of thousands of times in an import or export). */
export function recordHash(kind: RecordKind, record: Row): string {
  return hash('sha256', recordJson(kind, record), 'hex')
}

export function recordKey(kind: RecordKind, record: Row): string {
  return String(record[KIND_TABLES[kind].key])
}

function selectColumns(kind: RecordKind): string {
  return COLUMNS[kind].join(', ')
}

function partiesOf(db: Database.Database, caseId: string): Row[] {
  return prepare(
    db,
    `SELECT ${PARTY_COLUMNS.join(', ')} FROM parties WHERE case_id = ? ORDER BY position`
  ).all(caseId) as Row[]
}

/** Whether a record with that key is stored (cheaper than reading it, for the many new records). */
export function recordExists(db: Database.Database, kind: RecordKind, key: string): boolean {
  const t = KIND_TABLES[kind]
  return prepare(db, `SELECT 1 FROM ${t.table} WHERE ${t.key} = ?`).get(key) !== undefined
}

/** The stored record with that key, in canonical form, or null. */
export function readRecord(db: Database.Database, kind: RecordKind, key: string): Row | null {
  const t = KIND_TABLES[kind]
  const row = prepare(db, `SELECT ${selectColumns(kind)} FROM ${t.table} WHERE ${t.key} = ?`).get(
    key
  ) as Row | undefined
  if (!row) return null
  return canonicalRecord(kind, row, kind === 'case' ? partiesOf(db, key) : undefined)
}

/**
 * Every stored record of a kind matching `where` (SQL over the kind's table, alias `t`), in key order
 * — creation order for UUIDv7 keys, so a record that references an earlier one of its kind (a
 * reversal, a corrected document) comes after it.
 */
export function* readRecords(
  db: Database.Database,
  kind: RecordKind,
  where = '1',
  params: Record<string, unknown> = {}
): Generator<Row> {
  const t = KIND_TABLES[kind]
  const rows = prepare(
    db,
    `SELECT ${COLUMNS[kind].map((c) => `t.${c}`).join(', ')} FROM ${t.table} t WHERE ${where}
      ORDER BY t.${t.key}`
  ).all(params) as Row[]
  if (kind !== 'case') {
    for (const row of rows) yield canonicalRecord(kind, row)
    return
  }
  // Parties in one ordered pass beside the cases, rather than one query per case.
  const all = rows
  const byCase = new Map<string, Row[]>()
  const ids = all.map((r) => String(r.id))
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500)
    const parties = db
      .prepare(
        `SELECT ${PARTY_COLUMNS.join(', ')} FROM parties WHERE case_id IN (${chunk.map(() => '?').join(',')})`
      )
      .all(...chunk) as Row[]
    for (const p of parties) {
      const list = byCase.get(String(p.case_id)) ?? []
      list.push(p)
      byCase.set(String(p.case_id), list)
    }
  }
  for (const row of all) yield canonicalRecord(kind, row, byCase.get(String(row.id)) ?? [])
}

const INSERT_SQL = Object.fromEntries(
  RECORD_KINDS.map((kind) => {
    const t = KIND_TABLES[kind]
    const cols = kind === 'case' ? [...COLUMNS[kind], 'party_names'] : COLUMNS[kind]
    const sql = `INSERT INTO ${t.table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`
    return [kind, sql]
  })
) as Record<RecordKind, string>

/** The columns written: the record's, plus the list page's party names, which are derived from the
 * parties here as everywhere (and so do not travel). */
function sqlValues(kind: RecordKind, record: Row): Row {
  const values = pick(record, COLUMNS[kind])
  if (kind === 'case') {
    values.party_names = (record.parties as Row[]).map((p) => String(p.name)).join(NAME_SEPARATOR)
  }
  return values
}

function writeParties(db: Database.Database, record: Row, replacing: boolean): void {
  if (replacing) prepare(db, 'DELETE FROM parties WHERE case_id = ?').run(record.id)
  const insert = prepare(
    db,
    `INSERT INTO parties (${PARTY_COLUMNS.join(', ')}) VALUES (${PARTY_COLUMNS.map((c) => `@${c}`).join(', ')})`
  )
  for (const p of record.parties as Row[]) insert.run(p)
}

export function insertRecord(db: Database.Database, kind: RecordKind, record: Row): void {
  prepare(db, INSERT_SQL[kind]).run(sqlValues(kind, record))
  if (kind === 'case') writeParties(db, record, false)
}

/** Replaces a versioned record's content with an incoming version (its key stays). */
export function replaceRecord(db: Database.Database, kind: RecordKind, record: Row): void {
  const t = KIND_TABLES[kind]
  const cols = [...COLUMNS[kind], ...(kind === 'case' ? ['party_names'] : [])].filter(
    (c) => c !== t.key
  )
  prepare(
    db,
    `UPDATE ${t.table} SET ${cols.map((c) => `${c} = @${c}`).join(', ')} WHERE ${t.key} = @${t.key}`
  ).run(sqlValues(kind, record))
  if (kind === 'case') writeParties(db, record, true)
}
