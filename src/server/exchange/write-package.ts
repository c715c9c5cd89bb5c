// Makes an export package: one gzip file whose first line is the signed manifest and whose other
// lines are the records, one JSON object per line (docs/exchange.md).
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gzip } from 'node:zlib'
import type Database from 'better-sqlite3'
import {
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type Manifest
} from '../../shared/schemas/exchange'
import type { PackageScope } from '../../shared/schemas/exchange'
import { RECORD_KINDS, type RecordKind } from '../../shared/schemas/exchange-records'
import { AppError } from '../../shared/errors'
import { shanghaiDate } from '../../core/text/calendar-date'
import { appendAudit } from '../audit/repo'
import { prepare } from '../db/statements'
import { latestVersion } from '../db/migrate'
import { getUnit } from '../unit/repo'
import { softwareVersion } from '../version'
import { signBytes, signedBytes, sourceIdentity } from './identity'
import { KIND_TABLES, recordJson, recordKey } from './records'
import { currentMarks, lineageKey, refreshLineages, selectRecords } from './select'

const gzipAsync = promisify(gzip)

export type BuiltPackage = { manifest: Manifest; fileName: string; bytes: Buffer }

export type ExportRequest = {
  scope: PackageScope
  actor: { id: string; displayName: string }
  now: Date
  newId: () => string
}

/**
 * Reads the records and records the export, in one transaction, and returns the uncompressed
 * package. The caller compresses it (off the event loop).
 */
export function collectPackage(
  db: Database.Database,
  req: ExportRequest
): { manifest: Manifest; text: Buffer } {
  return db
    .transaction(() => {
      const unit = getUnit(db)
      if (!unit) throw new AppError('SETUP_REQUIRED', '请先完成首次设置。')
      const at = req.now.toISOString()
      const identity = sourceIdentity(db, req.newId, at)
      const sequence = (lastExportSequence(db) ?? 0) + 1
      const lineages = refreshLineages(db)
      const marks = currentMarks(db)
      const selection = selectRecords(db, req.scope)
      const hash = createHash('sha256')
      const chunks: Buffer[] = []
      let contentBytes = 0
      const counts = {} as Record<RecordKind, number>
      for (const kind of RECORD_KINDS) {
        const rows = selection.get(kind) ?? []
        counts[kind] = rows.length
        const versioned = KIND_TABLES[kind].versioned
        const lines: string[] = []
        for (const r of rows) {
          const json = recordJson(kind, r)
          if (versioned) {
            const l = lineages.get(lineageKey(kind, recordKey(kind, r)))
            if (!l) throw new Error(`no lineage for ${kind} ${recordKey(kind, r)}`)
            lines.push(`{"k":"${kind}","r":${json},"v":${JSON.stringify({ h: l.h, a: l.a })}}\n`)
          } else {
            lines.push(`{"k":"${kind}","r":${json}}\n`)
          }
          // Flushed in slices: one string per 100k records would be needlessly large.
          if (lines.length === 2000) flush()
        }
        flush()
        function flush(): void {
          if (lines.length === 0) return
          const b = Buffer.from(lines.join(''))
          hash.update(b)
          chunks.push(b)
          contentBytes += b.length
          lines.length = 0
        }
      }
      const audit = prepare(
        db,
        'SELECT count(*) AS n, (SELECT hash FROM audit_log ORDER BY seq DESC LIMIT 1) AS head FROM audit_log'
      ).get() as { n: number; head: string | null }
      const unsigned: Omit<Manifest, 'signature'> = {
        format: PACKAGE_FORMAT,
        formatVersion: PACKAGE_FORMAT_VERSION,
        schemaVersion: latestVersion(),
        packageId: req.newId(),
        source: { id: identity.sourceId, unitCode: unit.code, unitName: unit.name },
        sequence,
        software: softwareVersion(),
        scope: req.scope,
        createdAt: at,
        counts,
        audit: { count: audit.n, headHash: audit.head ?? '0'.repeat(64) },
        contentBytes,
        contentSha256: hash.digest('hex')
      }
      const manifest: Manifest = {
        ...unsigned,
        signature: {
          alg: 'ed25519',
          publicKey: identity.publicKey,
          value: signBytes(identity.privateKey, signedBytes(unsigned))
        }
      }
      prepare(
        db,
        `INSERT INTO package_exports (sequence, package_id, scope, counts, content_sha256, marks,
         created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`
      ).run(
        sequence,
        manifest.packageId,
        JSON.stringify(req.scope),
        JSON.stringify(counts),
        manifest.contentSha256,
        JSON.stringify(marks),
        req.actor.id,
        at
      )
      appendAudit(db, {
        at,
        actor: { id: req.actor.id, name: req.actor.displayName },
        action: 'exchange.export',
        entity: 'package',
        entityId: manifest.packageId,
        detail: { sequence, scope: req.scope, counts, contentSha256: manifest.contentSha256 }
      })
      // Versions first carried by this package (local edits, and records merged in from elsewhere).
      prepare(db, 'UPDATE record_versions SET changed_seq = ? WHERE changed_seq IS NULL').run(
        sequence
      )
      const text = Buffer.concat([Buffer.from(`${JSON.stringify(manifest)}\n`), ...chunks])
      return { manifest, text }
    })
    .immediate()
}

/** The sequence number of this installation's latest package, or null before the first. */
export function lastExportSequence(db: Database.Database): number | null {
  const row = prepare(db, 'SELECT max(sequence) AS n FROM package_exports').get() as {
    n: number | null
  }
  return row.n
}

export function packageFileName(manifest: Manifest): string {
  // The calendar day in Asia/Shanghai, as everywhere a date is shown to users.
  const day = shanghaiDate(new Date(manifest.createdAt))
  return `${manifest.source.unitName}-数据包-${manifest.sequence}-${day}.yspkg`
}

export async function buildPackage(
  db: Database.Database,
  req: ExportRequest
): Promise<BuiltPackage> {
  const { manifest, text } = collectPackage(db, req)
  const bytes = await gzipAsync(text, { level: 6 })
  return { manifest, fileName: packageFileName(manifest), bytes }
}
