// The desktop channels beside the one invoke channel of ipc.ts: menu commands pushed to the
// renderer, and the print request it may send. Electron is a type only here (ipcMain and the web
// contents are passed in), so the tests run under plain Node. The preload repeats the channel names;
// a test reads its source to check they match.
import type { IpcMain, WebContents } from 'electron'
import type { MenuCommand, PrintPdfResult } from '../shared/desktop'
import { senderFrameOf, type SenderFrame } from './ipc'
import { parsePrintRequest, type PrintJob } from './print'
import { isTrustedSender } from './window-options'

export const MENU_CHANNEL = 'yardstick:menu'
export const PRINT_CHANNEL = 'yardstick:print-pdf'

export type PrintHandler = (frame: SenderFrame, request: unknown) => Promise<PrintPdfResult>

/** Same sender rule as invoke: only the top frame of our own page. */
export function createPrintHandler(
  open: (job: PrintJob) => Promise<void>,
  appOrigin: string
): PrintHandler {
  return async (frame, request) => {
    if (!frame || !frame.isTopFrame || !isTrustedSender(frame.url, appOrigin)) {
      return { ok: false, error: { code: 'FORBIDDEN', message: '请求来源不可信，已拒绝。' } }
    }
    const job = parsePrintRequest(request)
    if (!job.ok) return job
    try {
      await open(job.value)
      return { ok: true, value: { opened: true } }
    } catch (error) {
      console.error('print preview failed', error)
      return { ok: false, error: { code: 'INTERNAL', message: '无法打开打印预览。' } }
    }
  }
}

export function registerPrint(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  handler: PrintHandler
): () => void {
  ipcMain.handle(PRINT_CHANNEL, (event, request: unknown) => handler(senderFrameOf(event), request))
  return () => ipcMain.removeHandler(PRINT_CHANNEL)
}

export function sendMenuCommand(contents: Pick<WebContents, 'send'>, command: MenuCommand): void {
  contents.send(MENU_CHANNEL, command)
}
