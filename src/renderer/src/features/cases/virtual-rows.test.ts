import { describe, expect, it } from 'vitest'
import {
  emptyChain,
  evict,
  fail,
  knownRows,
  layoutRows,
  markPending,
  MAX_CONTENT_PX,
  rebase,
  receive,
  retry,
  reveal,
  segmentRows,
  slots,
  spacers,
  visibleRange,
  windowRequest,
  windowsToFetch,
  type Viewport,
  type WindowChain
} from './virtual-rows'

const W = 4
const rows = (from: number, n: number) => Array.from({ length: n }, (_, i) => `r${from + i}`)

/** A chain after loading `windows` full windows from the start, with more to come. */
function loaded(windows: number, token = 1): WindowChain<string> {
  let chain = emptyChain<string>(W, token)
  for (let w = 0; w < windows; w++) {
    chain = receive(markPending(chain, [w]), token, w, rows(w * W, W), `c${w + 1}`)
  }
  return chain
}

describe('window chain', () => {
  it('starts with one window to fetch, no cursor, and a loading row', () => {
    const chain = emptyChain<string>(W, 7)
    expect(knownRows(chain)).toBe(0)
    expect(layoutRows(chain)).toBe(1)
    expect(windowsToFetch(chain, 0, 20)).toEqual([0])
    expect(windowRequest(chain, 0)).toEqual({ limit: W })
    expect(slots(chain, 0, 20)).toEqual([{ kind: 'loading', index: 0, window: 0, failed: false }])
  })

  it('grows by the next cursor at the frontier, and ends on the last window', () => {
    let chain = loaded(2)
    expect(chain.cursors).toEqual([null, 'c1', 'c2'])
    expect(knownRows(chain)).toBe(8)
    expect(layoutRows(chain)).toBe(9)
    expect(windowRequest(chain, 2)).toEqual({ cursor: 'c2', limit: W })
    chain = receive(markPending(chain, [2]), 1, 2, rows(8, 3), null)
    expect(chain.end).toBe(11)
    expect(layoutRows(chain)).toBe(11)
    expect(windowsToFetch(chain, 0, 100)).toEqual([])
    expect(slots(chain, 9, 100).map((s) => s.kind === 'row' && s.item)).toEqual(['r9', 'r10'])
  })

  it('ends with no rows at all when the first window is empty', () => {
    const chain = receive(emptyChain<string>(W, 1), 1, 0, [], null)
    expect(chain.end).toBe(0)
    expect(layoutRows(chain)).toBe(0)
    expect(slots(chain, 0, 10)).toEqual([])
  })

  it('asks only for windows in range, known, not loaded, pending or failed, nearest first', () => {
    let chain = evict(loaded(5), 4, 2) // windows 3 and 4 kept; frontier is window 5
    expect([...chain.pages.keys()].sort()).toEqual([3, 4])
    expect(windowsToFetch(chain, 0, 100)).toEqual([0, 1, 2, 5])
    expect(windowsToFetch(chain, 5, 9)).toEqual([1, 2])
    chain = markPending(chain, [1])
    chain = fail(chain, 1, 2)
    expect(windowsToFetch(chain, 0, 100)).toEqual([0, 5])
    expect(slots(chain, 8, 10)).toEqual([
      { kind: 'loading', index: 8, window: 2, failed: true },
      { kind: 'loading', index: 9, window: 2, failed: true }
    ])
    expect(windowsToFetch(retry(chain), 8, 9)).toEqual([2])
  })

  it('discards a response for another token (a filter changed meanwhile)', () => {
    const before = markPending(emptyChain<string>(W, 2), [0])
    const after = receive(before, 1, 0, rows(0, W), 'c1')
    expect(after).toBe(before)
    expect(fail(before, 1, 0)).toBe(before)
  })

  it('refetches an evicted window from its cursor and keeps the chain when it still links up', () => {
    let chain = evict(loaded(4), 3, 1)
    expect([...chain.pages.keys()]).toEqual([3])
    expect(windowRequest(chain, 1)).toEqual({ cursor: 'c1', limit: W })
    chain = receive(markPending(chain, [1]), 1, 1, rows(4, W), 'c2')
    expect(chain.token).toBe(1)
    expect([...chain.pages.keys()].sort()).toEqual([1, 3])
    expect(chain.cursors).toEqual([null, 'c1', 'c2', 'c3', 'c4'])
  })

  it('cuts the chain after a refetched window whose next cursor moved, and bumps the token', () => {
    let chain = markPending(evict(loaded(4), 3, 1), [0, 2])
    chain = receive(chain, 1, 0, rows(0, W), 'moved')
    expect(chain.token).toBe(2)
    expect(chain.cursors).toEqual([null, 'moved'])
    expect([...chain.pages.keys()]).toEqual([0])
    expect(chain.pending.size).toBe(0)
    expect(knownRows(chain)).toBe(W)
    // The answer for window 2, asked under the old chain, is ignored.
    expect(receive(chain, 1, 2, rows(8, W), 'c3')).toBe(chain)
    // A refetch that now finds the end ends the chain there.
    const ended = receive(markPending(evict(loaded(3), 2, 1), [0]), 1, 0, rows(0, 2), null)
    expect(ended.end).toBe(2)
    expect(ended.cursors).toEqual([null])
  })

  it('keeps the windows nearest the viewport when evicting', () => {
    const chain = evict(loaded(10), 6, 3)
    expect([...chain.pages.keys()].sort()).toEqual([5, 6, 7])
    expect(chain.cursors).toHaveLength(11)
    expect(evict(chain, 6, 3)).toBe(chain)
  })
})

const view = (over: Partial<Viewport>): Viewport => ({
  scrollTop: 0,
  height: 330,
  rowHeight: 33,
  offsetRow: 0,
  rowCount: 1000,
  ...over
})

describe('visible range', () => {
  it('covers the rows in view plus the overscan, within the rows there are', () => {
    expect(visibleRange(view({}), 10_000, 5)).toEqual({ start: 0, end: 15 })
    expect(visibleRange(view({ scrollTop: 3300 }), 10_000, 5)).toEqual({ start: 95, end: 115 })
    // Half a row scrolled: the partly visible row at each end is included.
    expect(visibleRange(view({ scrollTop: 3316 }), 10_000, 0)).toEqual({ start: 100, end: 111 })
    expect(visibleRange(view({ scrollTop: 33_000, rowCount: 1005 }), 10_000, 5)).toEqual({
      start: 995,
      end: 1005
    })
    expect(visibleRange(view({ rowCount: 0 }), 10_000, 5)).toEqual({ start: 0, end: 0 })
  })

  it('counts from the segment offset, and the spacers fill the rest of the segment', () => {
    const v = view({ offsetRow: 500, scrollTop: 330, rowCount: 2000 })
    const range = visibleRange(v, 1000, 2)
    expect(range).toEqual({ start: 508, end: 522 })
    expect(spacers(v, 1000, range)).toEqual({ top: 8 * 33, bottom: (1500 - 522) * 33 })
  })

  it('bounds a segment by the content height limit', () => {
    expect(segmentRows(33)).toBe(Math.floor(MAX_CONTENT_PX / 33))
    expect(segmentRows(33) * 33).toBeLessThan(33_554_428 / 4)
    expect(segmentRows(40, 400)).toBe(10)
  })
})

describe('rebase', () => {
  const segment = 800 // 80 viewports of 10 rows

  it('stays while the viewport is in the middle of the segment, or nothing lies beyond', () => {
    expect(rebase(view({ scrollTop: 300 * 33, rowCount: 5000 }), segment)).toBeNull()
    expect(rebase(view({ scrollTop: 700 * 33, rowCount: 800 }), segment)).toBeNull()
    expect(rebase(view({ scrollTop: 0, rowCount: 5000 }), segment)).toBeNull()
  })

  it('moves forward by half a segment near its end, keeping the same rows on screen', () => {
    const v = view({ scrollTop: 600 * 33, rowCount: 5000 })
    const moved = rebase(v, segment)
    expect(moved).toEqual({ offsetRow: 400, scrollTop: 200 * 33 })
    const before = visibleRange(v, segment, 0)
    const after = visibleRange({ ...v, ...moved }, segment, 0)
    expect(after).toEqual(before)
    // No move back from there.
    expect(rebase({ ...v, ...moved }, segment)).toBeNull()
  })

  it('moves forward only as far as the rows go', () => {
    const moved = rebase(view({ scrollTop: 600 * 33, offsetRow: 100, rowCount: 1000 }), segment)
    expect(moved).toEqual({ offsetRow: 200, scrollTop: 500 * 33 })
  })

  it('moves back near the start of a segment that does not begin at row 0', () => {
    const v = view({ scrollTop: 50 * 33, offsetRow: 1200, rowCount: 5000 })
    const moved = rebase(v, segment)
    expect(moved).toEqual({ offsetRow: 800, scrollTop: 450 * 33 })
    expect(visibleRange({ ...v, ...moved }, segment, 3)).toEqual(visibleRange(v, segment, 3))
    expect(rebase({ ...v, ...moved }, segment)).toBeNull()
    expect(rebase(view({ scrollTop: 0, offsetRow: 100, rowCount: 5000 }), segment)).toEqual({
      offsetRow: 0,
      scrollTop: 100 * 33
    })
  })

  it('keeps the laid-out height within the limit however far the rows go', () => {
    const rowHeight = 33
    const segment = segmentRows(rowHeight)
    let v = view({ rowHeight, rowCount: 3_000_000 })
    // Scroll to the end a viewport at a time is too slow to simulate; jump by tenths of a segment.
    const laidOut = () => (Math.min(v.rowCount, v.offsetRow + segment) - v.offsetRow) * rowHeight
    for (let i = 0; i < 200; i++) {
      // As a browser does, scrollTop stops at the bottom of the content.
      const scrollTop = Math.min(v.scrollTop + (segment / 10) * rowHeight, laidOut() - v.height)
      v = { ...v, scrollTop }
      v = { ...v, ...(rebase(v, segment) ?? {}) }
      expect(laidOut()).toBeLessThanOrEqual(MAX_CONTENT_PX)
      expect(v.scrollTop).toBeGreaterThanOrEqual(0)
    }
    // The last row was reached.
    expect(visibleRange(v, segment, 0).end).toBe(3_000_000)
  })
})

describe('reveal', () => {
  it('scrolls just enough to show a row fully', () => {
    const v = view({ scrollTop: 3300 })
    expect(reveal(v, 10_000, 105)).toEqual({ offsetRow: 0, scrollTop: 3300 })
    expect(reveal(v, 10_000, 110)).toEqual({ offsetRow: 0, scrollTop: 111 * 33 - 330 })
    expect(reveal(v, 10_000, 99)).toEqual({ offsetRow: 0, scrollTop: 99 * 33 })
    expect(reveal(v, 10_000, 0)).toEqual({ offsetRow: 0, scrollTop: 0 })
  })

  it('moves the segment to a row outside it', () => {
    const v = view({ offsetRow: 4000, scrollTop: 100 * 33, rowCount: 10_000 })
    const to = reveal(v, 800, 0)
    expect(to).toEqual({ offsetRow: 0, scrollTop: 0 })
    const far = reveal(view({ rowCount: 10_000 }), 800, 5000)
    expect(far.offsetRow).toBe(4600)
    const range = visibleRange({ ...view({ rowCount: 10_000 }), ...far }, 800, 0)
    expect(range.start).toBeLessThanOrEqual(5000)
    expect(range.end).toBeGreaterThan(5000)
  })
})
