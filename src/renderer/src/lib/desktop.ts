// The desktop-only bridge (Electron preload): menu commands and printing. In the browser host
// `window.yardstickDesktop` is absent, and pages hide what needs it.
import { useEffect } from 'react'
import { DESKTOP_PAGES, isMenuCommand, type PrintPdfResult } from '../../../shared/desktop'
import type { FileContentView } from '../../../shared/lifecycle-views'
import { ApiError } from './api'

export function isDesktop(): boolean {
  return window.yardstickDesktop !== undefined
}

/** Follows the application menu: its page entries open the page by its hash route. */
export function useMenuCommands(): void {
  useEffect(
    () =>
      window.yardstickDesktop?.onMenuCommand((command) => {
        // Checked here: the preload passes the message through as it came.
        if (isMenuCommand(command)) window.location.hash = DESKTOP_PAGES[command.page]
      }),
    []
  )
}

/** Opens an issued PDF in the desktop print preview; failures come back as ApiError. */
export async function printPdf(file: FileContentView): Promise<void> {
  const bridge = window.yardstickDesktop
  if (!bridge) throw new ApiError({ code: 'INTERNAL', message: '打印仅在桌面版中可用。' })
  const result = (await bridge.printPdf({
    fileName: file.fileName,
    contentBase64: file.contentBase64
  })) as PrintPdfResult
  if (!result.ok) throw new ApiError(result.error)
}
