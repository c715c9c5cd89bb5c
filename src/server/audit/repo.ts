import { createHash } from 'node:crypto'
import type Database from 'better-sqlite3'
import { prepare } from '../db/statements'
import { canonicalJson } from '../../core/text/canonical-json'

export const GENESIS_HASH = '0'.repeat(64)

export type Actor = { id: string | null; name: string }

export type AuditInput = {
  at: string
  actor: Actor
  action: string
  entity: string
  entityId: string | null
  before?: unknown
  after?: unknown
  detail?: Record<string, unknown>
}

export type AuditRow = {
  seq: number
  at: string
  actor_id: string | null
  actor_name: string
  action: string
  entity: string
  entity_id: string | null
  before_digest: string | null
  after_digest: string | null
  detail: string
  prev_hash: string
  hash: string
}

export function digest(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex')
}

/** The hash of one row given its predecessor's hash: every field but `hash` itself is covered. */
export function rowHash(row: Omit<AuditRow, 'hash'>): string {
  const { prev_hash, ...content } = row
  return createHash('sha256')
    .update(prev_hash)
    .update('\n')
    .update(canonicalJson(content))
    .digest('hex')
}

/**
 * Appends one audit row, chained to the previous one. Call it inside the transaction of the change it
 * records, so the change and its audit entry commit or roll back together.
 */
export function appendAudit(db: Database.Database, input: AuditInput): AuditRow {
  const last = prepare(db, 'SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1').get() as
    { seq: number; hash: string } | undefined
  const base: Omit<AuditRow, 'hash'> = {
    seq: (last?.seq ?? 0) + 1,
    at: input.at,
    actor_id: input.actor.id,
    actor_name: input.actor.name,
    action: input.action,
    entity: input.entity,
    entity_id: input.entityId,
    before_digest: input.before === undefined ? null : digest(input.before),
    after_digest: input.after === undefined ? null : digest(input.after),
    detail: canonicalJson(input.detail ?? {}),
    prev_hash: last?.hash ?? GENESIS_HASH
  }
  const row: AuditRow = { ...base, hash: rowHash(base) }
  prepare(
    db,
    `INSERT INTO audit_log (seq, at, actor_id, actor_name, action, entity, entity_id, before_digest,
       after_digest, detail, prev_hash, hash)
     VALUES (@seq, @at, @actor_id, @actor_name, @action, @entity, @entity_id, @before_digest,
       @after_digest, @detail, @prev_hash, @hash)`
  ).run(row)
  return row
}

export function auditForEntity(
  db: Database.Database,
  entity: string,
  entityId: string
): AuditRow[] {
  return prepare(db, 'SELECT * FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY seq').all(
    entity,
    entityId
  ) as AuditRow[]
}
