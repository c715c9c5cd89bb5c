// Imports started from the app: the uploaded package is verified in the background (with progress),
// its dry-run report waits for the user, and only then is it applied. Kept in memory like the export
// jobs: a verified package is not worth keeping across a restart — the user picks the file again.
import { AppError } from '../../shared/errors'
import type { ImportJobView, MergeReportView, ReceiptView } from '../../shared/exchange-views'
import type { VerifiedPackage } from './read-package'

type Job = { view: ImportJobView; userId: string; pkg: VerifiedPackage | null; finishedAt: number }

export type ImportJobs = {
  start(
    id: string,
    userId: string,
    fileName: string,
    verify: (progress: (done: number, total: number) => void) => Promise<{
      pkg: VerifiedPackage
      report: MergeReportView
    }>
  ): ImportJobView
  status(id: string, userId: string): ImportJobView
  /** The verified package of a job whose report is ready. */
  ready(id: string, userId: string): { pkg: VerifiedPackage; fileName: string }
  applied(id: string, receipt: ReceiptView): ImportJobView
}

const KEEP_MS = 60 * 60_000
const MAX_JOBS = 10

export function createImportJobs(now: () => number): ImportJobs {
  const jobs = new Map<string, Job>()

  function prune(): void {
    for (const [id, job] of jobs) if (now() - job.finishedAt > KEEP_MS) jobs.delete(id)
    // Verified packages hold memory: keep only the latest few.
    for (const id of [...jobs.keys()].slice(0, Math.max(0, jobs.size - MAX_JOBS))) jobs.delete(id)
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
        pkg: null,
        finishedAt: now()
      }
      jobs.set(id, job)
      setImmediate(() => {
        verify((done, total) => {
          job.view = { ...job.view, done, total }
        })
          .then(({ pkg, report }) => {
            job.pkg = pkg
            job.view = { ...job.view, state: 'ready', done: job.view.total, report }
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
      const job = own(id, userId)
      if (job.view.state === 'applied') throw new AppError('REFUSED', '该数据包已导入。')
      if (job.view.state !== 'ready' || !job.pkg)
        throw new AppError('REFUSED', '数据包尚未校验完成。')
      return { pkg: job.pkg, fileName: job.view.fileName }
    },
    applied(id, receipt) {
      const job = jobs.get(id)
      if (!job) throw new Error(`no import job ${id}`)
      job.pkg = null
      job.view = { ...job.view, state: 'applied', receipt, report: receipt.report }
      job.finishedAt = now()
      return job.view
    }
  }
}
