// Which records a package carries: everything, a period's records with what they reference, or the
// changes since an earlier package of this installation.
import type Database from 'better-sqlite3'
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/exchange-records'
import type { PackageScope } from '../../shared/schemas/exchange'
import { AppError } from '../../shared/errors'
import { prepare } from '../db/statements'
import { KIND_TABLES, readRecords, recordHash, recordKey, type Row } from './records'
import type { LineageView } from '../../core/exchange/lineage'
import { currentLineage, storedLineage } from './versions'

export type Selection = Map<RecordKind, Row[]>

/** The columns that name a user, in any kind. */
const USER_COLUMNS = [
  'created_by',
  'officer1_id',
  'officer2_id',
  'issued_by',
  'followed_up_by'
] as const

/** Append-only kinds are new since a package when their rowid is above its high-water mark. */
export type Marks = Partial<Record<RecordKind, number>>

export function currentMarks(db: Database.Database): Marks {
  const marks: Marks = {}
  for (const kind of RECORD_KINDS) {
    const t = KIND_TABLES[kind]
    if (t.versioned || kind === 'user') continue
    const row = prepare(db, `SELECT max(rowid) AS m FROM ${t.table}`).get() as { m: number | null }
    marks[kind] = row.m ?? 0
  }
  return marks
}

const idList = (ids: Iterable<string>) => JSON.stringify([...ids])
const IN_IDS = (column: string) => `t.${column} IN (SELECT value FROM json_each(@ids))`

function byIds(db: Database.Database, kind: RecordKind, column: string, ids: Set<string>): Row[] {
  if (ids.size === 0) return []
  return [...readRecords(db, kind, IN_IDS(column), { ids: idList(ids) })]
}

function selectAll(db: Database.Database): Selection {
  const s: Selection = new Map()
  for (const kind of RECORD_KINDS) if (kind !== 'user') s.set(kind, [...readRecords(db, kind)])
  return s
}

/**
 * A period's cases (by filing date, or discovery while only registered), clues (received),
 * recovered losses and inspections (by date), each with everything it references, so the package
 * stands on its own: a reversal brings its original, a loss its case and clue.
 */
function selectPeriod(db: Database.Database, from: string, to: string): Selection {
  const p = { from, to }
  const losses = new Map<string, Row>()
  for (const r of readRecords(db, 'loss', 't.on_date BETWEEN @from AND @to', p)) {
    losses.set(String(r.id), r)
  }
  // A reversal or a flagged duplicate points at an earlier entry, perhaps of an earlier period.
  for (let pending = [...losses.values()]; pending.length > 0;) {
    const wanted = new Set<string>()
    for (const r of pending) {
      for (const c of ['reverses_id', 'duplicate_of']) {
        const ref = r[c]
        if (typeof ref === 'string' && !losses.has(ref)) wanted.add(ref)
      }
    }
    pending = byIds(db, 'loss', 'id', wanted)
    for (const r of pending) losses.set(String(r.id), r)
  }
  const inspections = [...readRecords(db, 'inspection', 't.on_date BETWEEN @from AND @to', p)]
  const caseIds = new Set(
    (
      prepare(db, 'SELECT id FROM cases WHERE sort_on BETWEEN @from AND @to').all(p) as {
        id: string
      }[]
    ).map((r) => r.id)
  )
  const clueIds = new Set(
    (
      prepare(db, 'SELECT id FROM enterprise_clues WHERE received_on BETWEEN @from AND @to').all(
        p
      ) as { id: string }[]
    ).map((r) => r.id)
  )
  for (const r of [...losses.values(), ...inspections]) {
    if (typeof r.case_id === 'string') caseIds.add(r.case_id)
    if (typeof r.clue_id === 'string') clueIds.add(r.clue_id)
  }
  const s: Selection = new Map()
  for (const kind of RECORD_KINDS) {
    const t = KIND_TABLES[kind]
    if (t.caseColumn) s.set(kind, byIds(db, kind, t.caseColumn, caseIds))
  }
  s.set('clue', byIds(db, 'clue', 'id', clueIds))
  s.set('clueStep', byIds(db, 'clueStep', 'clue_id', clueIds))
  s.set(
    'loss',
    [...losses.values()].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1))
  )
  s.set('inspection', inspections)
  s.set(
    'inspectionVoid',
    byIds(db, 'inspectionVoid', 'inspection_id', new Set(inspections.map((r) => String(r.id))))
  )
  return s
}

/** What changed after package `after`: versions first carried later, rows added since its marks. */
function selectSince(db: Database.Database, after: number): Selection {
  const row = prepare(db, 'SELECT marks FROM package_exports WHERE sequence = ?').get(after) as
    { marks: string } | undefined
  if (!row) {
    throw new AppError('REFUSED', `本机没有第 ${after} 号数据包的导出记录，无法导出其后的变更。`)
  }
  const marks = JSON.parse(row.marks) as Marks
  const s: Selection = new Map()
  for (const kind of RECORD_KINDS) {
    if (kind === 'user') continue
    const t = KIND_TABLES[kind]
    if (!t.versioned) {
      s.set(kind, [...readRecords(db, kind, 't.rowid > @mark', { mark: marks[kind] ?? 0 })])
      continue
    }
    s.set(
      kind,
      [...readRecords(db, kind)].filter((r) => {
        const seq = storedLineage(db, kind, recordKey(kind, r))?.changedSeq ?? null
        return seq === null || seq > after
      })
    )
  }
  return s
}

/** The key of a record's lineage in the map refreshLineages returns. */
export const lineageKey = (kind: RecordKind, id: string) => `${kind}\n${id}`

/**
 * The lineages of every mutable record brought up to date (a local edit becomes a new version),
 * returned by lineageKey so the export need not read them back.
 */
export function refreshLineages(db: Database.Database): Map<string, LineageView> {
  const lineages = new Map<string, LineageView>()
  for (const kind of RECORD_KINDS) {
    if (!KIND_TABLES[kind].versioned) continue
    for (const r of readRecords(db, kind)) {
      const id = recordKey(kind, r)
      lineages.set(lineageKey(kind, id), currentLineage(db, kind, id, recordHash(kind, r)))
    }
  }
  return lineages
}

export function selectRecords(db: Database.Database, scope: PackageScope): Selection {
  let s: Selection
  switch (scope.kind) {
    case 'all':
      s = selectAll(db)
      break
    case 'period':
      s = selectPeriod(db, scope.from, scope.to)
      break
    case 'since':
      s = selectSince(db, scope.afterSequence)
      break
  }
  s.set('user', usersOf(db, s))
  return s
}

type UserRow = { id: string; username: string; display_name: string; password_hash: string }

/**
 * The people the records name, so the receiving side can show who did what. A local account goes
 * out as username@unit (usernames are unique per installation only); an account that itself came
 * from a package already carries its unit.
 */
function usersOf(db: Database.Database, s: Selection): Row[] {
  const ids = new Set<string>()
  for (const rows of s.values()) {
    for (const r of rows) {
      for (const c of USER_COLUMNS) if (typeof r[c] === 'string') ids.add(r[c])
    }
  }
  const unit = prepare(db, 'SELECT code FROM unit WHERE id = 1').get() as { code: string }
  const rows = prepare(
    db,
    `SELECT id, username, display_name, password_hash FROM users
      WHERE id IN (SELECT value FROM json_each(?)) ORDER BY id`
  ).all(idList(ids)) as UserRow[]
  return rows.map((u) => ({
    id: u.id,
    username: u.password_hash === IMPORTED_ACCOUNT ? u.username : `${u.username}@${unit.code}`,
    display_name: u.display_name
  }))
}

/** The password hash of an account that came from a package: it can never sign in. */
export const IMPORTED_ACCOUNT = '!imported'
