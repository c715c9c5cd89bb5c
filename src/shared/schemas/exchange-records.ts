// The records of an export package (issue 8), one strict schema per kind, with the columns of the
// table they travel from and to. Package text is checked, never rewritten: a record's content hash
// must survive the trip, so free text is refused (not normalised) when it carries control or bidi
// characters. Value lists (statuses, kinds …) are checked again by the tables' CHECK constraints.
import { z } from 'zod'
import { hasForbiddenChars } from '../../core/text/clean-text'
import { CASE_SOURCES, CASE_STATUSES, PARTY_KINDS } from '../../core/cases/vocabulary'
import { EVIDENCE_KINDS } from '../../core/lifecycle/evidence'
import { calendarDate, uuid } from './primitives'

const stored = (max: number) =>
  z
    .string()
    .max(max, { message: 'v.tooLong' })
    .refine((s) => !hasForbiddenChars(s), { message: 'v.forbiddenChars' })
const storedN = (max: number) => stored(max).nullable()
/**
 * A JSON escape that decodes to a character `stored` refuses: `\b`, `\f`, or `\uXXXX` for a C0 or
 * C1 control (tab, newline and carriage return stay allowed) or a bidi embedding, override or
 * isolate. JSON text can spell those characters so, and whoever parses the stored JSON (the
 * timeline, a document) gets them; the check on the raw text cannot see them. An escape starts at
 * a backslash preceded by an even number of backslashes (`\\u202e` is a backslash, then "u202e").
 * One linear scan of the text: cheaper than walking the parsed value, on every record of an import.
 */
const FORBIDDEN_ESCAPE =
  /(?<!\\)(?:\\\\)*\\(?:[bf]|u(?:000[0-8bcefBCEF]|001[0-9a-fA-F]|007[fF]|00[89][0-9a-fA-F]|202[a-eA-E]|206[6-9]))/

/** JSON kept as text (an action, an evaluation's facts): it must parse, to an object, and spell no
 * character that free text refuses. */
const jsonText = (max: number) =>
  stored(max).superRefine((s, ctx) => {
    let v: unknown
    try {
      v = JSON.parse(s)
    } catch {
      v = null
    }
    if (typeof v !== 'object' || v === null) ctx.addIssue({ code: 'custom', message: 'v.json' })
    else if (FORBIDDEN_ESCAPE.test(s)) ctx.addIssue({ code: 'custom', message: 'v.forbiddenChars' })
  })
const id = uuid
const idN = uuid.nullable()
const date = calendarDate
const dateN = calendarDate.nullable()
/** An ISO 8601 instant as the database stores it. */
export const timestamp = z
  .string()
  .max(40)
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,6})?(Z|[+-]\d{2}:\d{2})$/, {
    message: 'v.timestamp'
  })
const timestampN = timestamp.nullable()
const int = z.number().int().min(-Number.MAX_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER)
const intN = int.nullable()
const flag = z.union([z.literal(0), z.literal(1)])
const fen = int
const fenN = intN
const unitCode = z.string().regex(/^[0-9A-HJ-NPQRTUWXY]{18}$/, { message: 'v.uscc.format' })
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, { message: 'v.sha256' })

export const partyRecord = z.strictObject({
  id,
  case_id: id,
  position: z.number().int().min(0).max(99),
  kind: z.enum(PARTY_KINDS),
  name: stored(200),
  id_number: storedN(40),
  uscc: storedN(40),
  legal_representative: storedN(100),
  address: stored(300),
  contact: stored(100)
})

/** The unit of exchange for each table. `versioned` records can change after they are written and
 * carry a lineage; the others are append-only and merge by id alone. */
export const EXCHANGE_COLUMNS = {
  user: {
    id,
    username: stored(100),
    display_name: stored(100)
  },
  case: {
    id,
    origin_unit: unitCode,
    case_number: stored(100),
    cause: stored(500),
    source: z.enum(CASE_SOURCES),
    status: z.enum(CASE_STATUSES),
    discovered_on: date,
    filed_on: dateN,
    sort_on: date,
    facts: stored(20_000),
    officer1_id: id,
    officer2_id: id,
    rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    created_by: id,
    created_at: timestamp,
    updated_at: timestamp,
    deleted_at: timestampN,
    deleted_reason: storedN(500),
    decision_due_on: dateN,
    violation_on: dateN,
    extended_limitation: flag,
    payment_due_on: dateN,
    parties: z.array(partyRecord).max(50)
  },
  evidence: {
    id,
    case_id: id,
    kind: z.enum(EVIDENCE_KINDS),
    title: stored(200),
    file_name: stored(200),
    media_type: stored(100),
    sha256,
    size_bytes: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    collected_by: stored(100),
    collected_on: date,
    place: stored(200),
    origin_unit: unitCode,
    rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    created_by: id,
    created_at: timestamp,
    updated_at: timestamp,
    withdrawn_at: timestampN,
    withdrawn_reason: storedN(500)
  },
  caseEvent: {
    id,
    case_id: id,
    seq: z.number().int().min(1).max(1_000_000),
    kind: stored(40),
    on_date: date,
    action: jsonText(50_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  evaluation: {
    id,
    case_id: id,
    item_code: stored(40),
    act_date: date,
    establishes_violation: flag,
    benchmark_id: stored(100),
    statute_version: stored(100),
    prior_violations: z.number().int().min(0).max(10_000),
    facts: jsonText(50_000),
    result: jsonText(100_000),
    choice: z.enum(['accept', 'declineExemption']),
    outcome_level: stored(40),
    fine_min_fen: fenN,
    fine_max_fen: fenN,
    intended_fine_fen: fenN,
    deviation: flag,
    deviation_reason: storedN(2_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp,
    public_service_offset_fen: fenN
  },
  document: {
    id,
    case_id: id,
    doc_type: stored(40),
    number: storedN(100),
    year: z.number().int().min(1900).max(9999).nullable(),
    serial: z.number().int().min(1).max(10_000_000).nullable(),
    version: z.number().int().min(1).max(1000),
    supersedes_id: idN,
    snapshot: jsonText(200_000),
    pdf_sha256: sha256,
    pdf_bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    docx_sha256: sha256,
    docx_bytes: z.number().int().min(0).max(Number.MAX_SAFE_INTEGER),
    origin_unit: unitCode,
    issued_by: id,
    issued_at: timestamp
  },
  payment: {
    id,
    case_id: id,
    paid_on: date,
    amount_fen: fen,
    receipt_no: stored(100),
    note: stored(500),
    reverses_id: idN,
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  publicService: {
    id,
    case_id: id,
    application_id: id,
    kind: z.enum(['apply', 'verify', 'withdraw']),
    service_code: stored(40),
    service_name: stored(200),
    measure: z.enum(['hours', 'points']),
    quantity_tenths: z.number().int().min(1).max(1_000_000).nullable(),
    on_date: date,
    evidence_id: idN,
    note: stored(2_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  fastTrack: {
    case_id: id,
    reason: stored(2_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  revocation: {
    case_id: id,
    revoked_on: date,
    authority: z.enum(['reconsideration', 'litigation', 'selfCorrection']),
    reason: stored(2_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  education: {
    case_id: id,
    forms: stored(500),
    content: stored(5_000),
    educated_on: date,
    follow_up_on: date,
    followed_up_on: dateN,
    follow_up_result: storedN(2_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp,
    followed_up_by: idN
  },
  verdict: {
    id,
    case_id: id,
    code: stored(60),
    verdict: z.enum(['reasonable', 'needsCorrection']),
    reason: stored(2_000),
    flag: jsonText(20_000),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  clue: {
    id,
    clue_number: stored(100),
    received_on: date,
    channel: stored(40),
    reporter: stored(200),
    uscc: stored(40),
    enterprise_name: stored(200),
    agency: stored(200),
    problem_type: stored(40),
    amount_fen: fenN,
    summary: stored(5_000),
    deadline_on: date,
    status: z.enum(['registered', 'transferred', 'handled', 'closed']),
    handled_on: dateN,
    finding: z.enum(['substantiated', 'partly', 'unsubstantiated']).nullable(),
    referred: flag,
    rev: z.number().int().min(1).max(Number.MAX_SAFE_INTEGER),
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp,
    updated_at: timestamp
  },
  clueStep: {
    id,
    clue_id: id,
    kind: z.enum(['transfer', 'urge', 'handle', 'feedback', 'refer']),
    on_date: date,
    to_agency: storedN(200),
    deadline_on: dateN,
    finding: z.enum(['substantiated', 'partly', 'unsubstantiated']).nullable(),
    note: stored(2_000),
    created_by: id,
    created_at: timestamp
  },
  loss: {
    id,
    uscc: stored(40),
    enterprise_name: stored(200),
    category: stored(40),
    amount_fen: fen,
    on_date: date,
    case_id: idN,
    clue_id: idN,
    evidence: stored(500),
    note: stored(2_000),
    reverses_id: idN,
    duplicate_of: idN,
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  inspection: {
    id,
    uscc: stored(40),
    enterprise_name: stored(200),
    on_date: date,
    agency: stored(200),
    legal_basis: stored(500),
    result: z.enum(['noProblem', 'corrected', 'caseOpened', 'other']),
    result_note: stored(2_000),
    case_id: idN,
    origin_unit: unitCode,
    created_by: id,
    created_at: timestamp
  },
  inspectionVoid: {
    inspection_id: id,
    reason: stored(2_000),
    created_by: id,
    created_at: timestamp
  }
} as const

export type RecordKind = keyof typeof EXCHANGE_COLUMNS

/** In dependency order: a record's references come from kinds before it (or earlier rows of its own
 * kind, which the export sorts by id, i.e. by creation for UUIDv7). */
export const RECORD_KINDS = Object.keys(EXCHANGE_COLUMNS) as RecordKind[]

export const recordSchemas = Object.fromEntries(
  RECORD_KINDS.map((k) => [k, z.strictObject(EXCHANGE_COLUMNS[k])])
) as { [K in RecordKind]: z.ZodObject<(typeof EXCHANGE_COLUMNS)[K], z.core.$strict> }

/** A record's lineage: its version hash and the versions it descends from, oldest first. */
export const lineageSchema = z.strictObject({
  h: sha256,
  a: z.array(sha256).max(10_000)
})

export type Lineage = z.output<typeof lineageSchema>

export { sha256 as sha256Hex, unitCode as unitCodeField }
