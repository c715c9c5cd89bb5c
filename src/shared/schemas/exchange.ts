// The manifest of an export package and the inputs of the exchange handlers (issue 8).
import { z } from 'zod'
import { base64Content, calendarDate, requiredText, uuid } from './primitives'
import { hasForbiddenChars } from '../../core/text/clean-text'
import {
  RECORD_KINDS,
  sha256Hex,
  timestamp,
  unitCodeField,
  type RecordKind
} from './exchange-records'

export const PACKAGE_FORMAT = 'yardstick-package'
/** Bumped when the package layout changes incompatibly; a reader refuses any other. */
export const PACKAGE_FORMAT_VERSION = 1

const periodScope = z.strictObject({
  kind: z.literal('period'),
  from: calendarDate,
  to: calendarDate
})
const sinceScope = z.strictObject({
  kind: z.literal('since'),
  /** Everything changed after this installation's package with that sequence number. */
  afterSequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER)
})
const allScope = z.strictObject({ kind: z.literal('all') })

export const packageScope = z.discriminatedUnion('kind', [allScope, periodScope, sinceScope])
export type PackageScope = z.output<typeof packageScope>

const counts = z.strictObject(
  Object.fromEntries(
    RECORD_KINDS.map((k) => [k, z.number().int().min(0).max(100_000_000)])
  ) as Record<RecordKind, z.ZodNumber>
)

/** What the manifest says: checked before a single record is read. */
export const manifestSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  formatVersion: z.number().int().min(1).max(1_000_000),
  /** The database schema (user_version) of the exporting installation. */
  schemaVersion: z.number().int().min(1).max(1_000_000),
  packageId: uuid,
  source: z.strictObject({
    id: uuid,
    unitCode: unitCodeField,
    unitName: requiredText(100)
  }),
  sequence: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
  software: z
    .string()
    .max(40, { message: 'v.tooLong' })
    .refine((s) => !hasForbiddenChars(s), { message: 'v.forbiddenChars' }),
  scope: packageScope,
  createdAt: timestamp,
  counts,
  /** The exporting installation's audit chain at export time. */
  audit: z.strictObject({
    count: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    headHash: sha256Hex.or(z.literal('0'.repeat(64)))
  }),
  contentBytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
  contentSha256: sha256Hex,
  signature: z.strictObject({
    alg: z.literal('ed25519'),
    /** SPKI DER, base64. */
    publicKey: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9+/]+=*$/),
    value: z
      .string()
      .max(200)
      .regex(/^[A-Za-z0-9+/]+=*$/)
  })
})
export type Manifest = z.output<typeof manifestSchema>

export const packageExportInput = z.strictObject({ scope: packageScope })

/** The browser host and Electron both send the chosen file's bytes as base64. */
export const MAX_UPLOAD_PACKAGE_BYTES = 64 * 1024 * 1024
export const packageInspectInput = z.strictObject({
  fileName: requiredText(200),
  contentBase64: base64Content(MAX_UPLOAD_PACKAGE_BYTES)
})

export const importRefInput = z.strictObject({ importId: uuid })

export const conflictResolveInput = z.strictObject({
  id: uuid,
  keep: z.enum(['local', 'incoming']),
  reason: requiredText(500)
})

export const receiptRefInput = z.strictObject({ id: uuid })
