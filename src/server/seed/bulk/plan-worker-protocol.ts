// The messages of the plan worker (plan-worker.ts) to the seed's main thread (plan-pipe.ts). They go
// through a MessagePort that the main thread reads synchronously, inside its transaction, so the
// worker also counts them in shared memory: the main thread sleeps on that counter instead of
// returning to its event loop, and the worker sleeps while it is too far ahead.
import type { MessagePort } from 'node:worker_threads'
import type { MemoStats } from './evaluation-memo'
import type { PlanInput, PlanResult } from './seed-plan'
import type { RowBatch } from './seed-rows'

export type PlanWorkerData = {
  /** The database file, opened read-only for the numbers already used and the catalogue. */
  file: string
  resourcesDir: string
  input: PlanInput
  /** Int32 counters: messages posted, messages taken. */
  signal: SharedArrayBuffer
  port: MessagePort
}

export type FromPlanWorker =
  | { type: 'rows'; batch: RowBatch }
  | { type: 'done'; result: PlanResult; memo: MemoStats }
  | { type: 'failed'; message: string; stack: string | null }

export const POSTED = 0
export const TAKEN = 1
/** Batches the worker may be ahead of the inserts: enough to cover a pause, bounded in memory. */
export const AHEAD = 8
/** Recorded rows per batch (a few hundred cases): fewer messages, each a few MB at most. */
export const BATCH_ROWS = 4000
