// The sandboxed preload: exposes one function and nothing else. It imports only electron's
// contextBridge/ipcRenderer (the sandbox allows no other module) and types from shared; the channel
// name is repeated here on purpose, since importing it from main would bundle main code into the
// preload. A unit test checks it matches src/main/ipc.ts.
import { contextBridge, ipcRenderer } from 'electron'
import type { Bridge } from '../shared/api'

const bridge = {
  // Arguments are passed through unchanged; main validates the sender, the method and the token.
  invoke: (method: string, input: unknown, sessionToken: string | null): Promise<unknown> =>
    ipcRenderer.invoke('yardstick:invoke', method, input, sessionToken)
} satisfies Bridge

contextBridge.exposeInMainWorld('yardstick', bridge)
