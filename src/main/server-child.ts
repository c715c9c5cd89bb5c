// Starts the server utility process and adapts it to the ServerChild shape the connection uses.
import { existsSync } from 'node:fs'
import { utilityProcess } from 'electron'
import type { ServerChild } from './server-connection'
import { nativeBindingCandidates, type BindingPlaces } from './paths'

export function spawnServerChild(modulePath: string, args: string[]): ServerChild {
  const child = utilityProcess.fork(modulePath, args, {
    serviceName: 'Yardstick data service',
    stdio: 'inherit'
  })
  return {
    post: (message) => child.postMessage(message),
    kill: () => {
      child.kill()
    },
    onMessage: (listener) => {
      child.on('message', (message: unknown) => listener(message))
    },
    onExit: (listener) => {
      child.on('exit', listener)
    }
  }
}

/** The first Electron build of better-sqlite3 that exists, if any. */
export function findNativeBinding(places: BindingPlaces): string | null {
  return nativeBindingCandidates(places).find((file) => existsSync(file)) ?? null
}
