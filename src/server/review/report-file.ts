// The consistency report as PDF (through the document renderers) or XLSX, stamped with the period,
// unit, generation time, the hash of the data it was computed from and the software version.
import { createHash } from 'node:crypto'
import { outcomeLevelZh } from '../../core/discretion/outcome-labels'
import type { ConsistencyReport } from '../../core/review/report'
import { reportLayout } from '../../core/review/report-layout'
import type { PeerCase } from '../../core/review/types'
import { canonicalJson } from '../../core/text/canonical-json'
import type { FileContentView } from '../../shared/lifecycle-views'
import type { CallContext } from '../context'
import { renderIssued } from '../documents/render-issued'
import { writeXlsx } from '../export/xlsx'
import { softwareVersion } from '../version'

export async function reportFile(
  ctx: CallContext,
  input: {
    report: ConsistencyReport
    cases: readonly PeerCase[]
    unitName: string
    unitCode: string
    format: 'pdf' | 'xlsx'
  }
): Promise<FileContentView> {
  const now = ctx.clock.now()
  const dataHash = createHash('sha256').update(canonicalJson(input.cases)).digest('hex')
  const meta = {
    unitName: input.unitName,
    unitCode: input.unitCode,
    generatedAt: now.toISOString(),
    softwareVersion: softwareVersion(),
    dataHash
  }
  const { from, to } = input.report.period
  const base = `裁量一致性报告-${from}至${to}`
  if (input.format === 'pdf') {
    const rendered = await renderIssued(ctx, reportLayout(input.report, meta), now)
    return file(`${base}.pdf`, 'application/pdf', rendered.pdf)
  }
  const content = writeXlsx(
    [
      {
        name: '案件明细',
        columns: [
          { header: '案号', kind: 'text', width: 28 },
          { header: '决定日期', kind: 'date', width: 12 },
          { header: '事项编码', kind: 'text', width: 16 },
          { header: '事项名称', kind: 'text', width: 36 },
          { header: '裁量基准', kind: 'text', width: 24 },
          { header: '裁量阶次', kind: 'text', width: 10 },
          { header: '罚款（元）', kind: 'yuan', width: 14 },
          { header: '幅度位置', kind: 'decimal', width: 10 },
          { header: '罚款与基数之比', kind: 'decimal', width: 14 }
        ],
        rows: input.cases.map((c) => [
          c.caseNumber,
          c.decidedOn,
          c.itemCode,
          c.itemName,
          c.benchmarkId,
          outcomeLevelZh(c.level),
          c.fineFen,
          c.position,
          c.finePerBase
        ])
      },
      {
        name: '说明',
        columns: [
          { header: '项目', kind: 'text', width: 16 },
          { header: '内容', kind: 'text', width: 80 }
        ],
        rows: [
          ['期间', `${from} 至 ${to}`],
          ['单位', `${input.unitName}（${input.unitCode}）`],
          ['生成时间', meta.generatedAt],
          ['数据哈希（SHA-256）', dataHash],
          ['软件版本', meta.softwareVersion],
          ['案件数', String(input.report.total)]
        ]
      }
    ],
    { title: base, createdAt: now }
  )
  return file(
    `${base}.xlsx`,
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    content
  )
}

function file(fileName: string, mediaType: string, content: Buffer): FileContentView {
  return {
    fileName,
    mediaType,
    sha256: createHash('sha256').update(content).digest('hex'),
    contentBase64: content.toString('base64')
  }
}
