// A reporting period: calendar dates in Asia/Shanghai, both ends included.
import { assertNever } from '../assert'

export type Period = { from: string; to: string }

export function inPeriod(date: string | null, p: Period): date is string {
  return date !== null && date >= p.from && date <= p.to
}

export type PeriodKind = 'month' | 'quarter' | 'year'

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

function lastDay(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** The month (1–12), quarter (1–4) or year containing nothing but whole calendar days. */
export function periodOf(kind: PeriodKind, year: number, index = 1): Period {
  switch (kind) {
    case 'year':
      return { from: `${year}-01-01`, to: `${year}-12-31` }
    case 'quarter': {
      const first = (index - 1) * 3 + 1
      return {
        from: `${year}-${pad(first)}-01`,
        to: `${year}-${pad(first + 2)}-${pad(lastDay(year, first + 2))}`
      }
    }
    case 'month':
      return {
        from: `${year}-${pad(index)}-01`,
        to: `${year}-${pad(index)}-${pad(lastDay(year, index))}`
      }
  }
  return assertNever(kind)
}

/** The same period one year earlier (for year-on-year change). 29 February maps to the 28th. */
export function yearBefore(p: Period): Period {
  const shift = (d: string): string => {
    const y = Number(d.slice(0, 4)) - 1
    const md = d.slice(5)
    return md === '02-29' ? `${y}-02-28` : `${y}-${md}`
  }
  return { from: shift(p.from), to: shift(p.to) }
}
