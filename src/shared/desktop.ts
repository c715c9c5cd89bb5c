// The desktop-only part of the renderer contract: what the Electron preload adds beside the one
// `invoke` of api.ts. It is absent in the browser host, so every use is optional in the renderer.
import type { Envelope } from './errors'

/**
 * Pages the application menu can open, by their hash route. A menu entry only navigates: the page
 * itself does the work (export, import, backup) under the signed-in user's permissions, so the
 * menu grants nothing the user could not already reach by clicking.
 */
export const DESKTOP_PAGES = {
  caseList: '#/cases',
  caseNew: '#/cases/new',
  deadlines: '#/deadlines',
  statistics: '#/statistics',
  exchange: '#/exchange',
  backups: '#/backups'
} as const

export type DesktopPage = keyof typeof DESKTOP_PAGES

/** main → renderer, sent when a menu entry is chosen. */
export type MenuCommand = { type: 'navigate'; page: DesktopPage }

export function isDesktopPage(value: unknown): value is DesktopPage {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(DESKTOP_PAGES, value)
}

/** Checked on arrival: a message across a process boundary is data, not a trusted type. */
export function isMenuCommand(value: unknown): value is MenuCommand {
  if (typeof value !== 'object' || value === null) return false
  const record = value as Record<string, unknown>
  return record.type === 'navigate' && isDesktopPage(record.page)
}

/** An issued document the renderer already fetched (documents/file), to be shown for printing. */
export type PrintPdfRequest = { fileName: string; contentBase64: string }

export type PrintPdfResult = Envelope<{ opened: true }>

export type DesktopBridge = {
  /** Subscribes to menu commands; returns the unsubscribe function. */
  onMenuCommand: (listener: (command: unknown) => void) => () => void
  /** Opens the PDF in a print preview window (system print dialog from there). */
  printPdf: (request: PrintPdfRequest) => Promise<unknown>
}
