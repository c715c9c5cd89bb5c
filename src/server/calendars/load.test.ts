import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { formatCalendarProblem } from '../../core/clocks/calendar-problems'
import { isWorkingDay } from '../../core/clocks/calendar'
import { calendarFiles, loadCalendarDir } from './load'

const SHIPPED = new URL('../../../resources/calendars/', import.meta.url).pathname
const dirs: string[] = []

function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'yardstick-cal-'))
  dirs.push(d)
  return d
}

afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('loadCalendarDir', () => {
  it('loads the shipped calendar: 2021–2026, each citing its 国办发明电 notice', () => {
    expect(calendarFiles(SHIPPED)).toEqual([
      '2021.yaml',
      '2022.yaml',
      '2023.yaml',
      '2024.yaml',
      '2025.yaml',
      '2026.yaml'
    ])
    const r = loadCalendarDir(SHIPPED)
    if (!r.ok) throw new Error(r.problems.map(formatCalendarProblem).join('\n'))
    for (const y of r.calendar.years.values()) {
      expect(y.source.title).toBe(`国务院办公厅关于${y.year}年部分节假日安排的通知`)
      expect(y.source.documentNumber).toMatch(/^国办发明电〔\d{4}〕\d+号$/)
      expect(Number(y.source.issued.slice(0, 4))).toBe(y.year - 1)
    }
    expect(isWorkingDay(r.calendar, '2024-02-04')).toEqual({ ok: true, value: true })
  })

  it('refuses a broken file with its name, the place and a Chinese message', () => {
    const dir = tempDir()
    const text = readFileSync(join(SHIPPED, '2024.yaml'), 'utf8').replace(
      "{ date: '2024-02-04', for: 春节 }",
      "{ date: '2024-02-05', for: 春节 }"
    )
    writeFileSync(join(dir, '2024.yaml'), text)
    writeFileSync(join(dir, 'README.md'), 'ignored')
    const r = loadCalendarDir(dir)
    expect(r.ok).toBe(false)
    if (r.ok) return
    expect(r.problems.map(formatCalendarProblem)).toEqual([
      '错误 [2024.yaml] makeUpWorkdays[0].date：调休上班日 2024-02-05 是星期一，不是周末：补班日只能是星期六或星期日'
    ])
  })

  it('refuses a year without its citation', () => {
    const dir = tempDir()
    const text = readFileSync(join(SHIPPED, '2025.yaml'), 'utf8').replace(
      /^source:[\s\S]*?(?=^holidays:)/m,
      ''
    )
    writeFileSync(join(dir, '2025.yaml'), text)
    const r = loadCalendarDir(dir)
    expect(r.ok ? [] : r.problems.map((p) => p.code)).toEqual(['MISSING_CITATION'])
  })

  it('reports a folder that cannot be read', () => {
    const r = loadCalendarDir(join(tempDir(), 'missing'))
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problems[0]?.message).toMatch(/^无法读取节假日安排目录：/)
  })
})
