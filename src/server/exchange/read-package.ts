// Verifies a package before anything is written: size, compression, manifest, format and schema
// version, content length and SHA-256, signature, then every line and every record against the
// shared schemas. Any failure refuses the whole package with a message naming what is wrong.
import { createHash } from 'node:crypto'
import { promisify } from 'node:util'
import { gunzip } from 'node:zlib'
import type { z } from 'zod'
import { AppError } from '../../shared/errors'
import { isValidationKey, validationZh } from '../../shared/i18n/validation-messages'
import {
  manifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_FORMAT_VERSION,
  type Manifest
} from '../../shared/schemas/exchange'
import {
  lineageSchema,
  RECORD_KINDS,
  recordSchemas,
  type Lineage,
  type RecordKind
} from '../../shared/schemas/exchange-records'
import { latestVersion } from '../db/migrate'
import { signedBytes, verifyBytes } from './identity'
import { KIND_TABLES, recordHash, recordKey, type Row } from './records'

const gunzipAsync = promisify(gunzip)

export type PackageLimits = {
  /** The compressed file. */
  maxFileBytes: number
  /** After decompression: a small file that inflates without end is refused. */
  maxContentBytes: number
  /** One record line; a longer one is a huge string, not a record. */
  maxLineBytes: number
}

export const DEFAULT_LIMITS: PackageLimits = {
  maxFileBytes: 1024 * 1024 * 1024,
  maxContentBytes: 2000 * 1024 * 1024,
  maxLineBytes: 1024 * 1024
}

export type PackageRecord = { r: Row; v: Lineage | null; line: number }

export type VerifiedPackage = {
  manifest: Manifest
  /** SHA-256 of the whole file as received. */
  fileSha256: string
  records: Map<RecordKind, PackageRecord[]>
  /** The very file was applied here before (see recall): its records were not read again. */
  recalled: boolean
}

/** The manifest of a file already applied here, by the file's SHA-256; null for a new file. */
export type Recall = (fileSha256: string) => Manifest | null

function refuse(message: string): never {
  throw new AppError('REFUSED', `数据包未通过校验：${message}。数据库未做任何修改。`)
}

/** The first few problems, each naming its field, in Chinese (a schema's message is a key). */
function issuesText(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((i) => {
      const message = isValidationKey(i.message) ? validationZh[i.message] : issueZh(i)
      return `${i.path.join('.') || '(整体)'}：${message}`
    })
    .join('；')
}

/** zod's own issues (wrong type, unknown key, out of range) in Chinese. */
function issueZh(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return `类型不对（应为 ${issue.expected}）`
    case 'unrecognized_keys':
      return `有未知字段“${issue.keys.slice(0, 3).join('、').slice(0, 80)}”`
    case 'too_big':
      return '超出允许的范围或长度'
    case 'too_small':
      return '低于允许的范围或长度'
    case 'invalid_value':
      return '不是允许的取值'
    case 'invalid_format':
      return '格式不正确'
    case 'invalid_union':
    case 'invalid_key':
    case 'invalid_element':
    case 'not_multiple_of':
    case 'custom':
      return validationZh['v.invalid']
  }
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function parseManifest(text: string): Manifest {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    refuse('第 1 行（清单）不是有效的 JSON')
  }
  if (!isPlainObject(raw) || raw.format !== PACKAGE_FORMAT) refuse('不是案衡数据包（缺少格式标识）')
  if (raw.formatVersion !== PACKAGE_FORMAT_VERSION) {
    refuse(
      `数据包格式版本 ${String(raw.formatVersion)} 不受支持（本软件读取版本 ${PACKAGE_FORMAT_VERSION}）`
    )
  }
  if (typeof raw.schemaVersion === 'number' && raw.schemaVersion > latestVersion()) {
    refuse(
      `数据包来自较新版本的案衡（数据库版本 ${raw.schemaVersion}，本机 ${latestVersion()}），请先升级本机软件`
    )
  }
  const parsed = manifestSchema.safeParse(raw)
  if (!parsed.success) refuse(`清单不符合格式：${issuesText(parsed.error)}`)
  return parsed.data
}

const LINE_KEYS = new Set(['k', 'r', 'v'])

/** One record line: {"k": kind, "r": record, "v": lineage} with nothing else. */
function parseLine(
  text: string,
  line: number,
  lastKindIndex: number
): {
  kind: RecordKind
  record: PackageRecord
  kindIndex: number
} {
  let raw: unknown
  try {
    raw = JSON.parse(text)
  } catch {
    refuse(`第 ${line} 行不是有效的 JSON`)
  }
  if (!isPlainObject(raw)) refuse(`第 ${line} 行不是记录对象`)
  for (const key of Object.keys(raw)) {
    if (!LINE_KEYS.has(key)) refuse(`第 ${line} 行有未知字段“${key.slice(0, 40)}”`)
  }
  const kindIndex = RECORD_KINDS.indexOf(raw.k as RecordKind)
  if (kindIndex < 0) refuse(`第 ${line} 行的记录类型“${String(raw.k).slice(0, 40)}”未知`)
  if (kindIndex < lastKindIndex) refuse(`第 ${line} 行的记录顺序不对（被引用的记录须在前）`)
  const kind = RECORD_KINDS[kindIndex] as RecordKind
  const parsed = recordSchemas[kind].safeParse(raw.r)
  if (!parsed.success) refuse(`第 ${line} 行（${kind}）：${issuesText(parsed.error)}`)
  const r = parsed.data as Row
  let v: Lineage | null = null
  if (KIND_TABLES[kind].versioned) {
    const lineage = lineageSchema.safeParse(raw.v)
    if (!lineage.success) refuse(`第 ${line} 行（${kind}）缺少或有误的版本信息`)
    v = lineage.data
    // The stated version must be the record's own: a version hash is never taken on trust.
    if (v.h !== recordHash(kind, r)) refuse(`第 ${line} 行（${kind}）的版本哈希与内容不符`)
  } else if (raw.v !== undefined) {
    refuse(`第 ${line} 行（${kind}）不应带版本信息`)
  }
  return { kind, record: { r, v, line }, kindIndex }
}

async function inflate(file: Buffer, limits: PackageLimits): Promise<Buffer> {
  try {
    // 1 MB slices: the default 16 KB makes a round trip to the thread pool per slice.
    return await gunzipAsync(file, { maxOutputLength: limits.maxContentBytes, chunkSize: 1 << 20 })
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ERR_BUFFER_TOO_LARGE' || (e instanceof RangeError && /length/i.test(e.message))) {
      refuse(`解压后超过 ${Math.round(limits.maxContentBytes / 1024 / 1024)} MB 的上限`)
    }
    refuse(code === 'Z_BUF_ERROR' ? '文件不完整（压缩数据被截断）' : '文件不是有效的 gzip 压缩数据')
  }
}

/** Yields to the event loop every so many lines, so a long verification does not freeze the host. */
const YIELD_EVERY = 5000

export async function readPackage(
  file: Buffer,
  limits: PackageLimits = DEFAULT_LIMITS,
  progress: (done: number, total: number) => void = () => {},
  recall: Recall = () => null
): Promise<VerifiedPackage> {
  if (file.length === 0) refuse('文件为空')
  if (file.length > limits.maxFileBytes) {
    refuse(`文件超过 ${Math.round(limits.maxFileBytes / 1024 / 1024)} MB 的上限`)
  }
  const fileSha256 = createHash('sha256').update(file).digest('hex')
  const known = recall(fileSha256)
  if (known) return { manifest: known, fileSha256, records: new Map(), recalled: true }
  const text = await inflate(file, limits)
  const firstBreak = text.indexOf(0x0a)
  if (firstBreak < 0 || firstBreak > 64 * 1024) refuse('缺少清单行或清单过长')
  const manifest = parseManifest(text.subarray(0, firstBreak).toString('utf8'))
  const content = text.subarray(firstBreak + 1)
  if (content.length !== manifest.contentBytes) {
    refuse(
      `内容长度 ${content.length} 字节与清单所记 ${manifest.contentBytes} 字节不符（文件被截断或改动）`
    )
  }
  if (createHash('sha256').update(content).digest('hex') !== manifest.contentSha256) {
    refuse('内容的 SHA-256 与清单不符（文件被改动或损坏）')
  }
  const { signature, ...unsigned } = manifest
  if (!verifyBytes(signature.publicKey, signedBytes(unsigned), signature.value)) {
    refuse('签名无效（清单被改动，或不是该来源签发）')
  }
  const total = RECORD_KINDS.reduce((n, k) => n + manifest.counts[k], 0)
  const records = new Map<RecordKind, PackageRecord[]>(RECORD_KINDS.map((k) => [k, []]))
  const seen = new Map<RecordKind, Set<string>>(RECORD_KINDS.map((k) => [k, new Set()]))
  let start = 0
  let line = 1
  let lastKind = 0
  let done = 0
  while (start < content.length) {
    line++
    let end = content.indexOf(0x0a, start)
    if (end < 0) refuse(`第 ${line} 行没有换行结尾（文件不完整）`)
    if (end - start > limits.maxLineBytes) {
      refuse(`第 ${line} 行超过 ${Math.round(limits.maxLineBytes / 1024)} KB 的单条记录上限`)
    }
    const parsed = parseLine(content.toString('utf8', start, end), line, lastKind)
    lastKind = parsed.kindIndex
    const key = recordKey(parsed.kind, parsed.record.r)
    const keys = seen.get(parsed.kind) as Set<string>
    if (keys.has(key)) refuse(`第 ${line} 行（${parsed.kind}）与前面的记录重复（${key}）`)
    keys.add(key)
    records.get(parsed.kind)?.push(parsed.record)
    start = end + 1
    end = 0
    if (++done % YIELD_EVERY === 0) {
      progress(done, total)
      await new Promise((resolve) => setImmediate(resolve))
    }
  }
  for (const kind of RECORD_KINDS) {
    const n = records.get(kind)?.length ?? 0
    if (n !== manifest.counts[kind]) {
      refuse(`${kind} 记录 ${n} 条，与清单所记 ${manifest.counts[kind]} 条不符`)
    }
  }
  progress(total, total)
  return { manifest, fileSha256, records, recalled: false }
}
