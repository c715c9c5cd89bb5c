// The messages between the server's thread and the merge worker (merge-worker.ts). The worker
// verifies and dry-runs once, keeps the verified package, and applies it when asked; the package
// travels once, as uploaded (base64), and is decoded in the worker.
import type { ErrorBody } from '../../shared/errors'
import type { MergeReportView } from '../../shared/exchange-views'
import type { UserView } from '../../shared/views'
import type { PackageLimits } from './read-package'

export type MergeWorkerData = {
  /** The database file: the worker opens its own connection, and closes it between steps. */
  file: string
  nativeBinding?: string
  resourcesDir: string
  user: UserView
  fileName: string
  limits: PackageLimits
  contentBase64: string
}

export type ToWorker = { type: 'apply'; user: UserView }

export type FromWorker =
  | { type: 'progress'; done: number; total: number }
  | { type: 'report'; report: MergeReportView }
  | { type: 'applied'; receiptId: string }
  /** `detail` is for the log only: an unexpected error's text never reaches the user. */
  | { type: 'failed'; error: ErrorBody; detail: string | null }
