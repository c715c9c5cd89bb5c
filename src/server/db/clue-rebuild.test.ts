// Migration 0080 rebuilds enterprise_clues (clue numbers unique per unit, not across the units a city
// merges). A database of version 70 with clues, their steps and ledger entries pointing at them must
// come through with every row and reference intact, and foreign keys on again.
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { migrate } from './migrate'
import { MIGRATIONS } from './migrations'

const AT = '2026-01-05T02:00:00.000Z'

describe('migration 0080 on a database with clues', () => {
  it('keeps clues, steps and losses, and lets two units use one clue number', () => {
    const db = new Database(':memory:')
    db.pragma('foreign_keys = ON')
    migrate(db, MIGRATIONS.filter((m) => m.version <= 70))
    db.prepare(
      `INSERT INTO users (id, username, display_name, password_hash, rev, created_at, updated_at)
       VALUES ('u1', 'zhang', '张', 'x', 1, ?, ?)`
    ).run(AT, AT)
    db.prepare(
      `INSERT INTO enterprise_clues (id, clue_number, received_on, channel, reporter, uscc, enterprise_name,
         agency, problem_type, amount_fen, summary, deadline_on, status, rev, origin_unit, created_by,
         created_at, updated_at)
       VALUES ('c1', '线索〔2026〕1号', '2026-01-05', 'hotline12345', '王', 'U1', '某公司', '某局',
         'illegalFee', 5000, '乱收费', '2026-02-05', 'registered', 1, 'UNIT-A', 'u1', ?, ?)`
    ).run(AT, AT)
    db.prepare(
      `INSERT INTO clue_steps (id, clue_id, kind, on_date, note, created_by, created_at)
       VALUES ('s1', 'c1', 'urge', '2026-01-10', '督办', 'u1', ?)`
    ).run(AT)
    db.prepare(
      `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date, clue_id,
         evidence, note, origin_unit, created_by, created_at)
       VALUES ('l1', 'U1', '某公司', 'illegalFeeRefunded', 5000, '2026-01-20', 'c1', '凭证', '', 'UNIT-A', 'u1', ?)`
    ).run(AT)

    migrate(db)

    expect(db.prepare('SELECT count(*) AS n FROM enterprise_clues').get()).toEqual({ n: 1 })
    expect(db.prepare("SELECT clue_id FROM clue_steps WHERE id = 's1'").get()).toEqual({ clue_id: 'c1' })
    expect(db.pragma('foreign_key_check')).toEqual([])
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    const copy = db.prepare(
      `INSERT INTO enterprise_clues (id, clue_number, received_on, channel, reporter, uscc, enterprise_name,
         agency, problem_type, summary, deadline_on, status, rev, origin_unit, created_by, created_at,
         updated_at)
       SELECT ?, clue_number, received_on, channel, reporter, uscc, enterprise_name, agency, problem_type,
         summary, deadline_on, status, rev, ?, created_by, created_at, updated_at
         FROM enterprise_clues WHERE id = 'c1'`
    )
    copy.run('c2', 'UNIT-B')
    expect(() => copy.run('c3', 'UNIT-A')).toThrow(/UNIQUE/)
    // The no-delete rule came back with the table.
    expect(() => db.prepare("DELETE FROM enterprise_clues WHERE id = 'c2'").run()).toThrow(
      /never deleted/
    )
  })
})
