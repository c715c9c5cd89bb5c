// Merges a verified package into this database, in one transaction: the dry run is the same merge,
// rolled back, so its report is exactly what applying would do. Mutable records merge by lineage
// (never by clock); append-only records (events, payments, ledger entries …) by id, so a ledger
// entry counts once however often it arrives. Two versions that neither side has seen, or one id
// with two contents, become a conflict record that keeps both.
import { AppError } from '../../shared/errors'
import type {
  KindCounts,
  LikelyDuplicate,
  MergeConflictItem,
  MergeReportView,
  MergeTotals
} from '../../shared/exchange-views'
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/exchange-records'
import { relate, sequenceGaps, type LineageView } from '../../core/exchange/lineage'
import { appendAudit } from '../audit/repo'
import type { CallContext } from '../context'
import { prepare } from '../db/statements'
import { loadCaseState } from '../lifecycle/state'
import { withPeriodLockBypass } from '../periods/bypass'
import { recordOutcome } from '../review/checks'
import { keyFingerprint } from './identity'
import type { PackageRecord, Recall, VerifiedPackage } from './read-package'
import type { Manifest } from '../../shared/schemas/exchange'
import {
  insertRecord,
  KIND_TABLES,
  readRecord,
  recordExists,
  recordHash,
  recordJson,
  recordKey,
  replaceRecord,
  type Row
} from './records'
import { IMPORTED_ACCOUNT } from './select'
import { indexMergedCases } from './search-index'
import { likelyDuplicates } from './duplicates'
import { currentLineage, writeLineage } from './versions'

export type MergeResult = { report: MergeReportView; receiptId: string | null }

class DryRun extends Error {
  constructor(readonly report: MergeReportView) {
    super('dry run')
  }
}

type Tally = Map<RecordKind, KindCounts>

const MAX_LISTED_CONFLICTS = 200
const DECISION_KINDS = new Set(['decide', 'decideOnTheSpot'])

function sqliteMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e)
}

function refuseRecord(kind: RecordKind, rec: PackageRecord, e: unknown): never {
  if (e instanceof AppError) throw e
  const msg = sqliteMessage(e)
  const hint = /FOREIGN KEY/.test(msg)
    ? '它引用的记录在本库和数据包中都不存在（是否缺少先前的数据包？）'
    : `不符合本库的约束（${msg}）`
  throw new AppError(
    'REFUSED',
    `数据包第 ${rec.line} 行（${kind} ${recordKey(kind, rec.r)}）无法合并：${hint}。数据库未做任何修改。`
  )
}

type Ctx = {
  ctx: CallContext
  pkg: VerifiedPackage
  tally: Tally
  totals: MergeTotals
  conflicts: MergeConflictItem[]
  receiptId: string
  at: string
  /** Cases whose own record (or parties) arrived or changed: the search index follows them. */
  changedCases: Set<string>
  decidedCases: Set<string>
}

function count(m: Ctx, kind: RecordKind, what: 'new' | 'updated' | 'unchanged' | 'conflicts') {
  const k = m.tally.get(kind) as KindCounts
  k[what]++
  m.totals[what]++
}

function conflict(
  m: Ctx,
  kind: RecordKind,
  rec: PackageRecord,
  local: Row,
  localLineage: LineageView,
  reason: MergeConflictItem['reason']
): void {
  const incomingHash = rec.v?.h ?? recordHash(kind, rec.r)
  const id = recordKey(kind, rec.r)
  const known = prepare(
    m.ctx.db,
    'SELECT 1 FROM merge_conflicts WHERE kind = ? AND record_id = ? AND incoming_vh = ?'
  ).get(kind, id, incomingHash)
  if (!known) {
    prepare(
      m.ctx.db,
      `INSERT INTO merge_conflicts (id, kind, record_id, reason, local_record, local_vh, incoming_record,
         incoming_vh, incoming_ancestors, receipt_id, source_unit, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      m.ctx.newId(),
      kind,
      id,
      reason,
      recordJson(kind, local),
      localLineage.h,
      recordJson(kind, rec.r),
      incomingHash,
      JSON.stringify(rec.v?.a ?? []),
      m.receiptId,
      m.pkg.manifest.source.unitCode,
      m.at
    )
  }
  count(m, kind, known ? 'unchanged' : 'conflicts')
  if (m.conflicts.length < MAX_LISTED_CONFLICTS) {
    m.conflicts.push({ kind, recordId: id, reason, known: Boolean(known) })
  }
}

function isTombstone(kind: RecordKind, r: Row): boolean {
  if (kind === 'case') return r.deleted_at !== null
  if (kind === 'evidence') return r.withdrawn_at !== null
  return false
}

function noteCase(m: Ctx, kind: RecordKind, r: Row): void {
  if (kind === 'case') m.changedCases.add(String(r.id))
  if (kind === 'caseEvent' && DECISION_KINDS.has(String(r.kind))) {
    m.decidedCases.add(String(r.case_id))
  }
}

function mergeVersioned(m: Ctx, kind: RecordKind, rec: PackageRecord): void {
  const db = m.ctx.db
  const id = recordKey(kind, rec.r)
  const incoming = rec.v as LineageView
  const local = recordExists(db, kind, id) ? readRecord(db, kind, id) : null
  if (!local) {
    try {
      insertRecord(db, kind, rec.r)
    } catch (e) {
      refuseRecord(kind, rec, e)
    }
    writeLineage(db, kind, id, incoming, null)
    count(m, kind, 'new')
    if (isTombstone(kind, rec.r)) m.totals.tombstones++
    noteCase(m, kind, rec.r)
    return
  }
  const localLineage = currentLineage(db, kind, id, recordHash(kind, local))
  switch (relate(localLineage, incoming)) {
    case 'same':
    case 'localNewer':
      count(m, kind, 'unchanged')
      return
    case 'incomingNewer':
      try {
        replaceRecord(db, kind, rec.r)
      } catch (e) {
        refuseRecord(kind, rec, e)
      }
      writeLineage(db, kind, id, incoming, null)
      count(m, kind, 'updated')
      if (isTombstone(kind, rec.r) && !isTombstone(kind, local)) m.totals.tombstones++
      noteCase(m, kind, rec.r)
      return
    case 'concurrent':
      conflict(m, kind, rec, local, localLineage, 'concurrentEdit')
      return
  }
}

/** A case's events are numbered: another event already at this number means the two sides
 * recorded different steps of one case without seeing each other's. */
function eventSequenceTaken(m: Ctx, r: Row): Row | null {
  const other = prepare(
    m.ctx.db,
    'SELECT id FROM case_events WHERE case_id = ? AND seq = ? AND id <> ?'
  ).get(r.case_id, r.seq, r.id) as { id: string } | undefined
  return other ? readRecord(m.ctx.db, 'caseEvent', other.id) : null
}

function mergeAppendOnly(m: Ctx, kind: RecordKind, rec: PackageRecord): void {
  const db = m.ctx.db
  const id = recordKey(kind, rec.r)
  const local = recordExists(db, kind, id) ? readRecord(db, kind, id) : null
  if (local) {
    if (recordJson(kind, local) === recordJson(kind, rec.r)) count(m, kind, 'unchanged')
    else conflict(m, kind, rec, local, { h: recordHash(kind, local), a: [] }, 'differentContent')
    return
  }
  if (kind === 'caseEvent') {
    const taken = eventSequenceTaken(m, rec.r)
    if (taken) {
      conflict(m, kind, rec, taken, { h: recordHash(kind, taken), a: [] }, 'sequenceTaken')
      return
    }
  }
  try {
    insertRecord(db, kind, rec.r)
  } catch (e) {
    refuseRecord(kind, rec, e)
  }
  count(m, kind, 'new')
  noteCase(m, kind, rec.r)
}

/** Accounts named by the records: kept as they came, never able to sign in. */
function mergeUser(m: Ctx, rec: PackageRecord): void {
  const db = m.ctx.db
  const r = rec.r
  if (prepare(db, 'SELECT 1 FROM users WHERE id = ?').get(r.id)) {
    count(m, 'user', 'unchanged')
    return
  }
  const taken = prepare(db, 'SELECT 1 FROM users WHERE username = ?').get(r.username)
  const username = taken ? `${String(r.username)}#${String(r.id).slice(-8)}` : r.username
  prepare(
    db,
    `INSERT INTO users (id, username, display_name, password_hash, active, rev, created_at, updated_at)
     VALUES (?, ?, ?, ?, 0, 1, ?, ?)`
  ).run(r.id, username, r.display_name, IMPORTED_ACCOUNT, m.at, m.at)
  count(m, 'user', 'new')
}

function receivedSequences(m: Ctx): { received: number[]; fullFrom: number[] } {
  const rows = prepare(
    m.ctx.db,
    'SELECT sequence, manifest FROM merge_receipts WHERE source_id = ?'
  ).all(m.pkg.manifest.source.id) as { sequence: number; manifest: string }[]
  const received = [...new Set(rows.map((r) => r.sequence))].sort((a, b) => a - b)
  const fullFrom = rows
    .filter((r) => (JSON.parse(r.manifest) as { scope: { kind: string } }).scope.kind === 'all')
    .map((r) => r.sequence)
  return { received, fullFrom }
}

function coverage(pkg: VerifiedPackage): { from: string | null; to: string | null } {
  let from: string | null = null
  let to: string | null = null
  const see = (d: unknown) => {
    if (typeof d !== 'string') return
    if (from === null || d < from) from = d
    if (to === null || d > to) to = d
  }
  for (const { r } of pkg.records.get('case') ?? []) see(r.sort_on)
  for (const { r } of pkg.records.get('clue') ?? []) see(r.received_on)
  for (const { r } of pkg.records.get('loss') ?? []) see(r.on_date)
  for (const { r } of pkg.records.get('inspection') ?? []) see(r.on_date)
  return { from, to }
}

/** The dates covered, as the first receipt of the same file recorded them. */
function recalledCoverage(ctx: CallContext, pkg: VerifiedPackage): MergeReportView['coverage'] {
  const row = prepare(
    ctx.db,
    'SELECT report FROM merge_receipts WHERE file_sha256 = ? ORDER BY applied_at LIMIT 1'
  ).get(pkg.fileSha256) as { report: string } | undefined
  return row ? (JSON.parse(row.report) as MergeReportView).coverage : { from: null, to: null }
}

/** The manifest of a file applied here before, so the same file is not read again. */
export function recallAppliedFile(db: CallContext['db']): Recall {
  return (fileSha256) => {
    const row = prepare(
      db,
      'SELECT manifest FROM merge_receipts WHERE file_sha256 = ? ORDER BY applied_at LIMIT 1'
    ).get(fileSha256) as { manifest: string } | undefined
    return row ? (JSON.parse(row.manifest) as Manifest) : null
  }
}

/** The source's key must be the one first seen from it (trust on first use). */
function checkTrust(m: Ctx): 'new' | 'known' {
  const { source, signature } = m.pkg.manifest
  const row = prepare(m.ctx.db, 'SELECT public_key FROM package_sources WHERE source_id = ?').get(
    source.id
  ) as { public_key: string } | undefined
  if (!row) return 'new'
  if (row.public_key !== signature.publicKey) {
    throw new AppError(
      'REFUSED',
      `数据包未通过校验：来源 ${source.unitName}（${source.unitCode}）的签名密钥与此前登记的不同（指纹 ${keyFingerprint(signature.publicKey)}）。请与该单位核实后再导入。数据库未做任何修改。`
    )
  }
  return 'known'
}

function manifestView(pkg: VerifiedPackage): MergeReportView['manifest'] {
  const mf = pkg.manifest
  return {
    packageId: mf.packageId,
    sourceId: mf.source.id,
    unitCode: mf.source.unitCode,
    unitName: mf.source.unitName,
    sequence: mf.sequence,
    scope: mf.scope,
    createdAt: mf.createdAt,
    software: mf.software,
    formatVersion: mf.formatVersion,
    schemaVersion: mf.schemaVersion,
    contentSha256: mf.contentSha256,
    keyFingerprint: keyFingerprint(mf.signature.publicKey),
    recordCount: RECORD_KINDS.reduce((n, k) => n + mf.counts[k], 0),
    auditCount: mf.audit.count,
    auditHeadHash: mf.audit.headHash
  }
}

function registerSource(m: Ctx): void {
  const { source, signature } = m.pkg.manifest
  prepare(
    m.ctx.db,
    `INSERT INTO package_sources (source_id, unit_code, unit_name, public_key, first_seen_at, last_seen_at)
     VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (source_id) DO UPDATE SET unit_code = excluded.unit_code,
       unit_name = excluded.unit_name, last_seen_at = excluded.last_seen_at`
  ).run(source.id, source.unitCode, source.unitName, signature.publicKey, m.at, m.at)
}

/** The projections a merge must keep up: search, and the decided cases' peer rows. */
function refreshProjections(m: Ctx): void {
  indexMergedCases(m.ctx.db, m.changedCases)
  for (const caseId of m.decidedCases) {
    const live = prepare(m.ctx.db, 'SELECT deleted_at FROM cases WHERE id = ?').get(caseId) as
      { deleted_at: string | null } | undefined
    if (live && live.deleted_at === null) recordOutcome(m.ctx, loadCaseState(m.ctx, caseId))
  }
}

export function mergePackage(
  ctx: CallContext,
  pkg: VerifiedPackage,
  options: { dryRun: boolean; fileName: string }
): MergeResult {
  const actor = ctx.user
  if (!actor) throw new Error('mergePackage needs the acting user')
  const run = () => {
    const m: Ctx = {
      ctx,
      pkg,
      tally: new Map(
        RECORD_KINDS.map((kind) => [kind, { kind, new: 0, updated: 0, unchanged: 0, conflicts: 0 }])
      ),
      totals: { new: 0, updated: 0, unchanged: 0, conflicts: 0, tombstones: 0 },
      conflicts: [],
      receiptId: ctx.newId(),
      at: ctx.clock.now().toISOString(),
      changedCases: new Set(),
      decidedCases: new Set()
    }
    const trust = checkTrust(m)
    const previous = prepare(
      ctx.db,
      'SELECT id, applied_at FROM merge_receipts WHERE content_sha256 = ? ORDER BY applied_at LIMIT 1'
    ).get(pkg.manifest.contentSha256) as { id: string; applied_at: string } | undefined
    const { received, fullFrom } = receivedSequences(m)
    const scope = pkg.manifest.scope
    const missingBase =
      scope.kind === 'since' &&
      !received.includes(scope.afterSequence) &&
      !fullFrom.some((n) => n >= scope.afterSequence)
        ? scope.afterSequence
        : null
    // The same file again: every record is as it was merged then (a merge of an applied package
    // changes nothing, whatever happened since), so each counts as unchanged without being read.
    if (pkg.recalled) {
      for (const kind of RECORD_KINDS) {
        const n = pkg.manifest.counts[kind]
        ;(m.tally.get(kind) as KindCounts).unchanged = n
        m.totals.unchanged += n
      }
    }
    withPeriodLockBypass(ctx.db, () => {
      for (const kind of RECORD_KINDS) {
        const versioned = KIND_TABLES[kind].versioned
        for (const rec of pkg.records.get(kind) ?? []) {
          if (kind === 'user') mergeUser(m, rec)
          else if (versioned) mergeVersioned(m, kind, rec)
          else mergeAppendOnly(m, kind, rec)
        }
      }
      refreshProjections(m)
    })
    const report: MergeReportView = {
      manifest: manifestView(pkg),
      trust,
      alreadyApplied: previous ? { receiptId: previous.id, appliedAt: previous.applied_at } : null,
      byKind: RECORD_KINDS.map((k) => m.tally.get(k) as KindCounts),
      totals: m.totals,
      conflicts: m.conflicts,
      duplicates: likelyDuplicates(ctx.db, pkg) satisfies LikelyDuplicate[],
      gaps: sequenceGaps(received, pkg.manifest.sequence).slice(0, 100),
      missingBase,
      coverage: pkg.recalled ? recalledCoverage(ctx, pkg) : coverage(pkg)
    }
    if (options.dryRun) throw new DryRun(report)
    registerSource(m)
    prepare(
      ctx.db,
      `INSERT INTO merge_receipts (id, package_id, source_id, sequence, content_sha256, file_sha256,
         manifest, report, applied_by, applied_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`
    ).run(
      m.receiptId,
      pkg.manifest.packageId,
      pkg.manifest.source.id,
      pkg.manifest.sequence,
      pkg.manifest.contentSha256,
      pkg.fileSha256,
      JSON.stringify(pkg.manifest),
      JSON.stringify(report),
      actor.id,
      m.at
    )
    appendAudit(ctx.db, {
      at: m.at,
      actor: { id: actor.id, name: actor.displayName },
      action: 'exchange.import',
      entity: 'package',
      entityId: pkg.manifest.packageId,
      detail: {
        fileName: options.fileName,
        receiptId: m.receiptId,
        source: pkg.manifest.source,
        sequence: pkg.manifest.sequence,
        contentSha256: pkg.manifest.contentSha256,
        totals: m.totals
      }
    })
    return { report, receiptId: m.receiptId }
  }
  // Every insert that fires a trigger opens a statement journal; in a temp file (the default) that
  // costs several times the insert itself. In memory for the merge: the journals of one statement
  // are small. Set outside the transaction (the pragma may not change inside one).
  const tempStore = ctx.db.pragma('temp_store', { simple: true }) as number
  ctx.db.pragma('temp_store = MEMORY')
  try {
    return ctx.db.transaction(run).immediate()
  } catch (e) {
    if (e instanceof DryRun) return { report: e.report, receiptId: null }
    throw e
  } finally {
    ctx.db.pragma(`temp_store = ${tempStore}`)
  }
}
