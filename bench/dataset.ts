// A register of N realistic cases in a temporary database, built fast. Setup and the officer
// accounts go through the real handlers (few calls, and they hash passwords); the cases are written
// by the bulk seed (src/server/seed/bulk, `yardstick seed --bulk`) in its 'register' shape: cases as
// created, with parties, the search index and the statistics facts, in one transaction, with the
// secondary indexes and the search index built once at the end. The measured queries read the same
// register as before: same generator, seed and base date, one case in 100 soft-deleted.
import { nominalDecisionDue } from '../src/core/clocks/decision-due'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type Database from 'better-sqlite3'
import { caseNumberYear, formatCaseNumber } from '../src/core/cases/case-number'
import { initialStatus } from '../src/core/cases/vocabulary'
import { createServerOnDb, type Server } from '../src/server/app'
import { joinPartyNames, nextSerial } from '../src/server/cases/repo'
import { openDatabase } from '../src/server/db/open'
import { uuidv7Source } from '../src/server/ids'
import { bulkSeed } from '../src/server/seed/bulk/bulk-seed'
import { expectOk } from '../src/server/seed/envelope'
import { generateCases, type CaseDraft } from '../src/server/seed/generate'
import type { PartyInput } from '../src/shared/schemas/party'
import type { UserView } from '../src/shared/views'

export const CASE_PREFIX = '汉阳市监立'
/** A fixed base date, so every run and every machine measures the same register. */
export const BASE_DATE = '2026-03-02'
/** Every DELETED_EVERY-th case is soft-deleted, so the live-case indexes have rows to skip. */
const DELETED_EVERY = 100
const OFFICERS = ['王建军', '李红梅', '陈志刚', '刘晓燕'] as const
const PASSWORD = 'bench-pass-2026'

export type Dataset = {
  server: Server
  db: Database.Database
  /** The database file (a second connection may open it: WAL). */
  file: string
  /** A signed-in officer's session token (of officerIds[0]). */
  token: string
  /** The administrator's session token, for handlers officers may not call (review/report). */
  adminToken: string
  officerIds: readonly string[]
  /** A further generated case (a stream of its own, beside the one the register came from). */
  nextDraft: () => CaseDraft
  /** Writes one live case in its own transaction with the bulk path's inserts. */
  writeOne: (draft: CaseDraft) => void
  cases: number
  liveCases: number
  /** Seconds spent generating and writing the cases, and building the indexes and committing. */
  generateS: number
  insertS: number
  /** A party name of one live case, for a search that finds few cases. */
  rareParty: string
  remove: () => void
}

async function setUp(
  server: Server
): Promise<{ adminToken: string; admin: UserView; officerIds: string[] }> {
  const setup = {
    unitCode: '11100000MB0143028R',
    unitName: '武汉市汉阳区市场监督管理局',
    casePrefix: CASE_PREFIX,
    adminUsername: 'admin',
    adminDisplayName: '管理员',
    adminPassword: PASSWORD
  }
  const { token: adminToken, user: admin } = expectOk(
    await server.call('session/setup', setup, null)
  )
  const officerIds: string[] = []
  for (const [i, displayName] of OFFICERS.entries()) {
    const input = {
      username: `officer-${i + 1}`,
      displayName,
      roles: ['officer' as const],
      password: PASSWORD
    }
    officerIds.push(expectOk(await server.call('users/create', input, adminToken)).id)
  }
  return { adminToken, admin, officerIds }
}

/** The same text the app indexes (cases repo, indexCase): names and identifiers, one per line. */
function partySearchText(parties: readonly PartyInput[]): string {
  return parties
    .map((p) =>
      p.kind === 'person'
        ? [p.name, p.idNumber, ''].join(' ')
        : [p.name, p.uscc, p.legalRepresentative].join(' ')
    )
    .join('\n')
}

function statements(db: Database.Database) {
  return {
    insertCase: db.prepare(
      `INSERT INTO cases (id, origin_unit, case_number, cause, source, status, discovered_on,
         filed_on, sort_on, facts, officer1_id, officer2_id, party_names, rev, created_by,
         created_at, updated_at, deleted_at, deleted_reason, decision_due_on)
       VALUES (@id, @origin_unit, @case_number, @cause, @source, @status, @discovered_on,
         @filed_on, @sort_on, @facts, @officer1_id, @officer2_id, @party_names, 1, @officer1_id,
         @at, @at, @deleted_at, @deleted_reason, @decision_due_on)`
    ),
    insertParty: db.prepare(
      `INSERT INTO parties (id, case_id, position, kind, name, id_number, uscc,
         legal_representative, address, contact)
       VALUES (@id, @case_id, @position, @kind, @name, @id_number, @uscc,
         @legal_representative, @address, @contact)`
    ),
    insertSearch: db.prepare(
      'INSERT INTO case_search (rowid, parties, body) SELECT row_no, ?, ? FROM cases WHERE id = ?'
    )
  }
}

type Ctx = {
  sql: ReturnType<typeof statements>
  newId: () => string
  unitCode: string
  officerIds: readonly string[]
  /** The next 案号 serial of a year. */
  serial: (year: number) => number
}

/** One live case with the inserts cases/create makes (the raw baseline of the cases/create row). */
function writeCase(ctx: Ctx, draft: CaseDraft): void {
  const { sql, newId, officerIds } = ctx
  const id = newId()
  const year = caseNumberYear(draft.discoveredOn, draft.filedOn)
  const caseNumber = formatCaseNumber(CASE_PREFIX, year, ctx.serial(year))
  const sortOn = draft.filedOn ?? draft.discoveredOn
  const at = `${sortOn}T02:00:00.000Z`
  sql.insertCase.run({
    id,
    origin_unit: ctx.unitCode,
    case_number: caseNumber,
    cause: draft.cause,
    source: draft.source,
    status: initialStatus(draft.filedOn),
    discovered_on: draft.discoveredOn,
    filed_on: draft.filedOn,
    sort_on: sortOn,
    facts: draft.facts,
    officer1_id: officerIds[draft.officers[0]],
    officer2_id: officerIds[draft.officers[1]],
    party_names: joinPartyNames(draft.parties),
    decision_due_on: draft.filedOn ? nominalDecisionDue(draft.filedOn) : null,
    at,
    deleted_at: null,
    deleted_reason: null
  })
  draft.parties.forEach((p, position) => {
    const person = p.kind === 'person'
    sql.insertParty.run({
      id: newId(),
      case_id: id,
      position,
      kind: p.kind,
      name: p.name,
      id_number: person ? p.idNumber : null,
      uscc: person ? null : p.uscc,
      legal_representative: person ? null : p.legalRepresentative,
      address: p.address,
      contact: p.contact
    })
  })
  const body = [caseNumber, draft.cause, draft.facts].join('\n')
  sql.insertSearch.run(partySearchText(draft.parties), body, id)
}

export async function buildDataset(cases: number, seed: number): Promise<Dataset> {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-bench-'))
  const remove = () => rmSync(dir, { recursive: true, force: true })
  try {
    // The app's own open: WAL, synchronous FULL, foreign keys, migrations.
    const file = join(dir, 'bench.db')
    const db = openDatabase(file)
    const log = (message: string, error: unknown) =>
      void process.stderr.write(`${message}: ${String(error)}\n`)
    const server = createServerOnDb(db, { log })
    const { adminToken, admin, officerIds } = await setUp(server)
    const unitCode = (db.prepare('SELECT code FROM unit').get() as { code: string }).code
    const report = await bulkSeed(server, {
      cases,
      seed,
      baseDate: BASE_DATE,
      units: 1,
      shape: 'register',
      deletedEvery: DELETED_EVERY,
      actor: admin,
      adminToken
    })
    // Fold the WAL back into the database, so reads measure the file a long-used app would have.
    db.pragma('wal_checkpoint(TRUNCATE)')
    const token = server.deps.sessions.open(officerIds[0] ?? '', Date.now())
    // After the load, one case at a time takes its serial as cases/create does.
    const base = { sql: statements(db), newId: uuidv7Source(), unitCode, officerIds }
    const oneCtx: Ctx = { ...base, serial: (year) => nextSerial(db, CASE_PREFIX, year) }
    const stream = generateCases({
      seed: (seed ^ 0x0be4c4) >>> 0,
      baseDate: BASE_DATE,
      officerCount: officerIds.length
    })
    const s = report.seconds
    return {
      server,
      db,
      file,
      token,
      adminToken,
      officerIds,
      nextDraft: () => stream.next().value,
      writeOne: (draft) => db.transaction(() => writeCase(oneCtx, draft))(),
      cases,
      liveCases: report.liveCases,
      generateS: s.cases,
      insertS: s.search + s.indexes + s.commit,
      rareParty: report.rareParty,
      remove: () => {
        server.close()
        remove()
      }
    }
  } catch (error) {
    remove()
    throw error
  }
}
