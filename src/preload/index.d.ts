// What the preload adds to the renderer's window. Absent in a plain browser (the HTTP host), which
// is how the renderer's API client picks its transport.
import type { Bridge } from '../shared/api'

declare global {
  interface Window {
    yardstick?: Bridge
  }
}

export {}
