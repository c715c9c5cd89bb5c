// The sandboxed preload: exposes the one invoke of the contract (`yardstick`) and, desktop only, the
// menu and print bridge (`yardstickDesktop`), and nothing else — never ipcRenderer or an IPC event.
// It imports only electron's contextBridge/ipcRenderer (the sandbox allows no other module) and
// types from shared; the channel names are repeated here on purpose, since importing them from main
// would bundle main code into the preload. Unit tests check they match src/main/ipc.ts and
// src/main/desktop-ipc.ts.
import { contextBridge, ipcRenderer } from 'electron'
import type { IpcRendererEvent } from 'electron'
import type { Bridge } from '../shared/api'
import type { DesktopBridge, PrintPdfRequest } from '../shared/desktop'

const bridge = {
  // Arguments are passed through unchanged; main validates the sender, the method and the token.
  invoke: (method: string, input: unknown, sessionToken: string | null): Promise<unknown> =>
    ipcRenderer.invoke('yardstick:invoke', method, input, sessionToken)
} satisfies Bridge

const desktop = {
  // The page gets the command only; it checks it with isMenuCommand before acting on it.
  onMenuCommand: (listener: (command: unknown) => void): (() => void) => {
    const relay = (_event: IpcRendererEvent, command: unknown) => listener(command)
    ipcRenderer.on('yardstick:menu', relay)
    return () => {
      ipcRenderer.removeListener('yardstick:menu', relay)
    }
  },
  printPdf: (request: PrintPdfRequest): Promise<unknown> =>
    ipcRenderer.invoke('yardstick:print-pdf', request)
} satisfies DesktopBridge

contextBridge.exposeInMainWorld('yardstick', bridge)
contextBridge.exposeInMainWorld('yardstickDesktop', desktop)
