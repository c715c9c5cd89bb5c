// Worker-thread entry (built to out/main/merge-worker.js): verifies an uploaded package, dry-runs its
// merge, and applies it when the server asks, on a connection of its own. The merge of a large
// package is one transaction of tens of seconds; here it keeps the server's event loop free. The
// connection is closed between steps, so a package waiting for the user holds no database file open
// (a restore swaps the file).
import { parentPort, workerData } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import { AppError } from '../../shared/errors'
import type { UserView } from '../../shared/views'
import { createServerOnDb } from '../app'
import { openDatabase } from '../db/open'
import { mergePackage, recallAppliedFile } from './merge'
import type { FromWorker, MergeWorkerData, ToWorker } from './merge-worker-protocol'
import { readPackage, type VerifiedPackage } from './read-package'

const data = workerData as MergeWorkerData
const post = (message: FromWorker) => parentPort?.postMessage(message)

function failed(error: unknown): FromWorker {
  if (error instanceof AppError) return { type: 'failed', error: error.toBody(), detail: null }
  return {
    type: 'failed',
    error: {
      code: 'INTERNAL',
      message: '内部错误，数据包未导入，数据库未被修改。请重试或联系管理员。'
    },
    detail: error instanceof Error ? (error.stack ?? error.message) : String(error)
  }
}

/** Runs `work` on a fresh connection with the server's own deps (calendar, catalogue, ids). */
async function withConnection<T>(
  user: UserView,
  work: (ctx: Parameters<typeof mergePackage>[0], db: Database.Database) => Promise<T> | T
): Promise<T> {
  const db = openDatabase(
    data.file,
    data.nativeBinding ? { nativeBinding: data.nativeBinding } : {}
  )
  try {
    const server = createServerOnDb(db, {
      resourcesDir: data.resourcesDir,
      log: () => undefined
    })
    return await work({ ...server.deps, user, sessionToken: null }, db)
  } finally {
    db.close()
  }
}

let pkg: VerifiedPackage | null = null

async function inspect(): Promise<void> {
  const bytes = Buffer.from(data.contentBase64, 'base64')
  const report = await withConnection(data.user, async (ctx, db) => {
    const verified = await readPackage(
      bytes,
      data.limits,
      (done, total) => post({ type: 'progress', done, total }),
      recallAppliedFile(db)
    )
    pkg = verified
    return mergePackage(ctx, verified, { dryRun: true, fileName: data.fileName }).report
  })
  post({ type: 'report', report })
}

async function apply(user: UserView): Promise<void> {
  const verified = pkg
  if (!verified) throw new Error('apply before the package was verified')
  const receiptId = await withConnection(
    user,
    (ctx) => mergePackage(ctx, verified, { dryRun: false, fileName: data.fileName }).receiptId
  )
  pkg = null
  post({ type: 'applied', receiptId: receiptId as string })
}

parentPort?.on('message', (message: ToWorker) => {
  apply(message.user).catch((error: unknown) => post(failed(error)))
})
inspect().catch((error: unknown) => post(failed(error)))
