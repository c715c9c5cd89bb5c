// The audit log is the evidence that a case record was not altered after the fact. An attacker who
// edits the database file with any SQLite tool can drop the append-only triggers first, so the hash
// chain is what must reveal the edit: these properties tamper with random chains the way such an
// attacker would and check that verifyAuditChain points at the altered place.
import Database from 'better-sqlite3'
import {
  array,
  constant,
  constantFrom,
  date,
  dictionary,
  assert as fcAssert,
  integer,
  jsonValue,
  nat,
  oneof,
  option,
  property,
  record,
  string,
  tuple,
  uuid,
  type Arbitrary
} from 'fast-check'
import { describe, expect, it } from 'vitest'
import { migrate } from '../db/migrate'
import { verifyAuditChain } from '../integrity/audit-chain'
import { appendAudit, rowHash, type AuditInput, type AuditRow } from './repo'

const RUNS = { numRuns: 150 }

const auditInput: Arbitrary<AuditInput> = record(
  {
    at: date({
      min: new Date('2020-01-01T00:00:00Z'),
      max: new Date('2035-12-31T00:00:00Z'),
      noInvalidDate: true
    }).map((d) => d.toISOString()),
    actor: record({ id: option(uuid(), { nil: null }), name: string({ unit: 'grapheme' }) }),
    action: oneof(constantFrom('cases/create', 'cases/update', 'auth/denied'), string()),
    entity: constantFrom('case', 'user', 'unit', 'cataloguePackage'),
    entityId: option(uuid(), { nil: null }),
    before: jsonValue({ maxDepth: 3 }),
    after: jsonValue({ maxDepth: 3 }),
    detail: dictionary(string(), jsonValue({ maxDepth: 2 }), { maxKeys: 4 })
  },
  { requiredKeys: ['at', 'actor', 'action', 'entity', 'entityId'] }
)

/** A fresh database with the real schema, holding a chain built from `inputs`. */
function chainOf(inputs: AuditInput[]): Database.Database {
  const db = new Database(':memory:')
  migrate(db)
  for (const input of inputs) appendAudit(db, input)
  return db
}

/** What an attacker with the file does first: the triggers are only a guard against the app itself. */
function dropAppendOnlyTriggers(db: Database.Database): void {
  db.exec('DROP TRIGGER audit_log_no_update; DROP TRIGGER audit_log_no_delete')
}

function rows(db: Database.Database): AuditRow[] {
  return db.prepare('SELECT * FROM audit_log ORDER BY seq').all() as AuditRow[]
}

const TEXT_FIELDS = [
  'at',
  'actor_name',
  'action',
  'entity',
  'detail',
  'prev_hash',
  'hash'
] as const satisfies readonly (keyof AuditRow)[]
const NULLABLE_FIELDS = [
  'actor_id',
  'entity_id',
  'before_digest',
  'after_digest'
] as const satisfies readonly (keyof AuditRow)[]
type EditableField = (typeof TEXT_FIELDS)[number] | (typeof NULLABLE_FIELDS)[number]

/**
 * How the attacker changes one value: a subtle one-character edit (a digit of an amount, a letter of a
 * name), a wholesale replacement, or (for nullable columns) blanking it out.
 */
type Edit =
  { kind: 'flip'; at: number; char: string } | { kind: 'replace'; value: string } | { kind: 'null' }

/** A plausible forged digest: same shape as the real ones. */
const hex64 = string({ unit: constantFrom(...'0123456789abcdef'), minLength: 64, maxLength: 64 })

const edit: Arbitrary<Edit> = oneof(
  record({
    kind: constant('flip' as const),
    at: nat(),
    char: string({ minLength: 1, maxLength: 1 })
  }),
  record({ kind: constant('replace' as const), value: oneof(string(), hex64) }),
  constant({ kind: 'null' as const })
)

/** The new value, or undefined when the edit would not change anything (nothing to detect). */
function applyEdit(old: string | null, field: EditableField, e: Edit): string | null | undefined {
  let next: string | null
  if (e.kind === 'null') {
    if (!(NULLABLE_FIELDS as readonly string[]).includes(field)) return undefined
    next = null
  } else if (e.kind === 'replace') next = e.value
  else {
    const s = old ?? ''
    const i = s.length === 0 ? 0 : e.at % s.length
    next = s.slice(0, i) + e.char + s.slice(i + 1)
  }
  return next === old ? undefined : next
}

const chainAndTarget = array(auditInput, { minLength: 1, maxLength: 12 }).chain((inputs) =>
  tuple(
    // Inputs, then the seq of the row to tamper with.
    constant(inputs),
    integer({ min: 1, max: inputs.length })
  )
)

describe('audit hash chain', () => {
  it('verifies any sequence of appends', () => {
    fcAssert(
      property(array(auditInput, { maxLength: 15 }), (inputs) => {
        const db = chainOf(inputs)
        expect(verifyAuditChain(db).firstBadSeq).toBeNull()
        expect(rows(db).map((r) => r.seq)).toEqual(inputs.map((_, i) => i + 1))
        db.close()
      }),
      RUNS
    )
  })

  it('pins an edit of any field of any row to that row', () => {
    fcAssert(
      property(
        chainAndTarget,
        constantFrom<EditableField>(...TEXT_FIELDS, ...NULLABLE_FIELDS),
        edit,
        ([inputs, seq], field, e) => {
          const db = chainOf(inputs)
          const old = db.prepare(`SELECT ${field} AS v FROM audit_log WHERE seq = ?`).get(seq) as {
            v: string | null
          }
          const next = applyEdit(old.v, field, e)
          if (next === undefined) {
            db.close()
            return
          }
          dropAppendOnlyTriggers(db)
          db.prepare(`UPDATE audit_log SET ${field} = ? WHERE seq = ?`).run(next, seq)
          // Every field but hash is under the row's own hash, and hash itself no longer matches it.
          expect(verifyAuditChain(db).firstBadSeq, `${field} of row ${seq}`).toBe(seq)
          db.close()
        }
      ),
      RUNS
    )
  })

  it('pins an edit to the next row when the attacker also recomputes the edited row hash', () => {
    fcAssert(
      property(chainAndTarget, string({ minLength: 1 }), ([inputs, seq], name) => {
        if (seq === inputs.length) return // the last row: see the note on truncation below
        const db = chainOf(inputs)
        const row = rows(db)[seq - 1]
        if (!row || row.actor_name === name) {
          db.close()
          return
        }
        const { hash: _oldHash, ...rest } = row
        const forged = { ...rest, actor_name: name }
        dropAppendOnlyTriggers(db)
        db.prepare('UPDATE audit_log SET actor_name = ?, hash = ? WHERE seq = ?').run(
          name,
          rowHash(forged),
          seq
        )
        // The forged row is self-consistent, but the next row still links to the original hash.
        expect(verifyAuditChain(db).firstBadSeq).toBe(seq + 1)
        db.close()
      }),
      RUNS
    )
  })

  it('detects a changed seq', () => {
    fcAssert(
      property(
        chainAndTarget,
        oneof(integer({ min: -5, max: 0 }), integer({ min: 13, max: 1000 })),
        ([inputs, seq], newSeq) => {
          const db = chainOf(inputs)
          dropAppendOnlyTriggers(db)
          db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(newSeq, seq)
          // The moved row either fails its own hash where it now sorts, or leaves a gap at `seq`
          // that the next row reveals.
          expect([seq, seq + 1, newSeq]).toContain(verifyAuditChain(db).firstBadSeq)
          db.close()
        }
      ),
      RUNS
    )
  })

  // Deleting the LAST row leaves a shorter but valid chain: a hash chain alone cannot reveal
  // truncation of its tail (that needs the head hash kept elsewhere, e.g. in a backup manifest). So the
  // property covers rows that have a successor.
  it('detects a deleted row that has a successor, at the successor', () => {
    fcAssert(
      property(chainAndTarget, ([inputs, seq]) => {
        if (seq === inputs.length) return
        const db = chainOf(inputs)
        dropAppendOnlyTriggers(db)
        db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq)
        expect(verifyAuditChain(db).firstBadSeq).toBe(seq + 1)
        db.close()
      }),
      RUNS
    )
  })

  it('detects a deleted row even when the later rows are renumbered to close the gap', () => {
    fcAssert(
      property(chainAndTarget, ([inputs, seq]) => {
        if (seq === inputs.length) return
        const db = chainOf(inputs)
        dropAppendOnlyTriggers(db)
        db.prepare('DELETE FROM audit_log WHERE seq = ?').run(seq)
        // Renumber in ascending order so the primary key never collides.
        for (let s = seq + 1; s <= inputs.length; s++) {
          db.prepare('UPDATE audit_log SET seq = ? WHERE seq = ?').run(s - 1, s)
        }
        expect(verifyAuditChain(db).firstBadSeq).toBe(seq)
        db.close()
      }),
      RUNS
    )
  })

  it('refuses the edit while the append-only triggers are in place', () => {
    const db = chainOf([
      {
        at: '2026-03-02T02:00:00.000Z',
        actor: { id: null, name: '张伟' },
        action: 'a',
        entity: 'case',
        entityId: null
      }
    ])
    expect(() => db.prepare("UPDATE audit_log SET actor_name = '李四'").run()).toThrow(
      /append-only/
    )
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/)
    db.close()
  })
})
