// The main window's size, position and maximised state, kept across runs in the data folder. The
// file is read back as untrusted data (it may be stale, hand-edited or from another screen layout),
// and a window is never placed where the user cannot reach its title bar.
import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export const WINDOW_STATE_FILE = 'window-state.json'

export type Rect = { x: number; y: number; width: number; height: number }

export type WindowState = Rect & { maximized: boolean }

/** Where and how big to open the window; no x/y means "let the system centre it". */
export type Placement = {
  bounds: { width: number; height: number; x?: number; y?: number }
  maximized: boolean
}

export type SizeLimits = { width: number; height: number; minWidth: number; minHeight: number }

const MAX_SIDE = 100_000

function isCoordinate(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && Math.abs(value) <= MAX_SIDE
}

function isSide(value: unknown): value is number {
  return isCoordinate(value) && value > 0
}

export function parseWindowState(text: string): WindowState | null {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return null
  }
  if (typeof value !== 'object' || value === null) return null
  const { x, y, width, height, maximized } = value as Record<string, unknown>
  if (!isCoordinate(x) || !isCoordinate(y) || !isSide(width) || !isSide(height)) return null
  if (typeof maximized !== 'boolean') return null
  return { x, y, width, height, maximized }
}

function overlap(a: Rect, b: Rect): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)
  return w > 0 && h > 0 ? w * h : 0
}

/** The strip a user drags the window by; at least this much of it must be on a screen. */
const GRIP = { height: 32, minVisibleWidth: 120 }

/**
 * Restores the saved state when its title bar is still on one of the screens (a monitor may have
 * been unplugged since), shrinking it to fit that screen; otherwise keeps only the size, capped to
 * the largest screen, and lets the system centre the window.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  limits: SizeLimits
): Placement {
  if (!saved) return { bounds: { width: limits.width, height: limits.height }, maximized: false }
  const fit = (side: number, min: number, max: number) => Math.max(min, Math.min(side, max))
  const grip = { x: saved.x, y: saved.y, width: saved.width, height: GRIP.height }
  const home = workAreas
    .map((area) => ({ area, visible: overlap(grip, area) }))
    .filter(({ visible }) => visible >= GRIP.minVisibleWidth * GRIP.height)
    .sort((a, b) => b.visible - a.visible)[0]?.area
  if (home) {
    const width = fit(saved.width, limits.minWidth, home.width)
    const height = fit(saved.height, limits.minHeight, home.height)
    // Pull the window back inside the screen it is mostly on, top edge first.
    const x = Math.min(Math.max(saved.x, home.x), home.x + home.width - width)
    const y = Math.min(Math.max(saved.y, home.y), home.y + home.height - height)
    return { bounds: { x, y, width, height }, maximized: saved.maximized }
  }
  const widest = Math.max(limits.minWidth, ...workAreas.map((area) => area.width))
  const tallest = Math.max(limits.minHeight, ...workAreas.map((area) => area.height))
  return {
    bounds: {
      width: fit(saved.width, limits.minWidth, widest),
      height: fit(saved.height, limits.minHeight, tallest)
    },
    maximized: saved.maximized
  }
}

export function windowStateFile(dataDir: string): string {
  return join(dataDir, WINDOW_STATE_FILE)
}

export function readWindowState(file: string): WindowState | null {
  try {
    return parseWindowState(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

/** Written beside and renamed into place, so a crash mid-write never leaves half a file. */
export function writeWindowState(file: string, state: WindowState): void {
  const partial = `${file}.partial`
  writeFileSync(partial, JSON.stringify(state), { mode: 0o600 })
  renameSync(partial, file)
}
