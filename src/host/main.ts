// `npm run start:web`: the browser host. Opens the database in the data folder, serves the built
// renderer and the API on 127.0.0.1, and prints the one URL (with its per-launch token) to open.
import { join } from 'node:path'
import { createServer } from '../server/app'
import { startBackupSchedule } from '../server/backup/schedule'
import { systemClock } from '../server/clock'
import { databasePath, resolveDataDir } from '../server/data-dir'
import { AppError } from '../shared/errors'
import { startHost } from './http-host'

type HostArgs = { data?: string; port: number }

function parseArgs(argv: string[]): HostArgs {
  const args: HostArgs = { port: Number(process.env.YARDSTICK_PORT ?? 5174) }
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i]
    const value = argv[i + 1]
    if (flag === '--data' && value) {
      args.data = value
      i++
    } else if (flag === '--port' && value && /^\d+$/.test(value)) {
      args.port = Number(value)
      i++
    } else {
      throw new Error(
        `用法 / usage: start:web [--data DIR] [--port N]  (未知参数 / unknown argument: ${flag})`
      )
    }
  }
  return args
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2))
  const dataDir = resolveDataDir(args.data)
  const server = createServer(databasePath(dataDir), {
    integrityWorker: join(__dirname, 'integrity-worker.js'),
    mergeWorker: join(__dirname, 'merge-worker.js')
  })
  const host = await startHost({
    server,
    staticDir: join(__dirname, '..', 'renderer'),
    port: args.port
  }).catch(async (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error
    // The usual port is taken (another instance?): take any free one rather than fail.
    return startHost({ server, staticDir: join(__dirname, '..', 'renderer'), port: 0 })
  })
  process.stdout.write(`案衡 Yardstick 浏览器模式 / browser host\n数据目录 / data: ${dataDir}\n`)
  process.stdout.write(`请在浏览器中打开 / open: ${host.url}\n`)
  // An online backup once a day while the host runs; shutdown lets a running backup finish first.
  const stopBackups = startBackupSchedule(server.deps.db, dataDir, 24 * 3_600_000, systemClock)
  const stop = () => {
    void host
      .close()
      .then(stopBackups)
      .finally(() => {
        server.close()
        process.exit(0)
      })
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
}

main().catch((error: unknown) => {
  process.stderr.write(
    `${error instanceof AppError || error instanceof Error ? error.message : String(error)}\n`
  )
  process.exit(1)
})
