// Worker-thread entry (built to out/main/integrity-worker.js): runs the start-up check off the
// server's thread, so a large database does not delay the first request.
import { parentPort, workerData } from 'node:worker_threads'
import { runStartupCheck } from './startup-check'

const data = workerData as { file: string; nativeBinding?: string }
parentPort?.postMessage(runStartupCheck(data.file, data.nativeBinding))
