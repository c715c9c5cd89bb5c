// Printing an issued document (行政处罚决定书 and the rest), the pure half: the request check, the
// file name, the preview window's preferences and the rules for what that window may load.
//
// Why a preview window on the PDF rather than printToPDF or printing the case page: the document a
// party is served is the frozen PDF the server issued (number, version, embedded CJK font, A4
// layout), so paper must come from those exact bytes. The preview shows that file in Chromium's PDF
// viewer; the officer checks number and version before paper is used, and prints with the viewer's
// button or Ctrl+P (webContents.print on the preview), which opens the system print dialog
// (printer, copies, duplex). We do not call print() on load: with a PDF that raced the viewer and
// printed blank pages in older Electron (electron/electron#30947), and a dialog that pops up by
// itself is easy to confirm by mistake.
import { fileURLToPath } from 'node:url'
import type { BrowserWindowConstructorOptions } from 'electron'
import type { Envelope } from '../shared/errors'
import { isBase64Text } from '../shared/schemas/primitives'
import { isInside } from './app-path'

/** In-memory partition (no `persist:`): nothing of a printed document stays in a profile. */
export const PRINT_PARTITION = 'yardstick-print'

/** Chromium's built-in PDF viewer extension (the same id in Electron). */
export const PDF_VIEWER_HOST = 'mhjfbmdgcfjbbpaeojofohoefgiehjai'

/** Issued documents are a few hundred kilobytes; this only stops a runaway message. */
export const MAX_PRINT_BYTES = 64 * 1024 * 1024

export type PrintJob = { fileName: string; bytes: Buffer }

function refused(message: string): Envelope<never> {
  return { ok: false, error: { code: 'VALIDATION', message } }
}

/** A file name for the temporary copy and the window title: no path, no reserved characters. */
export function safePdfName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? ''
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  const cleaned = base.replace(/[\u0000-\u001f\u007f<>:"|?*]/g, '').trim()
  const stem = cleaned
    .replace(/\.pdf$/i, '')
    .replace(/^\.+/, '')
    .slice(0, 120)
  return `${stem === '' ? '文书' : stem}.pdf`
}

export function isPdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 5)).toString('latin1') === '%PDF-'
}

/** Checks what the renderer sent: it is data from another process, whatever its type says. */
export function parsePrintRequest(value: unknown): Envelope<PrintJob> {
  if (typeof value !== 'object' || value === null) return refused('打印请求格式无效。')
  const { fileName, contentBase64 } = value as Record<string, unknown>
  if (typeof fileName !== 'string' || typeof contentBase64 !== 'string') {
    return refused('打印请求格式无效。')
  }
  if (contentBase64.length > Math.ceil(MAX_PRINT_BYTES / 3) * 4)
    return refused('文件过大，无法打印。')
  if (contentBase64.length % 4 !== 0 || !isBase64Text(contentBase64)) {
    return refused('文件内容无效。')
  }
  const bytes = Buffer.from(contentBase64, 'base64')
  if (!isPdf(bytes)) return refused('只能打印 PDF 文书。')
  return { ok: true, value: { fileName: safePdfName(fileName), bytes } }
}

function parse(url: string): URL | null {
  try {
    return new URL(url)
  } catch {
    return null
  }
}

function isPrintFile(url: URL, printRoot: string): boolean {
  if (url.protocol !== 'file:' || url.host !== '') return false
  try {
    return isInside(printRoot, fileURLToPath(url))
  } catch {
    return false
  }
}

const isPdfViewer = (url: URL) =>
  url.protocol === 'chrome-extension:' && url.host === PDF_VIEWER_HOST

/** Navigations in a preview window: the document itself and the PDF viewer, nothing else. */
export function isAllowedPrintNavigation(url: string, printRoot: string): boolean {
  const target = parse(url)
  return target !== null && (isPrintFile(target, printRoot) || isPdfViewer(target))
}

// The viewer's own resources (chrome://resources, its untrusted frames, inline data, blobs of the
// document) are all local.
const VIEWER_SCHEMES = new Set(['chrome:', 'chrome-untrusted:', 'data:', 'blob:'])

/** Requests from a preview window: local only, and of files only the documents we wrote. */
export function isAllowedPrintRequest(url: string, printRoot: string): boolean {
  const target = parse(url)
  if (!target) return false
  return VIEWER_SCHEMES.has(target.protocol) || isAllowedPrintNavigation(url, printRoot)
}

export function printWindowOptions(title: string): BrowserWindowConstructorOptions {
  return {
    width: 900,
    height: 1000,
    minWidth: 480,
    minHeight: 400,
    title,
    backgroundColor: '#525659',
    webPreferences: {
      partition: PRINT_PARTITION,
      // The PDF viewer is a plugin; nothing else in this window is.
      plugins: true,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
      devTools: false
    }
  }
}
