import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { recordingStatements, replayRows, type RowBatch } from './seed-rows'
import { STATEMENT_KEYS, type StatementKey } from './statements'

/** A stand-in for each seed statement: one table that logs which statement ran with what. */
function loggingStatements(db: Database.Database) {
  db.exec('CREATE TABLE log (n INTEGER PRIMARY KEY, statement TEXT, a, b, c)')
  const out: Partial<Record<StatementKey, Database.Statement>> = {}
  for (const key of STATEMENT_KEYS) {
    out[key] = db.prepare(`INSERT INTO log (statement, a, b, c) VALUES ('${key}', ?, ?, ?)`)
  }
  return out as Record<StatementKey, Database.Statement>
}

describe('seed rows recorded in one thread and run in another', () => {
  it('runs the recorded calls in their order, across batches, with the mark where it was', () => {
    const batches: RowBatch[] = []
    const rec = recordingStatements((b) => batches.push(b), 3)
    rec.sql.user.run('u1', null, 1)
    rec.sql.case.run('c1', 'x', 2.5)
    rec.sql.party.run('p1', 'c1', 0)
    rec.sql.case.run('c2', null, null)
    rec.mark()
    rec.sql.clue.run('k1', 'y', 3)
    rec.sql.loss.run('l1', 'z', 4)
    rec.end()
    expect(batches.map((b) => b.keys.length)).toEqual([3, 3, 1])
    // What the worker posts is what arrives: a structured clone.
    const received = batches.map((b) => structuredClone(b))
    const db = new Database(':memory:')
    const statements = loggingStatements(db)
    const seen: string[] = []
    for (const b of received) {
      replayRows(
        statements,
        b,
        () => seen.push('case'),
        () => seen.push('mark')
      )
    }
    expect(seen).toEqual(['case', 'case', 'mark'])
    expect(db.prepare('SELECT statement, a, b, c FROM log ORDER BY n').raw().all()).toEqual([
      ['user', 'u1', null, 1],
      ['case', 'c1', 'x', 2.5],
      ['party', 'p1', 'c1', 0],
      ['case', 'c2', null, null],
      ['clue', 'k1', 'y', 3],
      ['loss', 'l1', 'z', 4]
    ])
  })
})
