// Files kept by their SHA-256 (evidence, issued documents): written once, never changed, verified on
// every read. The database holds the hash; the store holds the bytes under <dir>/<2 hex>/<64 hex>.
import { createHash } from 'node:crypto'
import {
  closeSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  writeSync
} from 'node:fs'
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../../shared/errors'

export type StoredFile = { sha256: string; bytes: number }

export type BlobStore = {
  /** Stores the bytes (idempotent: the same content is stored once) and returns their hash. */
  put: (content: Uint8Array) => StoredFile
  /** The bytes with this hash; an INTEGRITY error if they are missing or no longer match it. */
  get: (sha256: string) => Buffer
}

export function sha256Hex(content: Uint8Array): string {
  return createHash('sha256').update(content).digest('hex')
}

const HASH = /^[0-9a-f]{64}$/

function tampered(sha256: string, what: string): AppError {
  return new AppError(
    'INTEGRITY',
    `文件校验失败：哈希为 ${sha256.slice(0, 12)}… 的文件${what}。该文件可能已被改动或丢失，请从备份恢复。`
  )
}

/** The store in the data folder. Writes go to a temporary file, fsync, then rename, so a crash never
 * leaves a half-written file under a hash name. */
export function createDirBlobStore(dir: string): BlobStore {
  const pathOf = (sha256: string) => join(dir, sha256.slice(0, 2), sha256)
  return {
    put(content) {
      const sha256 = sha256Hex(content)
      const target = pathOf(sha256)
      if (!existsSync(target)) {
        mkdirSync(join(dir, sha256.slice(0, 2)), { recursive: true, mode: 0o700 })
        const temp = `${target}.${process.pid}.partial`
        const fd = openSync(temp, 'w', 0o600)
        try {
          writeSync(fd, content)
          fsyncSync(fd)
        } finally {
          closeSync(fd)
        }
        renameSync(temp, target)
      }
      return { sha256, bytes: content.byteLength }
    },
    get(sha256) {
      if (!HASH.test(sha256)) throw tampered(sha256, '标识无效')
      let content: Buffer
      try {
        content = readFileSync(pathOf(sha256))
      } catch {
        throw tampered(sha256, '不存在')
      }
      if (sha256Hex(content) !== sha256) throw tampered(sha256, '内容与登记的哈希不一致')
      return content
    }
  }
}

/** For tests and in-memory servers. */
export function createMemoryBlobStore(): BlobStore & { corrupt: (sha256: string) => void } {
  const files = new Map<string, Buffer>()
  return {
    put(content) {
      const sha256 = sha256Hex(content)
      if (!files.has(sha256)) files.set(sha256, Buffer.from(content))
      return { sha256, bytes: content.byteLength }
    },
    get(sha256) {
      const content = files.get(sha256)
      if (!content) throw tampered(sha256, '不存在')
      if (sha256Hex(content) !== sha256) throw tampered(sha256, '内容与登记的哈希不一致')
      return Buffer.from(content)
    },
    corrupt(sha256) {
      const content = files.get(sha256)
      if (content) content[0] = (content[0] ?? 0) ^ 0xff
    }
  }
}
