// Opens an issued document's print preview (see print.ts for why printing goes through the PDF
// itself). The bytes are written to a private temporary folder, shown in a sandboxed window of an
// in-memory session that can load nothing but that folder and the PDF viewer, and deleted when the
// window closes.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { BrowserWindow, session, type Session, type WebContents } from 'electron'
import { isAllowedPrintRequest, printWindowOptions, PRINT_PARTITION, type PrintJob } from './print'

export type PrintPreviews = {
  /** The folder every previewed file lives under (the window's only file:// access). */
  readonly root: string
  readonly session: Session
  /** Whether these contents show a preview (or are the PDF viewer inside one). */
  owns: (contents: WebContents) => boolean
  open: (job: PrintJob) => Promise<void>
  /** Removes every temporary copy (at quit). */
  dispose: () => void
}

/** Call after 'ready' (sessions exist only then). */
export function createPrintPreviews(
  tempDir: string,
  owner: () => BrowserWindow | null
): PrintPreviews {
  const root = mkdtempSync(join(tempDir, 'yardstick-print-'))
  const printSession = session.fromPartition(PRINT_PARTITION)
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false))
  printSession.setPermissionCheckHandler(() => false)
  printSession.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedPrintRequest(details.url, root) })
  })
  let next = 1
  const windows = new Set<number>()
  // By session, by window, or through the embedder: whichever way Chromium hosts the PDF viewer
  // (a guest web contents or frames of the window's own), it gets the preview's rules.
  const owns = (contents: WebContents): boolean => {
    if (contents.session === printSession || windows.has(contents.id)) return true
    const host = contents.hostWebContents
    return host !== null && host !== undefined && host !== contents && owns(host)
  }
  return {
    root,
    session: printSession,
    owns,
    async open(job) {
      const dir = join(root, `job-${next++}`)
      mkdirSync(dir, { mode: 0o700 })
      const file = join(dir, job.fileName)
      writeFileSync(file, job.bytes, { mode: 0o600 })
      const parent = owner()
      const options = printWindowOptions(`打印预览 — ${job.fileName}（Ctrl+P 打印）`)
      const win = new BrowserWindow({
        ...options,
        ...(parent ? { parent } : {}),
        // As in window.ts: repeated as literals where Electronegativity can see them.
        webPreferences: {
          ...options.webPreferences,
          contextIsolation: true,
          sandbox: true,
          nodeIntegration: false,
          disableBlinkFeatures: 'Auxclick'
        }
      })
      const id = win.webContents.id
      windows.add(id)
      // Keep our title (the viewer would show the PDF's internal title instead).
      win.on('page-title-updated', (event) => event.preventDefault())
      win.on('closed', () => {
        windows.delete(id)
        rmSync(dir, { recursive: true, force: true })
      })
      try {
        await win.loadURL(pathToFileURL(file).href)
      } catch (error) {
        // E.g. no PDF viewer in this build: an empty window would only confuse; the caller reports.
        win.destroy()
        throw error
      }
    },
    dispose() {
      rmSync(root, { recursive: true, force: true })
    }
  }
}
