import type { Locator, Page } from '@playwright/test'

/** Filter values as typed into the register's search form; absent ones are left as they are. */
export type CaseListFilters = {
  status?: string
  from?: string
  to?: string
  officer?: string
  party?: string
  text?: string
}

/** A timing taken inside the page with performance.now(), in ms. */
export type Timing = number

/**
 * The case register. The table is virtualized: only the rows around the viewport are in the DOM,
 * so `rows` holds the loaded case rows rendered now, not every case the filters select.
 */
export class CaseListPage {
  readonly table: Locator
  readonly scroller: Locator
  readonly rows: Locator
  readonly loadingRows: Locator
  readonly count: Locator
  constructor(private readonly page: Page) {
    this.table = page.getByTestId('case-table')
    this.scroller = page.getByTestId('case-scroller')
    this.rows = this.table.getByTestId('case-row')
    this.loadingRows = this.table.locator('tbody tr.loading-row')
    this.count = page.getByTestId('case-count')
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation').getByRole('link', { name: '案件', exact: true }).click()
  }

  async searchByParty(name: string): Promise<void> {
    const filters = this.page.getByRole('search')
    await filters.getByLabel('当事人').fill(name)
    await filters.getByRole('button', { name: '查询' }).click()
  }

  async openCase(caseNumber: string): Promise<void> {
    await this.page.getByRole('link', { name: caseNumber }).click()
  }

  /** Fills the search form without submitting it. */
  async fillFilters(values: CaseListFilters): Promise<void> {
    const form = this.page.getByRole('search')
    if (values.status !== undefined)
      await form.getByLabel('状态').selectOption({ label: values.status })
    if (values.from !== undefined) await form.getByLabel('起始日期').fill(values.from)
    if (values.to !== undefined) await form.getByLabel('截止日期').fill(values.to)
    if (values.officer !== undefined)
      await form.getByLabel('办案人员').selectOption({ label: values.officer })
    if (values.party !== undefined) await form.getByLabel('当事人').fill(values.party)
    if (values.text !== undefined) await form.getByLabel('关键词').fill(values.text)
  }

  async resetFilters(): Promise<void> {
    await this.page.getByRole('search').getByRole('button', { name: '重置' }).click()
  }

  // ── Timings, measured inside the page ──
  // Each starts a clock with performance.now(), acts, and stops it at the first animation frame in
  // which the rows in the scroller's viewport are all loaded case rows (no loading placeholder, no
  // blank spacer showing): what the user sees is the new rows.

  /** Sets scrollTop (or scrolls to the bottom of what is laid out) and times the rows shown there. */
  async timeScrollTo(target: number | 'bottom'): Promise<Timing> {
    await this.page.evaluate(installProbe)
    return this.page.evaluate((to) => {
      const probe = (window as ProbeWindow).__caseListProbe
      if (!probe) throw new Error('probe not installed')
      const scroller = probe.scroller()
      const t0 = performance.now()
      scroller.scrollTop = to === 'bottom' ? scroller.scrollHeight : to
      return probe.untilShown(t0, () => true)
    }, target)
  }

  /**
   * Turns the mouse wheel over the table by `deltaY` px and times, from the wheel event, the rows
   * shown once the scroller has moved that far (or to its end).
   */
  async timeWheel(deltaY: number): Promise<Timing> {
    const box = await this.scroller.boundingBox()
    if (!box) throw new Error('the case table is not visible')
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2)
    await this.page.evaluate(installProbe)
    await this.page.evaluate((delta) => {
      const probe = (window as ProbeWindow).__caseListProbe
      if (!probe) throw new Error('probe not installed')
      probe.armWheel(delta)
    }, deltaY)
    await this.page.mouse.wheel(0, deltaY)
    return this.page.evaluate(async () => {
      const probe = (window as ProbeWindow).__caseListProbe
      if (!probe) throw new Error('probe not installed')
      const wheel = await probe.wheel()
      return probe.untilShown(wheel.t0, wheel.arrived)
    })
  }

  /** Submits the search form as filled and times the first rows of the new query (or "no cases"). */
  async timeSearch(): Promise<Timing> {
    await this.page.evaluate(installProbe)
    return this.page.evaluate(() => {
      const probe = (window as ProbeWindow).__caseListProbe
      if (!probe) throw new Error('probe not installed')
      const before = probe.token()
      const form = document.querySelector<HTMLFormElement>('form[role="search"]')
      if (!form) throw new Error('no search form')
      const t0 = performance.now()
      form.requestSubmit()
      return probe.untilShown(t0, () => probe.token() !== before, true)
    })
  }

  /** From another screen (`from`, a hash route) to the register's first rows, by changing the route. */
  async timeOpen(from: string): Promise<Timing> {
    await this.page.evaluate((hash) => (location.hash = hash), from)
    await this.table.waitFor({ state: 'detached' })
    await this.page.evaluate(installProbe)
    return this.page.evaluate(() => {
      const probe = (window as ProbeWindow).__caseListProbe
      if (!probe) throw new Error('probe not installed')
      const t0 = performance.now()
      location.hash = '#/cases'
      return probe.untilShown(t0, () => true)
    })
  }

  /** The cells' text of the loaded rows in the DOM, row by row. */
  async visibleCells(): Promise<string[][]> {
    return this.rows.evaluateAll((rows) =>
      rows.map((row) => Array.from(row.querySelectorAll('td'), (td) => td.textContent ?? ''))
    )
  }

  /** Distance from one row's top to the next's, in px. */
  async rowPitch(): Promise<number> {
    const [a, b] = [await this.rows.nth(0).boundingBox(), await this.rows.nth(1).boundingBox()]
    if (!a || !b) throw new Error('fewer than two rows shown')
    return b.y - a.y
  }

  /** Index of the first row in the viewport, from the rows' aria-rowindex. */
  async firstRowInView(): Promise<number> {
    await this.page.evaluate(installProbe)
    return this.page.evaluate(() => (window as ProbeWindow).__caseListProbe?.firstInView() ?? -1)
  }
}

// ── In-page helpers ──
// installProbe is handed to page.evaluate, which serializes it into the page: it may only use what
// the page itself has. It leaves the probe on window, where the timings above find it.

type Probe = {
  scroller: () => HTMLElement
  token: () => string | undefined
  untilShown: (t0: number, ready: () => boolean, orEmpty?: boolean) => Promise<number>
  armWheel: (deltaY: number) => void
  wheel: () => Promise<{ t0: number; arrived: () => boolean }>
  firstInView: () => number
}

/** The page's window with the probe on it (types only: the page code reads it as a plain property). */
type ProbeWindow = Window & { __caseListProbe?: Probe }

function installProbe(): void {
  const win = window as ProbeWindow
  if (win.__caseListProbe) return
  const scroller = () => {
    const el = document.querySelector<HTMLElement>('[data-testid="case-scroller"]')
    if (!el) throw new Error('no case table')
    return el
  }
  /** The rows covering the viewport, top to bottom, or null while a gap (a spacer) shows. */
  const rowsInView = (): HTMLElement[] | null => {
    const el = document.querySelector<HTMLElement>('[data-testid="case-scroller"]')
    if (!el) return null
    const box = el.getBoundingClientRect()
    const top = box.top + (el.querySelector('thead')?.getBoundingClientRect().height ?? 0)
    const bottom = box.top + el.clientHeight
    const rows = Array.from(el.querySelectorAll<HTMLElement>('tbody tr[data-row-index]')).filter(
      (row) => {
        const r = row.getBoundingClientRect()
        return r.bottom > top + 1 && r.top < bottom - 1
      }
    )
    const first = rows[0]
    const last = rows.at(-1)
    if (!first || !last) return null
    const tableBottom = el.querySelector('tbody')?.getBoundingClientRect().bottom ?? bottom
    const covered =
      first.getBoundingClientRect().top <= top + 1 &&
      last.getBoundingClientRect().bottom >= Math.min(bottom, tableBottom) - 1
    return covered ? rows : null
  }
  const shown = () => {
    const rows = rowsInView()
    return rows !== null && rows.every((row) => row.dataset.testid === 'case-row')
  }
  const empty = () =>
    document.querySelector('[data-testid="case-table"]')?.getAttribute('aria-rowcount') === '1'
  let wheelAt: Promise<{ t0: number; arrived: () => boolean }> | null = null
  const probe: Probe = {
    scroller,
    token: () =>
      document.querySelector<HTMLElement>('[data-testid="case-table"]')?.dataset.token ?? undefined,
    untilShown: (t0, ready, orEmpty = false) =>
      new Promise((resolve, reject) => {
        const give = setTimeout(() => reject(new Error('rows not shown within 15 s')), 15_000)
        const frame = () => {
          if (ready() && (shown() || (orEmpty && empty()))) {
            clearTimeout(give)
            resolve(performance.now() - t0)
          } else requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
    armWheel: (deltaY) => {
      const el = scroller()
      const target = Math.min(el.scrollTop + deltaY, el.scrollHeight - el.clientHeight)
      const arrived = () => Math.abs(el.scrollTop - target) < 2
      wheelAt = new Promise((resolve) =>
        el.addEventListener('wheel', (event) => resolve({ t0: event.timeStamp, arrived }), {
          once: true
        })
      )
    },
    wheel: () => {
      if (!wheelAt) throw new Error('wheel not armed')
      return wheelAt
    },
    firstInView: () => Number(rowsInView()?.[0]?.getAttribute('aria-rowindex') ?? 0) - 2
  }
  win.__caseListProbe = probe
}
