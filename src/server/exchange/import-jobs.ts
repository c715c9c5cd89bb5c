// Imports started from the app: the uploaded package is verified in the background (with progress),
// its dry-run report waits for the user, and only then is it applied. Kept in memory like the export
// jobs: a verified package is not worth keeping across a restart — the user picks the file again.
import { AppError } from '../../shared/errors'
import type { ImportJobView, ReceiptView } from '../../shared/exchange-views'
import type { PreparedImport } from './importer'

type Job = {
  view: ImportJobView
  userId: string
  prepared: PreparedImport | null
  /** An apply is under way (it awaits the merge worker): a second one is refused meanwhile. */
  applying: boolean
  finishedAt: number
}

export type ImportJobs = {
  start(
    id: string,
    userId: string,
    fileName: string,
    verify: (progress: (done: number, total: number) => void) => Promise<PreparedImport>
  ): ImportJobView
  status(id: string, userId: string): ImportJobView
  /** Checks that the job's report is ready and nobody is applying it. */
  ready(id: string, userId: string): { fileName: string }
  /** Applies the job's package once: a second call while the first runs, or after it, is refused. */
  apply(
    id: string,
    userId: string,
    run: (prepared: PreparedImport) => Promise<string>
  ): Promise<string>
  applied(id: string, receipt: ReceiptView): ImportJobView
}

const KEEP_MS = 60 * 60_000
const MAX_JOBS = 10

export function createImportJobs(now: () => number): ImportJobs {
  const jobs = new Map<string, Job>()

  function drop(id: string): void {
    const job = jobs.get(id)
    if (job?.applying) return
    job?.prepared?.dispose()
    jobs.delete(id)
  }

  function prune(): void {
    for (const [id, job] of jobs) if (now() - job.finishedAt > KEEP_MS) drop(id)
    // Verified packages hold memory (and a worker thread each): keep only the latest few.
    for (const id of [...jobs.keys()].slice(0, Math.max(0, jobs.size - MAX_JOBS))) drop(id)
  }

  function readyJob(id: string, userId: string): Job & { prepared: PreparedImport } {
    const job = own(id, userId)
    if (job.view.state === 'applied') throw new AppError('REFUSED', '该数据包已导入。')
    if (job.applying) throw new AppError('REFUSED', '该数据包正在导入，请稍候。')
    if (job.view.state !== 'ready' || !job.prepared)
      throw new AppError('REFUSED', '数据包尚未校验完成。')
    return job as Job & { prepared: PreparedImport }
  }

  function own(id: string, userId: string): Job {
    const job = jobs.get(id)
    if (!job || job.userId !== userId)
      throw new AppError('NOT_FOUND', '导入任务不存在或已过期，请重新选择文件。')
    return job
  }

  return {
    start(id, userId, fileName, verify) {
      prune()
      const job: Job = {
        view: {
          importId: id,
          state: 'verifying',
          done: 0,
          total: 0,
          fileName,
          report: null,
          receipt: null,
          error: null
        },
        userId,
        prepared: null,
        applying: false,
        finishedAt: now()
      }
      jobs.set(id, job)
      setImmediate(() => {
        verify((done, total) => {
          job.view = { ...job.view, done, total }
        })
          .then((prepared) => {
            job.prepared = prepared
            job.view = {
              ...job.view,
              state: 'ready',
              done: job.view.total,
              report: prepared.report
            }
            // Pruned while it was being verified: nothing will ever apply it.
            if (!jobs.has(id)) prepared.dispose()
          })
          .catch((e: unknown) => {
            const message =
              e instanceof AppError ? e.message : '数据包校验失败，请重试或联系管理员。'
            job.view = { ...job.view, state: 'failed', error: message }
          })
          .finally(() => {
            job.finishedAt = now()
          })
      })
      return job.view
    },
    status(id, userId) {
      return own(id, userId).view
    },
    ready(id, userId) {
      return { fileName: readyJob(id, userId).view.fileName }
    },
    async apply(id, userId, run) {
      const job = readyJob(id, userId)
      job.applying = true
      try {
        return await run(job.prepared)
      } finally {
        job.applying = false
      }
    },
    applied(id, receipt) {
      const job = jobs.get(id)
      if (!job) throw new Error(`no import job ${id}`)
      job.prepared?.dispose()
      job.prepared = null
      job.view = { ...job.view, state: 'applied', receipt, report: receipt.report }
      job.finishedAt = now()
      return job.view
    }
  }
}
