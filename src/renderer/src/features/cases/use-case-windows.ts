import { useCallback, useEffect, useRef, useState } from 'react'
import type { CaseListInput } from '../../../../shared/schemas/cases'
import type { CaseSummary } from '../../../../shared/views'
import { call } from '../../lib/api'
import {
  emptyChain,
  evict,
  fail,
  markPending,
  receive,
  retry,
  windowRequest,
  windowsToFetch,
  type WindowChain
} from './virtual-rows'

/** The filters of a list query: everything but the paging. */
export type CaseFilters = Omit<CaseListInput, 'cursor' | 'limit'>

/** Rows per `cases/list` request: a few screens, one keyset query of the server. */
export const WINDOW_ROWS = 100
/** Loaded windows kept in memory; farther ones are dropped and fetched again from their cursor. */
const KEEP_WINDOWS = 12
/** Requests in flight at once (a jump back can need two windows; the frontier is one at a time). */
const MAX_IN_FLIGHT = 2

type State = { filters: CaseFilters; chain: WindowChain<CaseSummary> }

/**
 * The case list's window chain for `filters`. `ensure(start, end)` asks for the windows rows
 * [start, end) need (call it from an effect). A new filters object starts a new chain under a new
 * request token, so answers to the previous filters that arrive late are discarded.
 */
export function useCaseWindows(filters: CaseFilters): {
  chain: WindowChain<CaseSummary>
  error: unknown
  ensure: (start: number, end: number) => void
  retryFailed: () => void
} {
  const [state, setState] = useState<State>(() => ({
    filters,
    chain: emptyChain(WINDOW_ROWS, 1)
  }))
  const [error, setError] = useState<unknown>(null)
  let current = state
  if (state.filters !== filters) {
    // New filters: a new chain, adopted during this render so no request goes out for the old one.
    current = { filters, chain: emptyChain(WINDOW_ROWS, state.chain.token + 1) }
    setState(current)
    setError(null)
  }
  const { chain } = current
  // The window the viewport is in, read when an answer arrives to decide which windows to drop;
  // and the current token, so the failure of a request for old filters is not reported.
  const around = useRef(0)
  const liveToken = useRef(chain.token)
  useEffect(() => {
    liveToken.current = chain.token
  })

  const ensure = useCallback(
    (start: number, end: number) => {
      around.current = Math.floor(start / WINDOW_ROWS)
      const room = MAX_IN_FLIGHT - chain.pending.size
      const wanted = windowsToFetch(chain, start, end).slice(0, Math.max(0, room))
      if (wanted.length === 0) return
      const token = chain.token
      setState((s) => (s.chain.token === token ? { ...s, chain: markPending(s.chain, wanted) } : s))
      for (const window of wanted) {
        call('cases/list', { ...filters, ...windowRequest(chain, window) }).then(
          (page) =>
            setState((s) => {
              const next = receive(s.chain, token, window, page.items, page.nextCursor)
              return next === s.chain
                ? s
                : { ...s, chain: evict(next, around.current, KEEP_WINDOWS) }
            }),
          (err: unknown) => {
            if (liveToken.current === token) setError(err)
            setState((s) => {
              const next = fail(s.chain, token, window)
              return next === s.chain ? s : { ...s, chain: next }
            })
          }
        )
      }
    },
    [filters, chain]
  )

  const retryFailed = useCallback(() => {
    setError(null)
    setState((s) => ({ ...s, chain: retry(s.chain) }))
  }, [])

  return { chain, error, ensure, retryFailed }
}
