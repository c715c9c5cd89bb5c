import { describe, expect, it } from 'vitest'
import type { ClockResult } from './calendar'
import { shippedCalendar } from './calendar.test-support'
import { decisionDeadline } from './decision'
import { nominalDecisionDue } from './decision-due'
import type { Deadline } from './deadline'
import { dueStatus } from './due-status'
import {
  courtApplicationDeadline,
  courtApplicationStart,
  reminderPeriodDeadline,
  seizureDeadline
} from './enforcement'
import { lateSurcharge, paymentDeadline } from './payment'
import {
  hearingNoticeDeadline,
  hearingRequestDeadline,
  publicationDeadline,
  serviceDeadline
} from './procedure'

const cal = shippedCalendar()

function deadline(r: ClockResult<Deadline>): Deadline {
  if (!r.ok) throw new Error(r.problem.message)
  return r.value
}

type Row = { name: string; run: () => ClockResult<Deadline>; due: string; article: string }

const rows: Row[] = [
  {
    name: '行政处罚法第六十条：立案2024-03-01，九十日（自然日，立案当日不计入）至2024-05-30',
    run: () => decisionDeadline(cal, { filedOn: '2024-03-01' }),
    due: '2024-05-30',
    article: '第六十条'
  },
  {
    name: '第六十条＋程序规定：中止2024-04-01至04-10共10日不计入，至2024-06-09',
    run: () =>
      decisionDeadline(cal, {
        filedOn: '2024-03-01',
        pauses: [{ firstDay: '2024-04-01', lastDay: '2024-04-10', reason: '中止' }]
      }),
    due: '2024-06-09',
    article: '第六十条'
  },
  {
    name: '第六十条＋程序规定：批准延长三十日，至2024-06-29（星期六，机关自身期限默认不顺延）',
    run: () => decisionDeadline(cal, { filedOn: '2024-03-01', extension30: true }),
    due: '2024-06-29',
    article: '第六十条'
  },
  {
    name: '第六十条＋程序规定：延长三十日且中止10日，至2024-07-09',
    run: () =>
      decisionDeadline(cal, {
        filedOn: '2024-03-01',
        extension30: true,
        pauses: [{ firstDay: '2024-04-01', lastDay: '2024-04-10' }]
      }),
    due: '2024-07-09',
    article: '第六十条'
  },
  {
    name: '第六十四条第（一）项＋第八十五条：星期五2024-09-27告知，五个工作日至2024-10-10',
    run: () => hearingRequestDeadline(cal, '2024-09-27'),
    due: '2024-10-10',
    article: '第六十四条第（一）项'
  },
  {
    name: '第六十四条第（二）项＋第八十五条：2024-03-15听证，中间须隔七个完整工作日，最迟2024-03-05通知',
    run: () => hearingNoticeDeadline(cal, '2024-03-15'),
    due: '2024-03-05',
    article: '第六十四条第（二）项'
  },
  {
    name: '第六十四条第（二）项（听证日可为第七个工作日的理解）：2024-03-15听证，最迟2024-03-06通知',
    run: () => hearingNoticeDeadline(cal, '2024-03-15', 'inclusive'),
    due: '2024-03-06',
    article: '第六十四条第（二）项'
  },
  {
    name: '第六十一条第一款＋第八十五条：2024-09-30宣告，当事人不在场，七个工作日内送达至2024-10-15',
    run: () => serviceDeadline(cal, '2024-09-30'),
    due: '2024-10-15',
    article: '第六十一条第一款'
  },
  {
    name: '第六十七条第三款：2024-09-20收到决定书，十五日末日10-05在国庆假期内，顺延至2024-10-08',
    run: () => paymentDeadline(cal, '2024-09-20'),
    due: '2024-10-08',
    article: '第六十七条第三款'
  },
  {
    name: '第六十七条第三款（不顺延的算法）：末日为2024-10-05',
    run: () => paymentDeadline(cal, '2024-09-20', 'keep'),
    due: '2024-10-05',
    article: '第六十七条第三款'
  },
  {
    name: '公示规定第九条：2024-09-27作出决定，二十个工作日内公示至2024-10-30',
    run: () => publicationDeadline(cal, '2024-09-27'),
    due: '2024-10-30',
    article: '第九条'
  },
  {
    name: '行政强制法第二十五条：2024-09-20查封，三十日至2024-10-20',
    run: () => seizureDeadline(cal, { startedOn: '2024-09-20' }),
    due: '2024-10-20',
    article: '第二十五条'
  },
  {
    name: '行政强制法第二十五条：经批准延长三十日，至2024-11-19',
    run: () => seizureDeadline(cal, { startedOn: '2024-09-20', extended: true }),
    due: '2024-11-19',
    article: '第二十五条'
  },
  {
    name: '行政强制法第二十五条第三款：检测5日不计入，至2024-10-25',
    run: () =>
      seizureDeadline(cal, {
        startedOn: '2024-09-20',
        testing: [{ firstDay: '2024-09-23', lastDay: '2024-09-27', reason: '检验' }]
      }),
    due: '2024-10-25',
    article: '第二十五条'
  },
  {
    name: '行政强制法第五十三条：2024-01-15知道决定，起诉期限2024-07-15届满，三个月内即至2024-10-15申请法院强制执行',
    run: () => courtApplicationDeadline(cal, { knownOn: '2024-01-15' }),
    due: '2024-10-15',
    article: '第五十三条'
  },
  {
    name: '行政处罚法第七十二条第二款：分期缴纳至2024-09-30结束，自该日起三个月即至2024-12-30',
    run: () =>
      courtApplicationDeadline(cal, { knownOn: '2024-01-15', deferralEndsOn: '2024-09-30' }),
    due: '2024-12-30',
    article: '第五十三条'
  },
  {
    name: '行政强制法第五十四条＋第六十九条：2024-09-27送达催告书，十个工作日至2024-10-16',
    run: () => reminderPeriodDeadline(cal, '2024-09-27'),
    due: '2024-10-16',
    article: '第五十四条'
  },
  // 2025 boundaries (国办发明电〔2024〕12号): 国庆节、中秋节 10-01…10-08; 补班 Sunday 09-28 and
  // Saturday 10-11. Each clock once across the holiday and once on or over a 调休 working day.
  {
    name: '第六十条：立案2025-07-03，第九十日2025-10-01在国庆假期内，机关自身期限默认不顺延',
    run: () => decisionDeadline(cal, { filedOn: '2025-07-03' }),
    due: '2025-10-01',
    article: '第六十条'
  },
  {
    name: '第六十条（顺延的算法）：同上，顺延至假期后第一个工作日2025-10-09',
    run: () => decisionDeadline(cal, { filedOn: '2025-07-03', lastDay: 'extend' }),
    due: '2025-10-09',
    article: '第六十条'
  },
  {
    name: '第六十条（顺延的算法）：立案2025-07-13，第九十日为调休上班的星期六2025-10-11，不顺延',
    run: () => decisionDeadline(cal, { filedOn: '2025-07-13', lastDay: 'extend' }),
    due: '2025-10-11',
    article: '第六十条'
  },
  {
    name: '第六十一条第一款：星期五2025-09-26宣告，七个工作日（含09-28、10-11两个补班日）至2025-10-13',
    run: () => serviceDeadline(cal, '2025-09-26'),
    due: '2025-10-13',
    article: '第六十一条第一款'
  },
  {
    name: '第六十四条第（一）项：星期五2025-09-26告知，五个工作日跨国庆至2025-10-10',
    run: () => hearingRequestDeadline(cal, '2025-09-26'),
    due: '2025-10-10',
    article: '第六十四条第（一）项'
  },
  {
    name: '第六十四条第（一）项：补班的星期日2025-09-28告知，第五个工作日为补班的星期六2025-10-11',
    run: () => hearingRequestDeadline(cal, '2025-09-28'),
    due: '2025-10-11',
    article: '第六十四条第（一）项'
  },
  {
    name: '第六十四条第（二）项：2025-10-17听证，其前七个工作日含补班的10-11，最迟2025-10-08（假期内）通知',
    run: () => hearingNoticeDeadline(cal, '2025-10-17'),
    due: '2025-10-08',
    article: '第六十四条第（二）项'
  },
  {
    name: '第六十四条第（二）项（听证日可为第七个工作日的理解）：2025-10-17听证，最迟2025-10-09通知',
    run: () => hearingNoticeDeadline(cal, '2025-10-17', 'inclusive'),
    due: '2025-10-09',
    article: '第六十四条第（二）项'
  },
  {
    name: '第六十七条第三款：2025-09-16收到决定书，末日10-01在假期内，顺延至2025-10-09',
    run: () => paymentDeadline(cal, '2025-09-16'),
    due: '2025-10-09',
    article: '第六十七条第三款'
  },
  {
    name: '第六十七条第三款：2025-09-26收到决定书，末日为补班的星期六2025-10-11，是工作日，不顺延',
    run: () => paymentDeadline(cal, '2025-09-26'),
    due: '2025-10-11',
    article: '第六十七条第三款'
  },
  {
    name: '公示规定第九条：2025-09-26作出决定，二十个工作日跨国庆（含两个补班日）至2025-10-30',
    run: () => publicationDeadline(cal, '2025-09-26'),
    due: '2025-10-30',
    article: '第九条'
  },
  {
    name: '行政强制法第二十五条：2025-09-01查封，三十日末日2025-10-01在假期内，机关期限不顺延',
    run: () => seizureDeadline(cal, { startedOn: '2025-09-01' }),
    due: '2025-10-01',
    article: '第二十五条'
  },
  {
    name: '行政强制法第二十五条（顺延的算法）：同上，至2025-10-09',
    run: () => seizureDeadline(cal, { startedOn: '2025-09-01', lastDay: 'extend' }),
    due: '2025-10-09',
    article: '第二十五条'
  },
  {
    name: '行政强制法第二十五条：2025-09-11查封，三十日末日为补班的星期六2025-10-11',
    run: () => seizureDeadline(cal, { startedOn: '2025-09-11', lastDay: 'extend' }),
    due: '2025-10-11',
    article: '第二十五条'
  },
  {
    name: '行政强制法第五十三条：2025-04-01知道决定，复议期末日05-31（端午）顺延至06-03，起诉期末日10-01（国庆）顺延至10-09，三个月至2026-01-09',
    run: () => courtApplicationDeadline(cal, { knownOn: '2025-04-01' }),
    due: '2026-01-09',
    article: '第五十三条'
  },
  {
    name: '行政强制法第五十四条＋第六十九条：2025-09-26送达催告书，十个工作日（含两个补班日）至2025-10-16',
    run: () => reminderPeriodDeadline(cal, '2025-09-26'),
    due: '2025-10-16',
    article: '第五十四条'
  },
  {
    name: '行政强制法第五十四条：补班的星期日2025-09-28送达催告书，十个工作日至2025-10-17',
    run: () => reminderPeriodDeadline(cal, '2025-09-28'),
    due: '2025-10-17',
    article: '第五十四条'
  }
]

describe('statutory deadlines', () => {
  it.each(rows)('$name', ({ run, due, article }) => {
    const d = deadline(run())
    expect(d.due).toBe(due)
    expect(d.citation.article).toBe(article)
    expect(d.citation.version).toMatch(/^\d{4}-\d{2}-\d{2}$/)
    expect(d.explanation).toContain(`${Number(due.slice(5, 7))}月${Number(due.slice(8, 10))}日`)
  })

  it('the extension and pauses cite the market-regulation rule and say it is unverified', () => {
    const d = deadline(
      decisionDeadline(cal, {
        filedOn: '2024-03-01',
        extension30: true,
        pauses: [{ firstDay: '2024-04-01', lastDay: '2024-04-10' }]
      })
    )
    expect(d.explanation).toContain('经负责人批准延长三十日')
    expect(d.explanation).toContain('共10日')
    expect(d.related.map((c) => c.law)).toContain('市场监督管理行政处罚程序规定')
    expect(d.notes.join('')).toContain('未核对')
  })

  it('overlapping pauses count each day once', () => {
    const d = deadline(
      decisionDeadline(cal, {
        filedOn: '2024-03-01',
        pauses: [
          { firstDay: '2024-04-01', lastDay: '2024-04-10' },
          { firstDay: '2024-04-05', lastDay: '2024-04-10' }
        ]
      })
    )
    expect(d.due).toBe('2024-06-09')
  })

  it('a further extension without the 30-day extension is refused', () => {
    const r = decisionDeadline(cal, { filedOn: '2024-03-01', furtherExtensionDays: 30 })
    expect(r.ok).toBe(false)
  })

  it('the payment deadline moved off the holiday cites 民法典第二百零三条 and the 2024 notice', () => {
    const d = deadline(paymentDeadline(cal, '2024-09-20'))
    expect(d.explanation).toContain('顺延')
    expect(d.related.map((c) => c.article)).toEqual(
      expect.arrayContaining(['第二百零三条第一款', '国办发明电〔2023〕7号'])
    )
  })

  it('a hearing notice whose last day is a holiday also names the last working day', () => {
    const d = deadline(hearingNoticeDeadline(cal, '2024-10-16'))
    expect(d.due).toBe('2024-10-07')
    expect(d.explanation).toContain('此前最后一个工作日为2024年9月30日')
  })

  it.each([
    [
      'hearing request from a notice in 2020',
      () => hearingRequestDeadline(cal, '2020-06-01'),
      2020
    ],
    ['service that runs into 2027', () => serviceDeadline(cal, '2026-12-28'), 2027],
    [
      'payment whose 15th day falls in 2027 (extend needs the 2027 calendar)',
      () => paymentDeadline(cal, '2026-12-20'),
      2027
    ]
  ])('missing year: %s is a reported problem', (_name, run, year) => {
    const r = run()
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.problem.message).toBe(`缺少${year}年节假日安排，无法计算工作日`)
  })
})

describe('2025 boundaries beyond the due date', () => {
  it('a hearing notice due on a holiday names the last working day before it (2025-09-30)', () => {
    const d = deadline(hearingNoticeDeadline(cal, '2025-10-17'))
    expect(d.explanation).toContain('此前最后一个工作日为2025年9月30日')
  })

  it('行政强制法第五十三条: the court application opens after the later remedy period', () => {
    const r = courtApplicationStart(cal, { knownOn: '2025-04-01' })
    expect(r).toEqual({
      ok: true,
      value: { reviewDue: '2025-06-03', litigationDue: '2025-10-09', start: '2025-10-09' }
    })
    // 行政处罚法第七十二条第二款: an approved deferral ending later moves the start.
    const deferred = courtApplicationStart(cal, {
      knownOn: '2025-04-01',
      deferralEndsOn: '2025-12-31'
    })
    expect(deferred.ok && deferred.value.start).toBe('2025-12-31')
  })

  it.each([
    // Payment due 2025-09-30: the surcharge runs on calendar days, holidays included.
    ['2025-10-08', 8, 4_800, false],
    ['2025-11-02', 33, 19_800, false],
    ['2025-11-03', 34, 20_000, true]
  ] as const)(
    '第七十二条第一款第（一）项 across the holiday: as of %s → %i days, %i fen, capped %s',
    (asOf, days, amountFen, capped) => {
      const r = lateSurcharge({ fineFen: 20_000, paymentDue: '2025-09-30', asOf })
      if (!r.ok) throw new Error(r.problem.message)
      expect(r.value).toMatchObject({ days, amountFen, capped, capReachedOn: '2025-11-03' })
    }
  )
})

describe('dueStatus: the due day itself is still on time', () => {
  it.each([
    ['2024-10-07', '2024-10-08', 'overdue'],
    ['2024-10-08', '2024-10-08', 'today'],
    ['2024-10-09', '2024-10-08', 'thisWeek'],
    ['2024-10-15', '2024-10-08', 'thisWeek'],
    ['2024-10-16', '2024-10-08', 'later']
  ] as const)('due %s, today %s → %s', (due, today, status) => {
    expect(dueStatus(due, today)).toBe(status)
  })
})

describe('the stored decision due date', () => {
  it('agrees with decisionDeadline when nothing is paused or extended (APL Art. 60)', () => {
    for (const filedOn of ['2026-01-01', '2026-02-25', '2026-11-23', '2025-12-31']) {
      const full = decisionDeadline(cal, { filedOn })
      if (!full.ok) throw new Error(full.problem.message)
      expect(nominalDecisionDue(filedOn)).toBe(full.value.due)
    }
  })
})
