// "No handler can edit or delete a ledger entry" (issue 6), shown three ways: the table itself refuses
// every edit, no server source contains a statement that could make one, and every method of the
// contract, sent inputs that point at the ledger's rows, leaves the stored entries as they were.
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { z } from 'zod'
import { beforeAll, describe, expect, it } from 'vitest'
import { ROLES } from '../../core/cases/vocabulary'
import { inputSchemas, METHODS, type Method } from '../../shared/api'
import {
  createCase,
  FIRM,
  handledClue,
  inspectionInput,
  lossInput,
  makeWorld,
  setToday,
  type EnterpriseWorld
} from './enterprise.test-support'

let w: EnterpriseWorld
let ids: { entry: string; reversal: string; clue: string; case: string; inspection: string }

beforeAll(async () => {
  w = await makeWorld()
  const clue = await handledClue(w)
  const c = await createCase(w)
  const entry = await w.t.call(
    'losses/record',
    lossInput(clue.id, { caseId: c.id }),
    w.officer.token
  )
  const reversal = await w.t.call(
    'losses/reverse',
    { entryId: entry.id, amountFen: 1_000_000, on: '2026-03-10', reason: '部分冲正' },
    w.officer.token
  )
  const inspection = await w.t.call('inspections/record', inspectionInput(), w.officer.token)
  ids = {
    entry: entry.id,
    reversal: reversal.id,
    clue: clue.id,
    case: c.id,
    inspection: inspection.id
  }
})

type LedgerRow = { id: string; reverses_id: string | null; json: string }

function ledger(): Map<string, LedgerRow> {
  const rows = w.t.server.deps.db.prepare('SELECT * FROM recovered_losses').all() as {
    id: string
    reverses_id: string | null
  }[]
  return new Map(
    rows.map((r) => [r.id, { id: r.id, reverses_id: r.reverses_id, json: JSON.stringify(r) }])
  )
}

describe('(a) the recovered_losses table refuses edits', () => {
  it.each([
    ['UPDATE', 'UPDATE recovered_losses SET amount_fen = 1 WHERE id = @id'],
    ['UPDATE of a reversal', "UPDATE recovered_losses SET note = 'x' WHERE id = @reversal"],
    ['DELETE', 'DELETE FROM recovered_losses WHERE id = @reversal'],
    [
      // REPLACE deletes the old row without firing the DELETE trigger; the INSERT trigger stops it.
      'INSERT OR REPLACE',
      `INSERT OR REPLACE INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen,
         on_date, evidence, note, origin_unit, created_by, created_at)
       SELECT id, uscc, enterprise_name, category, 1, on_date, evidence, note, origin_unit,
         created_by, created_at FROM recovered_losses WHERE id = @id`
    ],
    [
      'UPSERT',
      `INSERT INTO recovered_losses (id, uscc, enterprise_name, category, amount_fen, on_date,
         evidence, note, origin_unit, created_by, created_at)
       SELECT id, uscc, enterprise_name, category, amount_fen, on_date, evidence, note, origin_unit,
         created_by, created_at FROM recovered_losses WHERE id = @id
       ON CONFLICT (id) DO UPDATE SET amount_fen = 1`
    ]
  ])('%s is refused', (_name, sql) => {
    const before = ledger()
    expect(() =>
      w.t.server.deps.db.prepare(sql).run({ id: ids.entry, reversal: ids.reversal })
    ).toThrow(/append-only/)
    expect(ledger()).toEqual(before)
  })
})

describe('(b) no server source can write the ledger except by INSERT', () => {
  function sources(dir: string): string[] {
    return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
      const path = join(dir, e.name)
      if (e.isDirectory()) return sources(path)
      return /\.ts$/.test(e.name) && !/\.test(-support)?\.ts$/.test(e.name) ? [path] : []
    })
  }
  const root = join(__dirname, '..')
  const files = sources(root)

  it('finds the server sources', () => {
    expect(files.length).toBeGreaterThan(50)
    expect(files).toContain(join(root, 'enterprise', 'loss-repo.ts'))
  })

  it('has no UPDATE, DELETE, REPLACE or DROP of recovered_losses, and INSERTs in two places', () => {
    const edit =
      /\b(?:UPDATE(?:\s+OR\s+\w+)?\s+"?recovered_losses|DELETE\s+FROM\s+"?recovered_losses|REPLACE\s+INTO\s+"?recovered_losses|DROP\s+(?:TRIGGER|TABLE)\b[^;`]*recovered_losses|ALTER\s+TABLE\s+"?recovered_losses|writable_schema)/i
    const offending = files.filter((f) => edit.test(readFileSync(f, 'utf8')))
    expect(offending).toEqual([])
    const inserting = files.filter((f) =>
      /INSERT\s+(?:OR\s+\w+\s+)?INTO\s+"?recovered_losses/i.test(readFileSync(f, 'utf8'))
    )
    // The handlers' one insert, and the bulk demo-data generator (`yardstick seed --bulk`), which
    // writes generated ledger rows the same append-only way, checked by the same table triggers.
    expect(inserting).toEqual([
      join(root, 'enterprise', 'loss-repo.ts'),
      join(root, 'seed', 'bulk', 'statements.ts')
    ])
  })
})

// ── (c) every method, aimed at the ledger ──

type JsonSchema = {
  type?: string | string[]
  properties?: Record<string, JsonSchema>
  items?: JsonSchema
  minItems?: number
  oneOf?: JsonSchema[]
  anyOf?: JsonSchema[]
  const?: unknown
  enum?: unknown[]
  pattern?: string
  minimum?: number
  maximum?: number
  minLength?: number
  maxLength?: number
}

const MAX_VARIANTS = 40

/** Every combination of the parts' variants, capped (the first variants of each part come first). */
function product(parts: [string, unknown[]][]): Record<string, unknown>[] {
  let out: Record<string, unknown>[] = [{}]
  for (const [key, values] of parts) {
    out = out.flatMap((o) => values.map((v) => ({ ...o, [key]: v }))).slice(0, MAX_VARIANTS)
  }
  return out
}

/**
 * Plausible values for a field, read from the contract's JSON schema: ids are `idFor(name)`, dates
 * the day the ledger entries carry, amounts small enough for a reversal to succeed.
 */
function variants(s: JsonSchema, name: string, idFor: (name: string) => string): unknown[] {
  const branches = s.oneOf ?? s.anyOf
  if (branches) return branches.flatMap((b) => variants(b, name, idFor)).slice(0, MAX_VARIANTS)
  if (s.const !== undefined) return [s.const]
  if (s.enum) return [s.enum[0]]
  const type = Array.isArray(s.type) ? s.type[0] : s.type
  switch (type) {
    case 'object':
      return product(Object.entries(s.properties ?? {}).map(([k, v]) => [k, variants(v, k, idFor)]))
    case 'array':
      return (s.minItems ?? 0) > 0 && s.items ? [variants(s.items, name, idFor).slice(0, 1)] : [[]]
    case 'string':
      if (s.pattern?.includes('[0-9a-f]{8}')) return [idFor(name)]
      if (/uscc/i.test(name)) return [FIRM]
      if (
        /(?:^|[a-z])(?:on|On|from|to|From|To|date|Date)$/.test(name) ||
        /^(?:on|from|to)$/.test(name)
      )
        return ['2026-03-10']
      if (/password/i.test(name)) return ['password-2026']
      return [
        '测试内容abc'
          .repeat(Math.max(1, Math.ceil((s.minLength ?? 1) / 8)))
          .slice(0, s.maxLength ?? 100)
      ]
    case 'integer':
    case 'number':
      if (/fen/i.test(name)) return [100]
      if (name === 'year') return [2026]
      return [Math.min(Math.max(s.minimum ?? 1, 1), s.maximum ?? Number.MAX_SAFE_INTEGER)]
    case 'boolean':
      return [true]
    case 'null':
      return [null]
    default:
      return [null]
  }
}

/** Which of the fixtures' ids an id-shaped field gets: one id everywhere, or by the field's name. */
function idModes(): ((name: string) => string)[] {
  const byName = (name: string) =>
    /case/i.test(name)
      ? ids.case
      : /clue/i.test(name)
        ? ids.clue
        : /inspection/i.test(name)
          ? ids.inspection
          : ids.entry
  return [byName, ...Object.values(ids).map((id) => () => id)]
}

function inputsFor(method: Method): unknown[] {
  const schema = z.toJSONSchema(inputSchemas[method], {
    io: 'input',
    unrepresentable: 'any'
  }) as JsonSchema
  const seen = new Set<string>()
  const out: unknown[] = [{}]
  for (const idFor of idModes()) {
    for (const v of variants(schema, '', idFor)) {
      const key = JSON.stringify(v)
      if (!seen.has(key)) out.push(v)
      seen.add(key)
    }
  }
  return out
}

describe('(c) no method edits or deletes a stored entry', () => {
  it('leaves every stored row as written; only losses/record and losses/reverse add rows', async () => {
    const prober = await w.t.addUser('prober', [...ROLES])
    setToday(w.t, '2026-03-10')
    const start = ledger()
    const accepted = new Set<Method>()
    const added: Partial<Record<Method, number>> = {}
    let calls = 0
    for (const method of METHODS) {
      for (const input of inputsFor(method)) {
        const before = ledger()
        // A fresh session per call: session/logout and users/update must not end the probe.
        const token = w.t.server.deps.sessions.open(prober.user.id, w.t.clock.now().getTime())
        const result = await w.t.server.dispatch(method, input, token)
        calls += 1
        if (result.ok) accepted.add(method)
        const after = ledger()
        for (const [id, row] of before) {
          expect(after.get(id), `${method} changed ${id} with ${JSON.stringify(input)}`).toEqual(
            row
          )
        }
        const fresh = [...after.values()].filter((r) => !before.has(r.id))
        if (fresh.length === 0) continue
        added[method] = (added[method] ?? 0) + fresh.length
        expect(['losses/record', 'losses/reverse'], `${method} wrote the ledger`).toContain(method)
        for (const row of fresh) {
          expect(row.reverses_id !== null, `${method} added ${row.json}`).toBe(
            method === 'losses/reverse'
          )
        }
      }
    }
    expect(ledger().get(ids.entry)).toEqual(start.get(ids.entry))
    // The probe reaches the handlers: many methods accept one of its inputs, and both ledger writes
    // were seen, so a write by any other method would have been seen too.
    expect(calls).toBeGreaterThan(METHODS.length)
    expect(accepted.size).toBeGreaterThan(20)
    expect(added['losses/reverse']).toBeGreaterThan(0)
    expect(added['losses/record']).toBeGreaterThan(0)
  }, 120_000)
})
