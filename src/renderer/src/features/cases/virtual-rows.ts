// The bookkeeping behind the virtualized case list, kept free of React and the DOM so it can be tested
// on its own.
//
// Rows come from `cases/list` in keyset windows of a fixed size. The server only pages forward: each
// response carries the cursor of the next window. The chain of those start cursors is kept for the
// whole scroll, because it is small (one short string per window), while the rows of windows far from
// the viewport are dropped and fetched again from their cursor when the user scrolls back. Every window
// but the last is full, so row r is always in window floor(r / size), even before it is loaded.
//
// A request token ties each response to the query and chain it was asked for: a new filter, or a
// refetched window showing that the data moved under the chain, bumps the token, and any response
// still in flight for the old token is discarded.
//
// The scrollable height is bounded. Browsers cap an element's height (Chromium at about 33.5 million
// CSS px, some 1M rows of 33 px), so only a segment of the rows is laid out at a time; when the
// viewport nears either end of the segment it is moved by half its length and scrollTop by the same
// amount, which leaves the rows on screen where they were.

export type WindowChain<T> = {
  readonly windowSize: number
  /** The request token: a response for another token is stale. */
  readonly token: number
  /** Start cursors of the windows known so far: [0] is the first window (no cursor). */
  readonly cursors: readonly (string | null)[]
  /** Loaded windows by index. */
  readonly pages: ReadonlyMap<number, readonly T[]>
  /** Windows requested and not answered yet (for the current token). */
  readonly pending: ReadonlySet<number>
  /** Windows whose request failed; not asked again until `retry`. */
  readonly failed: ReadonlySet<number>
  /** The number of rows, once the last window has been seen; null while more may follow. */
  readonly end: number | null
}

export function emptyChain<T>(windowSize: number, token: number): WindowChain<T> {
  if (!Number.isInteger(windowSize) || windowSize < 1) throw new Error('window size must be ≥ 1')
  return {
    windowSize,
    token,
    cursors: [null],
    pages: new Map(),
    pending: new Set(),
    failed: new Set(),
    end: null
  }
}

/** Rows whose position is known: every window before the frontier is full. */
export function knownRows(chain: WindowChain<unknown>): number {
  return chain.end ?? (chain.cursors.length - 1) * chain.windowSize
}

/** Rows to lay out: the known rows, plus one loading row at the end while more may follow. */
export function layoutRows(chain: WindowChain<unknown>): number {
  return chain.end ?? knownRows(chain) + 1
}

export type RowSlot<T> =
  | { kind: 'row'; index: number; item: T }
  | { kind: 'loading'; index: number; window: number; failed: boolean }

/** What to show at each index of [start, end): a loaded row, or a placeholder for its window. */
export function slots<T>(chain: WindowChain<T>, start: number, end: number): RowSlot<T>[] {
  const out: RowSlot<T>[] = []
  const last = Math.min(end, layoutRows(chain))
  for (let index = Math.max(0, start); index < last; index++) {
    const window = Math.floor(index / chain.windowSize)
    const item = chain.pages.get(window)?.[index - window * chain.windowSize]
    out.push(
      item === undefined
        ? { kind: 'loading', index, window, failed: chain.failed.has(window) }
        : { kind: 'row', index, item }
    )
  }
  return out
}

/**
 * Windows to request so that rows [start, end) can be shown, nearest to `start` first: only windows
 * whose cursor is known, not loaded, not pending, not failed.
 */
export function windowsToFetch(chain: WindowChain<unknown>, start: number, end: number): number[] {
  const rows = layoutRows(chain)
  const from = Math.max(0, start)
  const to = Math.min(end, rows)
  if (to <= from) return []
  const out: number[] = []
  const first = Math.floor(from / chain.windowSize)
  const last = Math.min(Math.floor((to - 1) / chain.windowSize), chain.cursors.length - 1)
  for (let w = first; w <= last; w++) {
    if (!chain.pages.has(w) && !chain.pending.has(w) && !chain.failed.has(w)) out.push(w)
  }
  return out
}

/** The request for a window: its start cursor (absent for the first) and the window size. */
export function windowRequest(
  chain: WindowChain<unknown>,
  window: number
): { cursor?: string; limit: number } {
  const cursor = chain.cursors[window]
  if (cursor === undefined) throw new Error(`window ${window} is beyond the known chain`)
  return cursor === null ? { limit: chain.windowSize } : { cursor, limit: chain.windowSize }
}

export function markPending<T>(chain: WindowChain<T>, windows: readonly number[]): WindowChain<T> {
  if (windows.length === 0) return chain
  return { ...chain, pending: new Set([...chain.pending, ...windows]) }
}

/**
 * A window's rows arrived. Stale tokens change nothing. At the frontier the chain grows by the next
 * cursor (or ends). A refetched window whose next cursor differs from the one recorded means rows
 * were added or removed meanwhile: the chain after it is cut and the token bumped, so the windows
 * after it are fetched again from the new cursor and answers for the old ones are ignored.
 */
export function receive<T>(
  chain: WindowChain<T>,
  token: number,
  window: number,
  items: readonly T[],
  nextCursor: string | null
): WindowChain<T> {
  if (token !== chain.token || window >= chain.cursors.length) return chain
  const pending = new Set(chain.pending)
  pending.delete(window)
  const pages = new Map(chain.pages)
  pages.set(window, items)
  const endHere = nextCursor === null ? window * chain.windowSize + items.length : null
  const frontier = window === chain.cursors.length - 1
  if (frontier) {
    const cursors = nextCursor === null ? chain.cursors : [...chain.cursors, nextCursor]
    return { ...chain, cursors, pages, pending, end: endHere }
  }
  if (nextCursor !== null && chain.cursors[window + 1] === nextCursor) {
    return { ...chain, pages, pending }
  }
  // The chain broke after this window.
  for (const w of [...pages.keys()]) if (w > window) pages.delete(w)
  const cursors = chain.cursors.slice(0, window + 1)
  if (nextCursor !== null) cursors.push(nextCursor)
  return {
    ...chain,
    token: chain.token + 1,
    cursors,
    pages,
    pending: new Set(),
    failed: new Set(),
    end: endHere
  }
}

/** A window's request failed: it is no longer pending and is not asked again until `retry`. */
export function fail<T>(chain: WindowChain<T>, token: number, window: number): WindowChain<T> {
  if (token !== chain.token) return chain
  const pending = new Set(chain.pending)
  pending.delete(window)
  return { ...chain, pending, failed: new Set([...chain.failed, window]) }
}

export function retry<T>(chain: WindowChain<T>): WindowChain<T> {
  return chain.failed.size === 0 ? chain : { ...chain, failed: new Set() }
}

/**
 * Keeps at most `keep` loaded windows, dropping those farthest from the window `around`; their
 * cursors stay in the chain, so scrolling back refetches them with one keyset query each.
 */
export function evict<T>(chain: WindowChain<T>, around: number, keep: number): WindowChain<T> {
  if (chain.pages.size <= keep) return chain
  const byDistance = [...chain.pages.keys()].sort(
    (a, b) => Math.abs(a - around) - Math.abs(b - around) || a - b
  )
  const pages = new Map(chain.pages)
  for (const w of byDistance.slice(Math.max(0, keep))) pages.delete(w)
  return { ...chain, pages }
}

// ── Layout ──

/** The most CSS px the scrolled content may take: a quarter of Chromium's ~33.5M px limit. */
export const MAX_CONTENT_PX = 8_000_000

export type Viewport = {
  /** scrollTop of the scroller, in px. */
  scrollTop: number
  /** Height of the part of the scroller rows show in (below a sticky header), in px. */
  height: number
  rowHeight: number
  /** Row index laid out at the top of the scrolled content (the segment's first row). */
  offsetRow: number
  /** Rows to lay out in all (layoutRows). */
  rowCount: number
}

/** Rows one segment may lay out for a row height, bounded by MAX_CONTENT_PX (or `maxPx`). */
export function segmentRows(rowHeight: number, maxPx = MAX_CONTENT_PX): number {
  return Math.max(1, Math.floor(maxPx / rowHeight))
}

/** The rows of the segment laid out now: [offsetRow, segmentEnd). */
export function segmentEnd(v: Viewport, segment: number): number {
  return Math.min(v.rowCount, v.offsetRow + segment)
}

/** Rows in view, [start, end) in row indexes, widened by `overscan` rows each side, within the segment. */
export function visibleRange(
  v: Viewport,
  segment: number,
  overscan: number
): { start: number; end: number } {
  const top = Math.max(0, v.scrollTop)
  const first = v.offsetRow + Math.floor(top / v.rowHeight)
  const last = v.offsetRow + Math.ceil((top + Math.max(0, v.height)) / v.rowHeight)
  const start = Math.max(v.offsetRow, first - overscan)
  const end = Math.min(segmentEnd(v, segment), last + overscan)
  return { start, end: Math.max(start, end) }
}

/** Heights of the spacers above and below the rendered rows [start, end). */
export function spacers(
  v: Viewport,
  segment: number,
  range: { start: number; end: number }
): { top: number; bottom: number } {
  return {
    top: (range.start - v.offsetRow) * v.rowHeight,
    bottom: (segmentEnd(v, segment) - range.end) * v.rowHeight
  }
}

/**
 * Moves the segment when the viewport nears one of its ends and more rows lie beyond: by half a
 * segment, with scrollTop moved by the same distance so the rows on screen stay put. Null when the
 * segment stays. The thresholds (the last quarter forward, the first eighth back) leave room so a
 * move never calls for the opposite move, as long as a segment holds 16 viewports or more.
 */
export function rebase(
  v: Viewport,
  segment: number
): { offsetRow: number; scrollTop: number } | null {
  const shiftMax = Math.floor(segment / 2)
  const first = Math.floor(Math.max(0, v.scrollTop) / v.rowHeight)
  const last = Math.ceil((Math.max(0, v.scrollTop) + v.height) / v.rowHeight)
  if (v.offsetRow + segment < v.rowCount && last > segment - Math.floor(segment / 4)) {
    const shift = Math.min(shiftMax, v.rowCount - (v.offsetRow + segment))
    return { offsetRow: v.offsetRow + shift, scrollTop: v.scrollTop - shift * v.rowHeight }
  }
  if (v.offsetRow > 0 && first < Math.floor(segment / 8)) {
    const shift = Math.min(shiftMax, v.offsetRow)
    return { offsetRow: v.offsetRow - shift, scrollTop: v.scrollTop + shift * v.rowHeight }
  }
  return null
}

/**
 * Where to scroll so that row `index` is fully in view (keyboard moves): the segment is moved first
 * when the row lies outside it, centred on the row.
 */
export function reveal(
  v: Viewport,
  segment: number,
  index: number
): { offsetRow: number; scrollTop: number } {
  let offsetRow = v.offsetRow
  let scrollTop = v.scrollTop
  if (index < offsetRow || index >= offsetRow + segment) {
    offsetRow = Math.max(0, Math.min(index - Math.floor(segment / 2), v.rowCount - segment))
    scrollTop = (index - offsetRow) * v.rowHeight - v.height / 2
  }
  const top = (index - offsetRow) * v.rowHeight
  if (top < scrollTop) scrollTop = top
  else if (top + v.rowHeight > scrollTop + v.height) scrollTop = top + v.rowHeight - v.height
  return { offsetRow, scrollTop: Math.max(0, scrollTop) }
}
