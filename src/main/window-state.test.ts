import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import {
  parseWindowState,
  placeWindow,
  readWindowState,
  windowStateFile,
  writeWindowState,
  type Rect
} from './window-state'

const LIMITS = { width: 1280, height: 820, minWidth: 960, minHeight: 640 }
const LAPTOP: Rect = { x: 0, y: 0, width: 1920, height: 1040 }
const RIGHT: Rect = { x: 1920, y: 0, width: 2560, height: 1400 }

describe('parseWindowState', () => {
  it('reads a saved state', () => {
    const text = '{"x":10,"y":20,"width":1300,"height":900,"maximized":true}'
    expect(parseWindowState(text)).toEqual({
      x: 10,
      y: 20,
      width: 1300,
      height: 900,
      maximized: true
    })
  })

  it.each([
    '',
    'null',
    '[]',
    '{"x":10,"y":20,"width":1300,"height":900}',
    '{"x":10,"y":20,"width":0,"height":900,"maximized":false}',
    '{"x":10,"y":20,"width":-5,"height":900,"maximized":false}',
    '{"x":1.5,"y":20,"width":1300,"height":900,"maximized":false}',
    '{"x":"10","y":20,"width":1300,"height":900,"maximized":false}',
    '{"x":10,"y":20,"width":1e9,"height":900,"maximized":false}',
    '{"x":10,"y":20,"width":1300,"height":900,"maximized":"yes"}'
  ])('refuses %s', (text) => expect(parseWindowState(text)).toBeNull())
})

describe('placeWindow', () => {
  it('opens at the default size, centred, the first time', () => {
    expect(placeWindow(null, [LAPTOP], LIMITS)).toEqual({
      bounds: { width: 1280, height: 820 },
      maximized: false
    })
  })

  it('restores a window that is on a screen', () => {
    const saved = { x: 100, y: 50, width: 1400, height: 900, maximized: true }
    expect(placeWindow(saved, [LAPTOP], LIMITS)).toEqual({
      bounds: { x: 100, y: 50, width: 1400, height: 900 },
      maximized: true
    })
  })

  it('restores onto the second screen while it is attached', () => {
    const saved = { x: 2000, y: 100, width: 1600, height: 1000, maximized: false }
    expect(placeWindow(saved, [LAPTOP, RIGHT], LIMITS).bounds).toEqual({
      x: 2000,
      y: 100,
      width: 1600,
      height: 1000
    })
  })

  it('centres a window whose screen was unplugged, at a size that fits the screens left', () => {
    const saved = { x: 2000, y: 100, width: 2400, height: 1300, maximized: false }
    expect(placeWindow(saved, [LAPTOP], LIMITS)).toEqual({
      bounds: { width: 1920, height: 1040 },
      maximized: false
    })
  })

  it('pulls a window hanging off the edge back inside, and shrinks it to the screen', () => {
    const saved = { x: 1500, y: -10, width: 2000, height: 1200, maximized: false }
    expect(placeWindow(saved, [LAPTOP], LIMITS).bounds).toEqual({
      x: 0,
      y: 0,
      width: 1920,
      height: 1040
    })
  })

  it('does not trust a title bar barely on screen', () => {
    const saved = { x: 1900, y: 500, width: 1200, height: 800, maximized: false }
    expect(placeWindow(saved, [LAPTOP], LIMITS).bounds).not.toHaveProperty('x')
  })

  it('never goes below the minimum size', () => {
    const saved = { x: 0, y: 0, width: 200, height: 100, maximized: false }
    const { bounds } = placeWindow(saved, [LAPTOP], LIMITS)
    expect([bounds.width, bounds.height]).toEqual([960, 640])
  })
})

describe('window state file', () => {
  const dirs: string[] = []
  afterEach(() => {
    for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
  })
  const folder = () => {
    const dir = mkdtempSync(join(tmpdir(), 'yardstick-window-'))
    dirs.push(dir)
    return dir
  }

  it('round-trips and leaves no partial file', () => {
    const file = windowStateFile(folder())
    const state = { x: 1, y: 2, width: 1000, height: 700, maximized: false }
    writeWindowState(file, state)
    expect(readWindowState(file)).toEqual(state)
    expect(readdirSync(join(file, '..'))).toEqual(['window-state.json'])
  })

  it('reads a missing or damaged file as no state', () => {
    const file = windowStateFile(folder())
    expect(readWindowState(file)).toBeNull()
    writeFileSync(file, '{"x":')
    expect(readWindowState(file)).toBeNull()
  })
})
