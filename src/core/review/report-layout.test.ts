import { describe, expect, it } from 'vitest'
import type { DocumentBlock, DocumentLayout } from '../documents/layout'
import { reportStats, type ConsistencyReport, type GroupReport } from './report'
import { BAR_MAX, bar, numberZh, reportLayout, REPORT_TITLE, yuan2 } from './report-layout'
import { peer, yuan } from './review.test-support'
import { summarize } from './stats'

const META = {
  unitName: '示例市市场监督管理局',
  unitCode: 'UNIT-A',
  generatedAt: '2026-01-05T08:30:00.000Z',
  softwareVersion: '0.1.0',
  dataHash: 'sha256:0f1e2d3c4b5a69788796a5b4c3d2e1f00f1e2d3c4b5a69788796a5b4c3d2e1f0'
}

const FINES = [yuan(50_000), yuan(60_000), 6_123_456, yuan(70_000), yuan(100_000)]

const GROUP: GroupReport = {
  itemCode: 'SC-FS-124-01-05',
  itemName: '经营超过保质期的食品',
  benchmarkId: 'SC-PLACEHOLDER-2021',
  level: 'NORMAL',
  count: 5,
  fine: summarize(FINES),
  position: summarize([0, 0.2, 0.22, 0.4, 1]),
  finePerBase: summarize([10, 12, 12, 14, 20]),
  fineBuckets: [
    { fromFen: yuan(50_000), toFen: yuan(60_000), count: 1 },
    { fromFen: yuan(60_000), toFen: yuan(70_000), count: 2 },
    { fromFen: yuan(70_000), toFen: yuan(80_000), count: 1 },
    { fromFen: yuan(80_000), toFen: yuan(90_000), count: 0 },
    { fromFen: yuan(90_000), toFen: yuan(100_000), count: 1 }
  ],
  positionBuckets: [],
  fences: { lowFen: 3_000_000, highFen: 9_000_050 },
  dispersed: ['position'],
  outliers: [
    {
      caseId: 'c5',
      caseNumber: '示市监处罚〔2025〕5号',
      unitCode: 'UNIT-A',
      decidedOn: '2025-06-30',
      fineFen: yuan(100_000),
      position: 1,
      othersMedian: 0.21,
      reasons: ['positionFromMedian', 'fineAboveFence']
    },
    {
      caseId: 'c9',
      caseNumber: null,
      unitCode: 'UNIT-B',
      decidedOn: '2025-07-01',
      fineFen: 123_456,
      position: -0.1,
      othersMedian: null,
      reasons: ['fineBelowFence']
    }
  ]
}

const REPORT: ConsistencyReport = {
  period: { from: '2025-01-01', to: '2025-12-31' },
  total: 7,
  byLevel: [
    { level: 'NO_PENALTY', count: 2 },
    { level: 'NORMAL', count: 5 }
  ],
  groups: [
    GROUP,
    {
      ...GROUP,
      level: 'NO_PENALTY',
      count: 2,
      fine: null,
      position: null,
      finePerBase: null,
      fineBuckets: [],
      fences: null,
      dispersed: [],
      outliers: []
    }
  ]
}

function blockText(b: DocumentBlock): string {
  switch (b.kind) {
    case 'title':
    case 'line':
    case 'paragraph':
    case 'heading':
      return b.text
    case 'field':
      return `${b.label}\t${b.value}`
    case 'signature':
      return b.lines.join('\n')
  }
}

const text = (l: DocumentLayout) => [...l.blocks.map(blockText), l.footer ?? ''].join('\n')
const fields = (l: DocumentLayout) =>
  l.blocks.flatMap((b) => (b.kind === 'field' ? [[b.label, b.value] as const] : []))

describe('reportLayout', () => {
  const layout = reportLayout(REPORT, META)
  const all = text(layout)

  it('heads the report with the title, the unit and the period, and counts per level', () => {
    expect(layout.title).toBe(REPORT_TITLE)
    expect(layout.blocks.slice(0, 3)).toEqual([
      { kind: 'title', text: '行政处罚裁量一致性报告' },
      { kind: 'line', text: '示例市市场监督管理局（UNIT-A）', align: 'center' },
      { kind: 'line', text: '统计期间：2025年1月1日至2025年12月31日', align: 'center' }
    ])
    expect(fields(layout).slice(0, 3)).toEqual([
      ['案件总数', '7件'],
      ['不予行政处罚', '2件'],
      ['一般处罚', '5件']
    ])
  })

  it('prints the fine quartiles of each group in yuan to the fen', () => {
    const f = GROUP.fine
    expect(f).toMatchObject({ median: 6_123_456, q1: yuan(60_000), q3: yuan(70_000) })
    expect(all).toContain('（一）经营超过保质期的食品（SC-FS-124-01-05）')
    expect(all).toContain('裁量基准\tSC-PLACEHOLDER-2021')
    expect(all).toContain('案件数\t5件')
    expect(all).toContain('罚款中位数\t61234.56元')
    expect(all).toContain('下四分位数（Q1）\t60000.00元')
    expect(all).toContain('上四分位数（Q3）\t70000.00元')
    expect(all).toContain('四分位距（IQR）\t10000.00元')
    expect(all).toContain('四分位围栏\t30000.00元至90000.50元')
    expect(all).toContain('裁量位置中位数\t22%')
    expect(all).toContain(`离散程度偏高的指标\t裁量位置（变异系数`)
  })

  it('draws one row per fine bucket, the bar proportional to the count', () => {
    const rows = fields(layout).filter(([label]) => /^\d+至\d+$|^罚款金额区间/.test(label))
    const blocks = (n: number) => '█'.repeat(n)
    expect(rows).toEqual([
      ['罚款金额区间（元）', '案件数'],
      ['50000至60000', `${blocks(7)} 1件`],
      ['60000至70000', `${blocks(14)} 2件`],
      ['70000至80000', `${blocks(7)} 1件`],
      ['80000至90000', '0件'],
      ['90000至100000', `${blocks(7)} 1件`]
    ])
  })

  it('lists each outlier with its number, date, fine, position and reasons', () => {
    const [first, second] = GROUP.outliers
    expect(all).toContain(first?.caseNumber)
    const row = (label: string) => fields(layout).find(([l]) => l === label)?.[1]
    expect(row('示市监处罚〔2025〕5号')).toBe(
      [
        '决定日期：2025年6月30日',
        '罚款：100000.00元',
        '裁量位置：100%',
        '异常原因：裁量位置偏离同组其他案件的中位数（21%），相差79个百分点；' +
          '罚款高于本组四分位上界（90000.50元）'
      ].join('\n')
    )
    // No case number: the id stands in; another unit's case names its unit.
    expect(second?.caseNumber).toBeNull()
    expect(row('（未编号，案件标识c9）')).toBe(
      [
        '决定日期：2025年7月1日',
        '办案单位：UNIT-B',
        '罚款：1234.56元',
        '裁量位置：-10%',
        '异常原因：罚款低于本组四分位下界（30000.00元）'
      ].join('\n')
    )
    expect(all).toContain('异常案件2件：')
  })

  it('says so for a group without fines or outliers', () => {
    expect(all).toContain('（二）经营超过保质期的食品（SC-FS-124-01-05）')
    expect(all).toContain('本组案件均未处以罚款，不作罚款统计。')
    expect(all).toContain('四分位围栏\t案件数不足，未计算')
    expect(all).toContain('本组无异常案件。')
  })

  it('ends with what reproduces it: period, unit, time, data hash and software version', () => {
    const closing = layout.blocks.filter((b) => b.kind === 'paragraph').at(-1)
    expect(closing).toEqual({
      kind: 'paragraph',
      text:
        '本报告统计期间为2025年1月1日至2025年12月31日，统计单位为示例市市场监督管理局（UNIT-A），' +
        `生成时间为2026-01-05T08:30:00.000Z，数据摘要为${META.dataHash}，` +
        '由案衡（Yardstick）软件0.1.0版生成。以相同数据和相同软件版本重新生成，内容应当一致。'
    })
    expect(layout.footer).toBe('案衡 Yardstick 0.1.0 · 数据摘要 sha256:0f1e2d3c4b5a69788')
    expect(layout.subject).toBe('UNIT-A 2025-01-01至2025-12-31')
  })

  it('is deterministic', () => {
    expect(JSON.stringify(reportLayout(structuredClone(REPORT), { ...META }))).toBe(
      JSON.stringify(layout)
    )
  })

  it('lays out a computed report, including an empty one', () => {
    const cases = [0.4, 0.45, 0.5, 0.5, 0.55, 0.6, 0.95].map((p, i) =>
      peer({
        caseId: `n${i}`,
        caseNumber: `示市监处罚〔2025〕${i + 1}号`,
        position: p,
        fineFen: yuan(50_000) + Math.round(p * yuan(50_000))
      })
    )
    const period = { from: '2025-01-01', to: '2025-12-31' }
    const computed = text(reportLayout(reportStats(cases, period), META))
    expect(computed).toContain('示市监处罚〔2025〕7号')
    expect(computed).toContain('罚款：97500.00元')
    expect(computed).toContain('罚款中位数\t75000.00元')
    expect(computed).not.toContain('示市监处罚〔2025〕6号\t')
    const empty = text(reportLayout(reportStats([], period), META))
    expect(empty).toContain('案件总数\t0件')
    expect(empty).toContain('统计期间内无已决定的案件。')
  })
})

describe('helpers', () => {
  it('prints fen as yuan to the fen, rounding half away from zero', () => {
    expect(yuan2(123_456)).toBe('1234.56元')
    expect(yuan2(0)).toBe('0.00元')
    expect(yuan2(5)).toBe('0.05元')
    expect(yuan2(7_500_012.25)).toBe('75000.12元')
    expect(yuan2(7_500_012.5)).toBe('75000.13元')
    expect(yuan2(-350.5)).toBe('-3.51元')
    expect(yuan2(-0.25)).toBe('0.00元')
  })

  it('scales bars to BAR_MAX, never hiding a non-zero count', () => {
    expect(bar(0, 5)).toBe('')
    expect(bar(5, 5)).toHaveLength(BAR_MAX)
    expect(bar(1, 1000)).toBe('█')
  })

  it('numbers groups in Chinese', () => {
    expect([1, 9, 10, 11, 20, 21, 100, 105, 110, 1001].map(numberZh)).toEqual([
      '一',
      '九',
      '十',
      '十一',
      '二十',
      '二十一',
      '一百',
      '一百零五',
      '一百一十',
      '一千零一'
    ])
    expect(numberZh(10_000)).toBe('10000')
  })
})
