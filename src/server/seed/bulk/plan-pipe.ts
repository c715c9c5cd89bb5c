// The main thread's side of the plan worker: start it, then, inside the seed's transaction, take its
// batches of recorded rows in order and insert them. The transaction is synchronous (a crash or a
// failure must leave the database as it was, and nothing else may write in between), so the batches
// are read with receiveMessageOnPort and the thread sleeps on the worker's shared counter between
// them, never returning to the event loop.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads'
import type Database from 'better-sqlite3'
import type { MemoStats } from './evaluation-memo'
import { POSTED, TAKEN, type FromPlanWorker, type PlanWorkerData } from './plan-worker-protocol'
import type { PlanInput, PlanResult } from './seed-plan'
import { replayRows } from './seed-rows'
import type { StatementKey } from './statements'

/** Without a message for this long the worker is taken to be gone (it posts every few ms). */
const STALL_MS = 300_000
const YOUNG_MB = 64

/** The built worker beside the bundle that runs the seed (out/main or out/main/chunks); none when
 * running from source (tests), where the seed plans on its own thread. */
export function planWorkerFile(): string | null {
  const candidates = [
    join(__dirname, 'bulk-plan-worker.js'),
    join(__dirname, '..', 'bulk-plan-worker.js')
  ]
  return candidates.find((f) => existsSync(f)) ?? null
}

export type PlanPipe = { worker: Worker; port: MessagePort; signal: Int32Array }

export function startPlanWorker(
  workerFile: string,
  o: { file: string; resourcesDir: string; input: PlanInput }
): PlanPipe {
  const channel = new MessageChannel()
  const shared = new SharedArrayBuffer(2 * Int32Array.BYTES_PER_ELEMENT)
  const workerData: PlanWorkerData = { ...o, signal: shared, port: channel.port2 }
  const worker = new Worker(workerFile, {
    workerData,
    transferList: [channel.port2],
    // The planning allocates a great deal that dies young, and a batch lives until it is posted:
    // with the default young generation the worker spent a fifth of its time collecting, with
    // 64 MB an eighth (node --cpu-prof, 20,000 cases).
    resourceLimits: { maxYoungGenerationSizeMb: YOUNG_MB }
  })
  // A failure inside the worker comes as a 'failed' message; an uncaught one (it could not even
  // load) would otherwise be an uncaught error of this process once the seed has given up on it.
  worker.on('error', () => undefined)
  return { worker, port: channel.port1, signal: new Int32Array(shared) }
}

function take(pipe: PlanPipe): FromPlanWorker {
  const since = performance.now()
  for (;;) {
    const posted = Atomics.load(pipe.signal, POSTED)
    const received = receiveMessageOnPort(pipe.port)
    if (received) {
      Atomics.add(pipe.signal, TAKEN, 1)
      Atomics.notify(pipe.signal, TAKEN)
      return received.message as FromPlanWorker
    }
    if (performance.now() - since > STALL_MS) throw new Error('bulk seed: the plan worker stopped')
    Atomics.wait(pipe.signal, POSTED, posted, 1000)
  }
}

/** Inserts the worker's rows as they come; returns what it planned. Throws what it threw. */
export function drainPlanWorker(
  pipe: PlanPipe,
  statements: Record<StatementKey, Database.Statement>,
  onCase: () => void,
  onMark: () => void
): { result: PlanResult; memo: MemoStats } {
  for (;;) {
    const m = take(pipe)
    switch (m.type) {
      case 'rows':
        replayRows(statements, m.batch, onCase, onMark)
        break
      case 'done':
        return { result: m.result, memo: m.memo }
      case 'failed':
        throw Object.assign(new Error(m.message), m.stack ? { stack: m.stack } : {})
    }
  }
}

export function stopPlanWorker(pipe: PlanPipe): void {
  pipe.port.close()
  void pipe.worker.terminate()
}
