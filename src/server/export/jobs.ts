// Export jobs: a long export runs in the server process while the caller polls its progress, then
// fetches the file. Jobs live in memory (like sessions) and belong to the user who started them; a
// finished job is kept for a while so a slow client can still collect its file.
import type { FileContentView } from '../../shared/lifecycle-views'
import type { ExportJobView } from '../../shared/statistics-views'
import { AppError } from '../../shared/errors'

type Job = {
  view: ExportJobView
  userId: string
  file: FileContentView | null
  finishedAt: number | null
}

export type ExportJobs = {
  start(
    id: string,
    userId: string,
    total: number,
    run: (progress: (done: number) => void) => Promise<FileContentView>
  ): ExportJobView
  status(id: string, userId: string): ExportJobView
  file(id: string, userId: string): FileContentView
}

/** Finished jobs older than this are dropped; at most MAX_JOBS are kept in all. */
const KEEP_MS = 30 * 60_000
const MAX_JOBS = 50
const MAX_RUNNING_PER_USER = 2

export function createExportJobs(now: () => number): ExportJobs {
  const jobs = new Map<string, Job>()

  function prune(): void {
    for (const [id, job] of jobs) {
      if (job.finishedAt !== null && now() - job.finishedAt > KEEP_MS) jobs.delete(id)
    }
    for (const [id, job] of jobs) {
      if (jobs.size <= MAX_JOBS) break
      if (job.finishedAt !== null) jobs.delete(id)
    }
  }

  function own(id: string, userId: string): Job {
    const job = jobs.get(id)
    // Another user's job is reported as missing: its existence is not theirs to learn.
    if (!job || job.userId !== userId) throw new AppError('NOT_FOUND', '导出任务不存在或已过期。')
    return job
  }

  return {
    start(id, userId, total, run) {
      prune()
      const running = [...jobs.values()].filter(
        (j) => j.userId === userId && j.view.state === 'running'
      ).length
      if (running >= MAX_RUNNING_PER_USER) {
        throw new AppError('REFUSED', '已有导出任务正在进行，请等待完成后再导出。')
      }
      const job: Job = {
        view: { id, state: 'running', done: 0, total, fileName: null, error: null },
        userId,
        file: null,
        finishedAt: null
      }
      jobs.set(id, job)
      // Started on the next turn so that the caller gets the job id before any work is done.
      setImmediate(() => {
        run((done) => {
          job.view = { ...job.view, done: Math.min(done, total) }
        })
          .then((file) => {
            job.file = file
            job.view = { ...job.view, state: 'done', done: total, fileName: file.fileName }
          })
          .catch((e: unknown) => {
            const message = e instanceof AppError ? e.message : '导出失败，请重试或联系管理员。'
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
    file(id, userId) {
      const job = own(id, userId)
      if (!job.file) throw new AppError('REFUSED', '导出尚未完成。')
      return job.file
    }
  }
}
