import type { ServerDeps } from '../context'
import type { PreparedImport } from '../exchange/importer'

/** What runs in the background besides calls: a live restore must not pull the database from under it. */
export type JobWatch = {
  exports: () => number
  imports: () => number
  /**
   * Lets go of every verified package still waiting for its apply: after a restore its dry-run
   * report describes data that is gone, and its worker thread (if any) would otherwise never end.
   */
  disposePending: () => void
}

/**
 * Counts the server's background jobs — exports (statistics, registers, exchange packages) and the
 * verification of an uploaded package — by wrapping the job stores in `deps` in place. A job counts
 * from the call that starts it until its work settles, since the stores start the work a tick later.
 */
export function watchJobs(deps: Pick<ServerDeps, 'exports' | 'imports'>): JobWatch {
  let exports = 0
  let imports = 0
  const pending = new Set<PreparedImport>()
  const exportStore = deps.exports
  const importStore = deps.imports
  deps.exports = {
    ...exportStore,
    start(id, userId, total, run) {
      exports++
      try {
        return exportStore.start(id, userId, total, async (progress) => {
          try {
            return await run(progress)
          } finally {
            exports--
          }
        })
      } catch (error) {
        exports--
        throw error
      }
    }
  }
  deps.imports = {
    ...importStore,
    start(id, userId, fileName, verify) {
      imports++
      try {
        return importStore.start(id, userId, fileName, async (progress) => {
          try {
            const prepared = await verify(progress)
            // The store disposes of a package once applied or expired: it leaves the set then.
            const tracked: PreparedImport = {
              ...prepared,
              dispose: () => {
                pending.delete(tracked)
                prepared.dispose()
              }
            }
            pending.add(tracked)
            return tracked
          } finally {
            imports--
          }
        })
      } catch (error) {
        imports--
        throw error
      }
    }
  }
  return {
    exports: () => exports,
    imports: () => imports,
    disposePending: () => {
      for (const prepared of [...pending]) prepared.dispose()
    }
  }
}
