import { describe, expect, it } from 'vitest'
import { dayKind, isWorkingDay, type ClockResult } from './calendar'
import { shippedCalendar } from './calendar.test-support'
import { addWorkingDays, subtractWorkingDays } from './working-days'

const cal = shippedCalendar()

function value<T>(r: ClockResult<T>): T {
  if (!r.ok) throw new Error(r.problem.message)
  return r.value
}

describe('工作日 = 周一至周五，除去放假日，加上调休上班的周末（国务院办公厅年度通知；行政处罚法第八十五条）', () => {
  it.each([
    ['2024-02-04', 'makeUpWorkday', '星期日，春节调休上班（国办发明电〔2023〕7号）'],
    ['2024-02-09', 'workday', '除夕：通知只“鼓励”休息，不是放假'],
    ['2024-02-12', 'holiday', '星期一，春节放假'],
    ['2024-09-29', 'makeUpWorkday', '星期日，国庆节调休上班'],
    ['2024-10-07', 'holiday', '星期一，国庆节放假'],
    ['2024-10-08', 'workday', '国庆假期后第一个工作日'],
    ['2024-10-12', 'makeUpWorkday', '星期六，国庆节调休上班'],
    ['2024-10-13', 'weekend', '普通星期日'],
    ['2025-10-08', 'holiday', '2025年国庆节、中秋节合并放假至10月8日（国办发明电〔2024〕12号）'],
    ['2026-01-04', 'makeUpWorkday', '星期日，元旦调休上班（国办发明电〔2025〕7号）']
  ] as const)('%s is %s: %s', (date, kind, _why) => {
    expect(value(dayKind(cal, date))).toBe(kind)
    expect(value(isWorkingDay(cal, date))).toBe(kind === 'workday' || kind === 'makeUpWorkday')
  })
})

describe('addWorkingDays: 行为当日不计入，期间至其后第 n 个工作日届满（行政处罚法第八十五条；民法典第二百零一条第一款）', () => {
  it.each([
    ['5 working days from an ordinary Friday end the next Friday', '2024-03-01', 5, '2024-03-08'],
    ['an act on a Saturday starts counting on Monday', '2024-03-02', 5, '2024-03-08'],
    [
      '5 from Friday 2024-09-27: 补班 Sunday 09-29 counts, National Day 10-01…07 does not',
      '2024-09-27',
      5,
      '2024-10-10'
    ],
    [
      '5 from Friday 2025-09-26: 补班 09-28, then the 8-day 国庆节、中秋节 holiday',
      '2025-09-26',
      5,
      '2025-10-10'
    ],
    [
      '5 from 2024-02-08: 除夕 02-09 is a working day, 补班 Sunday 02-18 counts',
      '2024-02-08',
      5,
      '2024-02-21'
    ],
    ['across the year end: 2026 元旦 holiday and 补班 Sunday 01-04', '2025-12-29', 5, '2026-01-06'],
    ['0 working days is the day itself', '2024-10-05', 0, '2024-10-05']
  ] as const)('%s', (_name, from, n, due) => {
    expect(value(addWorkingDays(cal, from, n))).toBe(due)
  })

  it('counts back over the National Day holiday and its 补班 Saturday', () => {
    expect(value(subtractWorkingDays(cal, '2024-10-16', 7))).toBe('2024-10-08')
  })
})

describe('a year without its notice is an error, never a Monday–Friday guess', () => {
  it.each([
    [
      'a date in 2020',
      () => isWorkingDay(cal, '2020-06-01'),
      '缺少2020年节假日安排，无法计算工作日'
    ],
    ['a date in 2030', () => dayKind(cal, '2030-05-01'), '缺少2030年节假日安排，无法计算工作日'],
    [
      'a period that runs from 2026 into 2027',
      () => addWorkingDays(cal, '2026-12-28', 5),
      '缺少2027年节假日安排，无法计算工作日'
    ]
  ])('%s', (_name, run, message) => {
    const r = run()
    expect(r).toEqual({ ok: false, problem: { code: 'MISSING_YEAR', message } })
  })

  it('an invalid date is an error', () => {
    const r = isWorkingDay(cal, '2024-02-30')
    expect(r.ok).toBe(false)
  })
})
