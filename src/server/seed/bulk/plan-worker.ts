// Worker-thread entry (built to out/main/bulk-plan-worker.js): plans the bulk seed's cases (the
// generator, the lifecycle plans with their guards, the memoised engine, the row values) on the
// second core while the main thread inserts the rows of the batches before. It writes nothing: its
// connection is read-only, and its rows go to the main thread in the order they were made.
import { workerData } from 'node:worker_threads'
import Database from 'better-sqlite3'
import { createCalendarSource } from '../../calendars/calendar-source'
import { calendarsDir } from '../../calendars/load'
import { createDiscretionSource } from '../../discretion/catalogue-source'
import { benchmarksDir } from '../../resources'
import { lifecycleEnv } from './environment'
import {
  AHEAD,
  BATCH_ROWS,
  POSTED,
  TAKEN,
  type FromPlanWorker,
  type PlanWorkerData
} from './plan-worker-protocol'
import { planSeed } from './seed-plan'
import { recordingStatements } from './seed-rows'

const data = workerData as PlanWorkerData
const signal = new Int32Array(data.signal)

function send(message: FromPlanWorker): void {
  data.port.postMessage(message)
  Atomics.add(signal, POSTED, 1)
  Atomics.notify(signal, POSTED)
}

/** Sleeps while AHEAD messages are not yet taken. */
function waitForRoom(): void {
  for (;;) {
    const taken = Atomics.load(signal, TAKEN)
    if (Atomics.load(signal, POSTED) - taken < AHEAD) return
    Atomics.wait(signal, TAKEN, taken, 1000)
  }
}

function run(): void {
  const db = new Database(data.file, { readonly: true, fileMustExist: true })
  try {
    const deps = {
      db,
      discretion: createDiscretionSource(benchmarksDir(data.resourcesDir)),
      calendar: createCalendarSource(calendarsDir(data.resourcesDir))
    }
    const { env, memo } = lifecycleEnv(deps, data.input.baseDate)
    const rows = recordingStatements((batch) => {
      waitForRoom()
      send({ type: 'rows', batch })
    }, BATCH_ROWS)
    const result = planSeed(data.input, {
      db,
      env,
      sql: rows.sql,
      casesDone: rows.mark,
      progress: () => undefined
    })
    rows.end()
    send({ type: 'done', result, memo })
  } finally {
    db.close()
  }
}

try {
  run()
} catch (error) {
  send({
    type: 'failed',
    message: error instanceof Error ? error.message : String(error),
    stack: error instanceof Error ? (error.stack ?? null) : null
  })
}
