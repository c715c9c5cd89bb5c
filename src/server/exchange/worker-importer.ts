// The app's importer: each uploaded package gets a worker thread (merge-worker.ts) that verifies it,
// dry-runs it and, when the user applies it, merges it on the worker's own connection. The server's
// thread only relays progress, so other users' calls keep being answered during a long merge.
import { Worker } from 'node:worker_threads'
import { AppError } from '../../shared/errors'
import type { MergeReportView } from '../../shared/exchange-views'
import type { Logger } from '../dispatch'
import type { Importer, PreparedImport } from './importer'
import type { FromWorker, MergeWorkerData, ToWorker } from './merge-worker-protocol'

export type WorkerImporterOptions = {
  /** The built merge-worker.js. */
  workerFile: string
  /** The database file the server has open. */
  file: string
  nativeBinding?: string
  log: Logger
}

/**
 * While the worker writes, this connection's own writes would wait for its lock — up to the 5 s
 * busy timeout, with the event loop stopped. A short wait instead: a write that collides with a merge
 * fails at once with a message saying why (dispatch.ts maps SQLITE_BUSY), and nothing is changed.
 */
const BUSY_WHILE_MERGING_MS = 200
const BUSY_MS = 5000

export function workerImporter(options: WorkerImporterOptions): Importer {
  let merging = 0
  const lockWait = (db: { pragma: (s: string) => unknown }, on: boolean) => {
    merging += on ? 1 : -1
    db.pragma(`busy_timeout = ${merging > 0 ? BUSY_WHILE_MERGING_MS : BUSY_MS}`)
  }

  return (ctx, request) => {
    const user = ctx.user
    if (!user) throw new Error('an import needs the acting user')
    const workerData: MergeWorkerData = {
      file: options.file,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
      resourcesDir: ctx.resourcesDir,
      user,
      fileName: request.fileName,
      limits: request.limits,
      // Copied into the worker (a string cannot be transferred): tens of ms for a 100,000-case
      // package, where decoding it here would block the host's thread for about 0.4 s.
      contentBase64: request.contentBase64
    }
    const worker = new Worker(options.workerFile, { workerData })
    let settle: ((m: FromWorker) => void) | null = null
    /** Exited, or told to: nothing more will come from it. */
    let gone = false
    const GONE: Extract<FromWorker, { type: 'failed' }> = {
      type: 'failed',
      error: { code: 'REFUSED', message: '数据包导入任务已结束，请重新选择文件。' },
      detail: null
    }
    const next = () =>
      new Promise<FromWorker>((resolve) => {
        settle = resolve
      })
    const deliver = (message: FromWorker) => {
      const s = settle
      settle = null
      s?.(message)
    }
    worker.on('message', (message: FromWorker) => {
      if (message.type === 'progress') request.progress(message.done, message.total)
      else deliver(message)
    })
    worker.on('error', (error) => {
      options.log('merge worker failed', error)
      deliver({
        type: 'failed',
        error: { code: 'INTERNAL', message: '数据包导入任务意外中止，数据库未被修改。请重试。' },
        detail: null
      })
    })
    worker.on('exit', () => {
      gone = true
      deliver(GONE)
    })

    const outcome = (message: FromWorker): Exclude<FromWorker, { type: 'progress' | 'failed' }> => {
      if (message.type === 'failed') {
        if (message.detail) options.log('merge worker: unexpected error', message.detail)
        throw new AppError(message.error.code, message.error.message, message.error.issues)
      }
      if (message.type === 'progress') throw new Error('progress is not an outcome')
      return message
    }

    const dispose = () => {
      if (gone) return
      gone = true
      void worker.terminate()
    }

    lockWait(ctx.db, true)
    return next()
      .then(outcome)
      .then(
        (first): PreparedImport => {
          lockWait(ctx.db, false)
          if (first.type !== 'report') throw new Error(`unexpected ${first.type} before the report`)
          const report: MergeReportView = first.report
          return {
            report,
            apply: (applyCtx) => {
              const applying = applyCtx.user
              if (!applying) throw new Error('an import needs the acting user')
              if (gone) return Promise.reject(new AppError(GONE.error.code, GONE.error.message))
              lockWait(applyCtx.db, true)
              const done = next()
              worker.postMessage({ type: 'apply', user: applying } satisfies ToWorker)
              return done
                .then(outcome)
                .then((m) => {
                  if (m.type !== 'applied') throw new Error(`unexpected ${m.type} after apply`)
                  return m.receiptId
                })
                .finally(() => {
                  lockWait(applyCtx.db, false)
                  dispose()
                })
            },
            dispose
          }
        },
        (error: unknown) => {
          lockWait(ctx.db, false)
          dispose()
          throw error
        }
      )
  }
}
