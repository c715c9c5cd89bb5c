import { Worker } from 'node:worker_threads'
import type { IntegrityStatus } from './startup-check'

export type IntegrityMonitor = { status: () => IntegrityStatus }

export const NO_CHECK: IntegrityMonitor = { status: () => ({ state: 'skipped' }) }

/** Starts the start-up check in a worker thread; `status()` is 'pending' until it reports. */
export function startBackgroundCheck(
  workerFile: string,
  file: string,
  nativeBinding?: string
): IntegrityMonitor {
  let current: IntegrityStatus = { state: 'pending' }
  const worker = new Worker(workerFile, {
    workerData: { file, ...(nativeBinding ? { nativeBinding } : {}) }
  })
  worker.once('message', (result: IntegrityStatus) => {
    current = result
  })
  worker.once('error', (error) => {
    current = { state: 'failed', problems: [`启动检查未能运行：${error.message}`] }
  })
  worker.unref()
  return { status: () => current }
}
