import {
  useCallback,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
  type KeyboardEvent,
  type UIEvent
} from 'react'
import type { CaseSummary } from '../../../../shared/views'
import { ErrorBanner } from '../../components/ErrorBanner'
import { useI18n } from '../../i18n/i18n'
import { href } from '../../lib/router'
import { useCaseCount } from './use-case-count'
import { useCaseWindows, WINDOW_ROWS, type CaseFilters } from './use-case-windows'
import {
  knownRows,
  layoutRows,
  rebase,
  reveal,
  segmentRows,
  slots,
  spacers,
  visibleRange,
  type Viewport
} from './virtual-rows'
import './case-list.css'

/** Rows rendered beyond each edge of the viewport, so a short scroll shows rows already there. */
const OVERSCAN = 12
/** Rows fetched ahead of (and behind) the rendered ones: the next window is asked for early. */
const PREFETCH = WINDOW_ROWS / 2
/** Until the first row is measured. */
const DEFAULT_ROW_PX = 33
const COLUMNS = 6

const grouped = (n: number) => n.toLocaleString('en-US')

/**
 * The case register as a virtualized table: only the rows in view (and OVERSCAN more each side) are
 * in the DOM, between two spacer rows that stand for the rest; rows come in keyset windows
 * (use-case-windows.ts) as the viewport reaches them. Each row's case number is a link; one of them
 * is in the tab order, and the arrow keys, Page Up/Down, Home and End move between rows.
 */
export function VirtualCaseTable({ filters }: { filters: CaseFilters }) {
  const { t } = useI18n()
  const scroller = useRef<HTMLDivElement>(null)
  const head = useRef<HTMLTableSectionElement>(null)
  const body = useRef<HTMLTableSectionElement>(null)
  const [scroll, setScroll] = useState({ top: 0, height: 600 })
  const [rowHeight, setRowHeight] = useState(DEFAULT_ROW_PX)
  const [offsetRow, setOffsetRow] = useState(0)
  const [active, setActive] = useState(0)
  // scrollTop to apply once the rows of a moved segment are laid out, and a row to focus once shown.
  const scrollTo = useRef<number | null>(null)
  const focusRow = useRef<number | null>(null)

  // New filters start at the top (and the scroller follows in the layout effect below).
  const [shownFilters, setShownFilters] = useState(filters)
  if (shownFilters !== filters) {
    setShownFilters(filters)
    setOffsetRow(0)
    setActive(0)
    setScroll((s) => ({ ...s, top: 0 }))
  }
  useLayoutEffect(() => {
    if (scroller.current) scroller.current.scrollTop = 0
  }, [filters])

  const segment = segmentRows(rowHeight)
  const { chain, error, ensure, retryFailed } = useCaseWindows(filters)
  const total = useCaseCount(filters)
  /** The total from `cases/count` once it arrives, else what the loaded windows tell. */
  const countLine = (): string | null => {
    const loaded = knownRows(chain)
    if (total !== null && total > 0) {
      return chain.end === null
        ? t('cases.countLoaded', { count: grouped(total), loaded: grouped(loaded) })
        : t('cases.totalCount', { count: grouped(total) })
    }
    if (chain.end === null) return t('cases.loadedCount', { count: grouped(loaded) })
    return chain.end > 0 ? t('cases.totalCount', { count: grouped(chain.end) }) : null
  }
  const view: Viewport = {
    scrollTop: scroll.top,
    height: scroll.height,
    rowHeight,
    offsetRow,
    rowCount: layoutRows(chain)
  }
  const range = visibleRange(view, segment, OVERSCAN)
  const pad = spacers(view, segment, range)
  const shown = useMemo(() => slots(chain, range.start, range.end), [chain, range.start, range.end])
  const fetchStart = Math.max(0, range.start - PREFETCH)
  const fetchEnd = range.end + PREFETCH
  // A layout effect, not a passive one: the request leaves right after the commit that scrolled,
  // not a frame later.
  useLayoutEffect(() => ensure(fetchStart, fetchEnd), [ensure, fetchStart, fetchEnd])

  const measure = useCallback(() => {
    const el = scroller.current
    if (!el) return
    const height = Math.max(0, el.clientHeight - (head.current?.offsetHeight ?? 0))
    setScroll({ top: el.scrollTop, height })
  }, [])

  useLayoutEffect(() => {
    const el = scroller.current
    if (!el) return
    measure()
    const observer = new ResizeObserver(() => measure())
    observer.observe(el)
    return () => observer.disconnect()
  }, [measure])

  // The real row pitch, once two rows are laid out (fonts and zoom decide it, not this file).
  useLayoutEffect(() => {
    const rows = body.current?.querySelectorAll<HTMLElement>('tr[data-row-index]')
    const first = rows?.[0]
    const last = rows?.[rows.length - 1]
    if (!rows || rows.length < 2 || !first || !last) return
    const pitch =
      (last.getBoundingClientRect().top - first.getBoundingClientRect().top) / (rows.length - 1)
    if (pitch > 0 && Math.abs(pitch - rowHeight) > 0.01) setRowHeight(pitch)
  }, [rowHeight, shown])

  // After each render: a pending scroll position, and a row waiting for focus.
  useLayoutEffect(() => {
    const el = scroller.current
    if (el && scrollTo.current !== null) {
      el.scrollTop = scrollTo.current
      scrollTo.current = null
    }
    if (focusRow.current !== null) {
      const link = body.current?.querySelector<HTMLElement>(
        `tr[data-row-index="${focusRow.current}"] a`
      )
      if (link) {
        link.focus({ preventScroll: true })
        focusRow.current = null
      }
    }
  })

  const moveTo = (to: { offsetRow: number; scrollTop: number }) => {
    setOffsetRow(to.offsetRow)
    setScroll((s) => ({ ...s, top: to.scrollTop }))
    scrollTo.current = to.scrollTop
  }

  const onScroll = (event: UIEvent<HTMLDivElement>) => {
    const top = event.currentTarget.scrollTop
    const moved = rebase({ ...view, scrollTop: top }, segment)
    if (moved) moveTo(moved)
    else setScroll((s) => (s.top === top ? s : { ...s, top }))
  }

  const rowCount = layoutRows(chain)
  const onKeyDown = (event: KeyboardEvent<HTMLTableSectionElement>) => {
    const from = Number((event.target as HTMLElement).closest('tr')?.dataset.rowIndex)
    if (!Number.isInteger(from) || rowCount === 0) return
    const page = Math.max(1, Math.floor(scroll.height / rowHeight) - 1)
    const targets: Record<string, number> = {
      ArrowDown: from + 1,
      ArrowUp: from - 1,
      PageDown: from + page,
      PageUp: from - page,
      Home: 0,
      End: Math.max(0, knownRows(chain) - 1)
    }
    const target = targets[event.key]
    if (target === undefined) return
    event.preventDefault()
    const index = Math.max(0, Math.min(rowCount - 1, target))
    setActive(index)
    focusRow.current = index
    moveTo(reveal(view, segment, index))
  }

  // The row whose link is in the tab order: the active one, or the first loaded row rendered.
  const loaded = shown.filter((s) => s.kind === 'row')
  const tabRow = loaded.some((s) => s.index === active) ? active : loaded[0]?.index

  return (
    <>
      <ErrorBanner error={error} />
      <div className="case-scroller" ref={scroller} onScroll={onScroll} data-testid="case-scroller">
        <table
          className="list case-table"
          data-testid="case-table"
          data-token={chain.token}
          aria-rowcount={chain.end === null ? -1 : chain.end + 1}
          aria-busy={chain.pending.size > 0}
        >
          <colgroup>
            <col className="col-number" />
            <col className="col-cause" />
            <col className="col-parties" />
            <col className="col-status" />
            <col className="col-date" />
            <col className="col-officers" />
          </colgroup>
          <thead ref={head}>
            <tr aria-rowindex={1}>
              <th>{t('case.caseNumber')}</th>
              <th>{t('case.cause')}</th>
              <th>{t('case.parties')}</th>
              <th>{t('case.status')}</th>
              <th>{t('case.filedOn')}</th>
              <th>{t('case.officers')}</th>
            </tr>
          </thead>
          <tbody
            ref={body}
            onKeyDown={onKeyDown}
            onFocus={(event) => {
              const index = Number(event.target.closest('tr')?.dataset.rowIndex)
              if (Number.isInteger(index) && index !== active) setActive(index)
            }}
          >
            {pad.top > 0 ? <Spacer height={pad.top} /> : null}
            {shown.map((slot) =>
              slot.kind === 'row' ? (
                <CaseRow
                  key={slot.item.id}
                  index={slot.index}
                  item={slot.item}
                  tabbable={slot.index === tabRow}
                />
              ) : (
                <tr
                  key={`loading-${slot.index}`}
                  className="loading-row"
                  data-row-index={slot.index}
                  data-state={slot.failed ? 'failed' : 'loading'}
                  aria-rowindex={slot.index + 2}
                >
                  <td colSpan={COLUMNS}>
                    {slot.failed ? (
                      <>
                        {t('cases.rowsFailed')}{' '}
                        <button type="button" className="case-retry" onClick={retryFailed}>
                          {t('cases.retry')}
                        </button>
                      </>
                    ) : (
                      t('app.loading')
                    )}
                  </td>
                </tr>
              )
            )}
            {pad.bottom > 0 ? <Spacer height={pad.bottom} /> : null}
          </tbody>
        </table>
      </div>
      {chain.end === 0 && !error ? <p className="muted">{t('common.noResults')}</p> : null}
      <p className="muted case-count" data-testid="case-count">
        {countLine()}
      </p>
    </>
  )
}

function Spacer({ height }: { height: number }) {
  return (
    <tr className="spacer" aria-hidden="true">
      <td colSpan={COLUMNS} style={{ height }} />
    </tr>
  )
}

function CaseRow({
  index,
  item,
  tabbable
}: {
  index: number
  item: CaseSummary
  tabbable: boolean
}) {
  const { t } = useI18n()
  const parties = item.partyNames.join('、')
  const officers = item.officers.map((o) => o.displayName).join('、')
  return (
    <tr data-testid="case-row" data-row-index={index} aria-rowindex={index + 2}>
      <td>
        <a href={href({ name: 'caseDetail', id: item.id })} tabIndex={tabbable ? 0 : -1}>
          {item.caseNumber}
        </a>
      </td>
      <td title={item.cause}>{item.cause}</td>
      <td title={parties}>{parties}</td>
      <td>{t(`status.${item.status}`)}</td>
      <td>{item.filedOn ?? '—'}</td>
      <td title={officers}>{officers}</td>
    </tr>
  )
}
