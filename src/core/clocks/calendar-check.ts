// From parsed calendar files to a WorkingCalendar, or the list of everything wrong with them. Pure:
// the server reads the directory (src/server/calendars/load.ts) and hands the texts over.
import { parseDocument } from 'yaml'
import type { CalendarFile } from './calendar-schema'
import { calendarFileSchema } from './calendar-schema'
import type { CalendarProblem, CalendarProblemCode } from './calendar-problems'
import type { CalendarSource, WorkingCalendar, YearCalendar } from './calendar'
import { addDays, isWeekend, WEEKDAY_ZH, weekday, yearOf } from './days'

export type CalendarLoad =
  { ok: true; calendar: WorkingCalendar } | { ok: false; problems: CalendarProblem[] }

export type CalendarText = { source: string; text: string }

function problem(
  source: string,
  code: CalendarProblemCode,
  message: string,
  path = '(文件)'
): CalendarProblem {
  return { code, message, source, path }
}

/** Parse, validate and check the year files given as (file name, YAML text) pairs. */
export function loadCalendarTexts(texts: readonly CalendarText[]): CalendarLoad {
  if (texts.length === 0) {
    return {
      ok: false,
      problems: [problem('(目录)', 'EMPTY', '没有任何年度节假日安排文件（<年份>.yaml）')]
    }
  }
  const problems: CalendarProblem[] = []
  const years = new Map<number, YearCalendar>()
  const seenIn = new Map<number, string>()
  for (const { source, text } of texts) {
    const r = checkCalendarText(source, text)
    if (!r.ok) {
      problems.push(...r.problems)
      continue
    }
    const first = seenIn.get(r.year.year)
    if (first !== undefined) {
      const msg = `${r.year.year}年的节假日安排重复：已在 ${first} 中给出`
      problems.push(problem(source, 'DUPLICATE_YEAR', msg, 'year'))
      continue
    }
    seenIn.set(r.year.year, source)
    years.set(r.year.year, r.year)
  }
  return problems.length > 0 ? { ok: false, problems } : { ok: true, calendar: { years } }
}

type YearCheck = { ok: true; year: YearCalendar } | { ok: false; problems: CalendarProblem[] }

function checkCalendarText(source: string, text: string): YearCheck {
  const doc = parseDocument(text, { prettyErrors: true })
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => {
        const line = e.linePos?.[0]
        const where = line ? `（第${line.line}行第${line.col}列）` : ''
        return problem(source, 'YAML', `YAML 语法错误${where}：${e.message}`)
      })
    }
  }
  const parsed = calendarFileSchema.safeParse(doc.toJS())
  if (!parsed.success) {
    return {
      ok: false,
      problems: parsed.error.issues.map((i) =>
        problem(source, 'SCHEMA', `结构校验失败：${i.message}`, i.path.join('.') || '(文件)')
      )
    }
  }
  return checkCalendarFile(source, parsed.data)
}

type Add = (code: CalendarProblemCode, message: string, path: string) => void
/** date → where it was first listed, so that every date is claimed at most once. */
type Claims = Map<string, string>

/** Content checks on one schema-valid file; builds the year's lookup maps when there is no problem. */
export function checkCalendarFile(source: string, file: CalendarFile): YearCheck {
  const problems: CalendarProblem[] = []
  const add: Add = (code, message, path) => problems.push(problem(source, code, message, path))

  const expectedName = new RegExp(`^${file.year}\\.ya?ml$`)
  if (!expectedName.test(source.split(/[\\/]/).pop() ?? source)) {
    add('FILE_NAME_MISMATCH', `文件名应为 ${file.year}.yaml（与 year 字段一致）`, 'year')
  }
  const src = checkSource(file, add)
  const claimed: Claims = new Map()
  const holidays = checkHolidays(file, claimed, add)
  const makeUpWorkdays = checkMakeUpWorkdays(file, claimed, add)
  if (problems.length > 0 || !src) return { ok: false, problems }
  const { year, verified } = file
  return { ok: true, year: { year, verified, source: src, holidays, makeUpWorkdays } }
}

function checkHolidays(file: CalendarFile, claimed: Claims, add: Add): Map<string, string> {
  const holidays = new Map<string, string>()
  file.holidays.forEach((h, i) => {
    const at = `holidays[${i}]`
    if (h.to < h.from) {
      add('RANGE_INVERTED', `${h.name}：结束日期 ${h.to} 早于开始日期 ${h.from}`, at)
      return
    }
    for (const end of ['from', 'to'] as const) {
      if (yearOf(h[end]) !== file.year) {
        add('DATE_OUTSIDE_YEAR', `${h.name}：日期 ${h[end]} 不在${file.year}年内`, `${at}.${end}`)
      }
    }
    let count = 0
    for (let d = h.from; d <= h.to; d = addDays(d, 1)) {
      count++
      claim(claimed, d, `${at}（${h.name}放假）`, at, add)
      holidays.set(d, h.name)
    }
    if (h.days !== undefined && h.days !== count) {
      const message = `${h.name}：通知称共${h.days}天，而 ${h.from} 至 ${h.to} 为${count}天`
      add('DAY_COUNT_MISMATCH', message, `${at}.days`)
    }
  })
  return holidays
}

function checkMakeUpWorkdays(file: CalendarFile, claimed: Claims, add: Add): Map<string, string> {
  const makeUp = new Map<string, string>()
  file.makeUpWorkdays.forEach((m, i) => {
    const at = `makeUpWorkdays[${i}]`
    if (yearOf(m.date) !== file.year) {
      add('DATE_OUTSIDE_YEAR', `调休上班日 ${m.date} 不在${file.year}年内`, `${at}.date`)
    }
    // The notices only ever turn a Saturday or Sunday into a working day (“……（星期日）上班”).
    if (!isWeekend(m.date)) {
      const day = WEEKDAY_ZH[weekday(m.date)]
      const message = `调休上班日 ${m.date} 是${day}，不是周末：补班日只能是星期六或星期日`
      add('MAKEUP_NOT_WEEKEND', message, `${at}.date`)
    }
    claim(claimed, m.date, `${at}（${m.for}调休上班）`, at, add)
    makeUp.set(m.date, m.for)
  })
  return makeUp
}

function claim(claimed: Claims, date: string, what: string, at: string, add: Add): void {
  const prior = claimed.get(date)
  if (prior !== undefined) add('DUPLICATE_DATE', `日期 ${date} 重复：已列于 ${prior}`, at)
  else claimed.set(date, what)
}

/** Every year cites its notice: title, 文号 and date. */
function checkSource(file: CalendarFile, add: Add): CalendarSource | undefined {
  const s = file.source
  const missing = [
    s?.title ? '' : '通知标题（source.title）',
    s?.documentNumber ? '' : '文号（source.documentNumber）',
    s?.issued ? '' : '发布日期（source.issued）'
  ].filter(Boolean)
  if (!s?.title || !s.documentNumber || !s.issued) {
    const what = `国务院办公厅关于${file.year}年部分节假日安排的通知`
    add('MISSING_CITATION', `缺少出处：应注明《${what}》的${missing.join('、')}`, 'source')
    return undefined
  }
  return {
    title: s.title,
    documentNumber: s.documentNumber,
    issued: s.issued,
    ...(s.checkedAgainst ? { checkedAgainst: s.checkedAgainst } : {}),
    ...(s.note ? { note: s.note } : {})
  }
}
