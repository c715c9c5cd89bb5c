import { describe, expect, it } from 'vitest'
import { loadCalendarTexts } from './calendar-check'
import type { CalendarProblemCode } from './calendar-problems'

const GOOD = `
year: 2024
verified: true
source:
  title: 国务院办公厅关于2024年部分节假日安排的通知
  documentNumber: 国办发明电〔2023〕7号
  issued: '2023-10-25'
holidays:
  - { name: 国庆节, from: '2024-10-01', to: '2024-10-07', days: 7 }
makeUpWorkdays:
  - { date: '2024-09-29', for: 国庆节 }
  - { date: '2024-10-12', for: 国庆节 }
`

function codes(
  texts: { source: string; text: string }[]
): { code: CalendarProblemCode; message: string }[] {
  const r = loadCalendarTexts(texts)
  if (r.ok) return []
  return r.problems.map(({ code, message }) => ({ code, message }))
}

describe('loadCalendarTexts: the calendar is refused with a Chinese message when a file is broken', () => {
  it('accepts a well-formed year', () => {
    const r = loadCalendarTexts([{ source: '2024.yaml', text: GOOD }])
    expect(r.ok).toBe(true)
    if (r.ok) expect(r.calendar.years.get(2024)?.holidays.size).toBe(7)
  })

  it.each([
    [
      'a 补班 day that is a weekday',
      GOOD.replace("date: '2024-10-12'", "date: '2024-10-11'"),
      'MAKEUP_NOT_WEEKEND',
      '调休上班日 2024-10-11 是星期五，不是周末：补班日只能是星期六或星期日'
    ],
    [
      'a date both 放假 and 上班',
      GOOD.replace("date: '2024-09-29'", "date: '2024-10-05'"),
      'DUPLICATE_DATE',
      '日期 2024-10-05 重复：已列于 holidays[0]（国庆节放假）'
    ],
    [
      'a holiday outside the year',
      GOOD.replace("to: '2024-10-07', days: 7", "to: '2025-10-07'"),
      'DATE_OUTSIDE_YEAR',
      '国庆节：日期 2025-10-07 不在2024年内'
    ],
    [
      'a missing 文号',
      GOOD.replace('  documentNumber: 国办发明电〔2023〕7号\n', ''),
      'MISSING_CITATION',
      '缺少出处：应注明《国务院办公厅关于2024年部分节假日安排的通知》的文号（source.documentNumber）'
    ],
    [
      'a range whose length contradicts 共N天',
      GOOD.replace('days: 7', 'days: 8'),
      'DAY_COUNT_MISMATCH',
      '国庆节：通知称共8天，而 2024-10-01 至 2024-10-07 为7天'
    ],
    [
      'an inverted range',
      GOOD.replace(
        "from: '2024-10-01', to: '2024-10-07', days: 7",
        "from: '2024-10-07', to: '2024-10-01'"
      ),
      'RANGE_INVERTED',
      '国庆节：结束日期 2024-10-01 早于开始日期 2024-10-07'
    ]
  ] as const)('%s', (_name, text, code, message) => {
    expect(codes([{ source: '2024.yaml', text }])).toContainEqual({ code, message })
  })

  it('a file named after another year', () => {
    expect(codes([{ source: '2025.yaml', text: GOOD }])).toEqual([
      { code: 'FILE_NAME_MISMATCH', message: '文件名应为 2024.yaml（与 year 字段一致）' }
    ])
  })

  it('the same year twice', () => {
    const r = codes([
      { source: '2024.yaml', text: GOOD },
      { source: '2024.yml', text: GOOD }
    ])
    expect(r).toEqual([
      { code: 'DUPLICATE_YEAR', message: '2024年的节假日安排重复：已在 2024.yaml 中给出' }
    ])
  })

  it('a YAML syntax error names the line', () => {
    const [p] = codes([{ source: '2024.yaml', text: 'year: 2024\nholidays: [\n' }])
    expect(p?.code).toBe('YAML')
    expect(p?.message).toMatch(/^YAML 语法错误（第\d+行第\d+列）/)
  })

  it('a schema error (date not YYYY-MM-DD) and an unknown key', () => {
    const text = GOOD.replace("date: '2024-09-29'", "date: '2024/09/29'") + 'comment: x\n'
    const r = codes([{ source: '2024.yaml', text }])
    expect(r.every((p) => p.code === 'SCHEMA')).toBe(true)
    expect(r.map((p) => p.message).join('\n')).toContain('日期格式应为 YYYY-MM-DD')
  })

  it('no files at all', () => {
    expect(codes([])).toEqual([
      { code: 'EMPTY', message: '没有任何年度节假日安排文件（<年份>.yaml）' }
    ])
  })
})
