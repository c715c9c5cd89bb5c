import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { AppError } from '../shared/errors'
import { createServer, type Server } from '../server/app'
import { DATABASE_FILE, databasePath, resolveDataDir } from '../server/data-dir'
import type { CliIo } from './io'

export function describeError(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error)
}

export type OpenedServer = { server: Server; dataDir: string }

/**
 * Opens the database of the data folder (`--data`, else YARDSTICK_DATA, else the desktop app's
 * folder), runs `use`, and always closes it. Only `init` may create a database: every other
 * command refuses an empty folder rather than leave a stray, empty database behind (a typo in
 * --data, say).
 */
export async function withServer<T>(
  io: CliIo,
  data: string | undefined,
  mode: 'create' | 'existing',
  use: (opened: OpenedServer) => Promise<T>
): Promise<T> {
  const dataDir = resolveDataDir(data, io.env)
  if (mode === 'existing' && !existsSync(join(dataDir, DATABASE_FILE))) {
    const hint = `数据目录 ${dataDir} 中没有案衡数据库，请先运行 yardstick init。`
    throw new AppError('SETUP_REQUIRED', hint)
  }
  const server = createServer(databasePath(dataDir), {
    // Unexpected handler failures: the envelope has a generic message, the details go to stderr.
    log: (message, error) => io.stderr(`${message}: ${describeError(error)}\n`)
  })
  try {
    return await use({ server, dataDir })
  } finally {
    server.close()
  }
}
