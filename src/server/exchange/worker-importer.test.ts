// The server's side of the merge worker, against stand-in workers that speak the protocol: progress
// reaches the job, the report and the receipt come back, a refusal stays the worker's own message,
// a crashed worker becomes a clear error, and the connection's lock wait is short only meanwhile.
// The real worker (merge-worker.ts, which needs the build) runs in the e2e and the bench.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/errors'
import type { CallContext } from '../context'
import { DEFAULT_LIMITS } from './read-package'
import { workerImporter } from './worker-importer'

const STUB = `
const { parentPort, workerData } = require('node:worker_threads')
const post = (m) => parentPort.postMessage(m)
const mode = workerData.fileName
if (mode === 'crash.yspkg') throw new Error('stub crashed')
if (mode === 'refused.yspkg') {
  post({ type: 'failed', error: { code: 'REFUSED', message: '数据包未通过校验：签名无效' }, detail: null })
} else {
  post({ type: 'progress', done: 1, total: 2 })
  post({ type: 'progress', done: 2, total: 2 })
  post({ type: 'report', report: { bytes: Buffer.from(workerData.contentBase64, 'base64').length, user: workerData.user.id } })
  parentPort.on('message', (m) => {
    if (mode === 'apply-fails.yspkg') {
      post({ type: 'failed', error: { code: 'INTERNAL', message: '内部错误' }, detail: 'Error: disk full' })
    } else {
      post({ type: 'applied', receiptId: 'receipt-for-' + m.user.id })
    }
  })
}
`

function setUp() {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-merge-worker-'))
  const workerFile = join(dir, 'stub-worker.js')
  writeFileSync(workerFile, STUB)
  const pragmas: string[] = []
  const logged: unknown[] = []
  const ctx = {
    db: { pragma: (s: string) => void pragmas.push(s) },
    user: { id: 'u-head', username: 'head', displayName: '负责人', roles: ['head'] },
    resourcesDir: dir
  } as unknown as CallContext
  const importer = workerImporter({
    workerFile,
    file: join(dir, 'yardstick.sqlite'),
    log: (_m, e) => void logged.push(e)
  })
  const run = (fileName: string, progress: (done: number, total: number) => void = () => {}) =>
    importer(ctx, {
      contentBase64: Buffer.from('package bytes').toString('base64'),
      fileName,
      limits: DEFAULT_LIMITS,
      progress
    })
  return { ctx, pragmas, logged, run }
}

describe('workerImporter', () => {
  it('relays progress, returns the report, applies as the applying user, and ends the worker', async () => {
    const { ctx, pragmas, run } = setUp()
    const seen: string[] = []
    const prepared = await run('ok.yspkg', (done, total) => seen.push(`${done}/${total}`))
    expect(seen).toEqual(['1/2', '2/2'])
    expect(prepared.report).toEqual({ bytes: 13, user: 'u-head' })
    // Short lock waits while the worker held the package open, the usual ones after.
    expect(pragmas).toEqual(['busy_timeout = 200', 'busy_timeout = 5000'])
    const receipt = await prepared.apply({
      ...ctx,
      user: { ...ctx.user, id: 'u-other' }
    } as CallContext)
    expect(receipt).toBe('receipt-for-u-other')
    expect(pragmas.slice(2)).toEqual(['busy_timeout = 200', 'busy_timeout = 5000'])
    // The worker is gone: a second apply cannot silently merge again.
    await expect(prepared.apply(ctx)).rejects.toThrow(/请重新选择文件/)
  })

  it("keeps a refusal as the worker's own message", async () => {
    const { pragmas, run } = setUp()
    const failure = await run('refused.yspkg').catch((e: unknown) => e)
    expect(failure).toBeInstanceOf(AppError)
    expect((failure as AppError).code).toBe('REFUSED')
    expect((failure as AppError).message).toBe('数据包未通过校验：签名无效')
    expect(pragmas.at(-1)).toBe('busy_timeout = 5000')
  })

  it('turns a crashed worker into a clear error, and logs it', async () => {
    const { logged, run } = setUp()
    await expect(run('crash.yspkg')).rejects.toThrow(/意外中止，数据库未被修改/)
    expect(String(logged[0])).toMatch(/stub crashed/)
  })

  it('logs the detail of an unexpected apply failure but shows the user only the plain message', async () => {
    const { ctx, logged, pragmas, run } = setUp()
    const prepared = await run('apply-fails.yspkg')
    const failure = await prepared.apply(ctx).catch((e: unknown) => e)
    expect((failure as AppError).message).toBe('内部错误')
    expect(logged).toContain('Error: disk full')
    expect(pragmas.at(-1)).toBe('busy_timeout = 5000')
  })

  it('lets go of the worker when the prepared import is dropped', async () => {
    const { ctx, run } = setUp()
    const prepared = await run('ok.yspkg')
    prepared.dispose()
    await expect(prepared.apply(ctx)).rejects.toThrow(/请重新选择文件/)
  })
})
