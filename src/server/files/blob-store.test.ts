import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createDirBlobStore, sha256Hex } from './blob-store'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function store() {
  const dir = mkdtempSync(join(tmpdir(), 'ys-blobs-'))
  dirs.push(dir)
  return { dir, files: createDirBlobStore(dir) }
}

describe('the file store in the data folder', () => {
  it('keeps each content once under its hash and returns the same bytes', () => {
    const { dir, files } = store()
    const content = Buffer.from('询问笔录扫描件')
    const a = files.put(content)
    const b = files.put(content)
    expect(a).toEqual(b)
    expect(a.sha256).toBe(sha256Hex(content))
    expect(files.get(a.sha256).equals(content)).toBe(true)
    expect(readdirSync(join(dir, a.sha256.slice(0, 2)))).toEqual([a.sha256])
  })

  it('names a changed or missing file instead of returning it', () => {
    const { dir, files } = store()
    const { sha256 } = files.put(Buffer.from('原件'))
    writeFileSync(join(dir, sha256.slice(0, 2), sha256), '改过的内容')
    expect(() => files.get(sha256)).toThrow(/内容与登记的哈希不一致/)
    expect(() => files.get('0'.repeat(64))).toThrow(/不存在/)
    expect(() => files.get('../etc/passwd')).toThrow(/标识无效/)
  })
})
