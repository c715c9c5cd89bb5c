// What the preload adds to the renderer's window. Absent in a plain browser (the HTTP host), which
// is how the renderer's API client picks its transport and the pages hide desktop-only actions.
import type { Bridge } from '../shared/api'
import type { DesktopBridge } from '../shared/desktop'

declare global {
  interface Window {
    yardstick?: Bridge
    yardstickDesktop?: DesktopBridge
  }
}

export {}
