// A sample 决定书 and the poppler tools the renderer tests read PDFs back with.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DocumentLayout } from '../../../core/documents/layout'

export const CREATED_AT = new Date('2026-03-05T02:30:00Z')

export const FACTS =
  '经查，当事人于2026年1月12日在其经营场所销售超过保质期的预包装食品“鲜牛奶”共计20盒，' +
  '货值金额人民币180元。上述事实有现场检查笔录、询问笔录、进货票据等证据证实。'

export const DECISION =
  '当事人的上述行为违反了《中华人民共和国食品安全法》第三十四条第十项的规定。依据' +
  '《中华人民共和国食品安全法》第一百二十四条第一款第五项的规定，本局决定对当事人作出如下' +
  '行政处罚：一、没收违法销售的食品；二、罚款贰仟元（¥2,000.00）。'

export function sampleLayout(extra: Partial<DocumentLayout> = {}): DocumentLayout {
  return {
    title: '行政处罚决定书',
    subject: '汉阳市监处罚〔2026〕12号',
    blocks: [
      { kind: 'title', text: '汉阳市市场监督管理局' },
      { kind: 'title', text: '行政处罚决定书' },
      { kind: 'line', text: '汉阳市监处罚〔2026〕12号', align: 'right' },
      { kind: 'field', label: '当事人', value: '汉阳市鲜味食品超市有限公司' },
      { kind: 'field', label: '统一社会信用代码', value: '91420100MA4K12345X' },
      { kind: 'field', label: '住所', value: '汉阳市江城区解放大道1024号' },
      { kind: 'heading', text: '一、违法事实和证据' },
      { kind: 'paragraph', text: FACTS },
      { kind: 'heading', text: '二、处罚决定' },
      { kind: 'paragraph', text: DECISION },
      {
        kind: 'paragraph',
        text:
          '当事人应当自收到本决定书之日起十五日内缴纳罚款。逾期不缴纳的，每日按罚款数额的百分之三' +
          '加处罚款。如不服本处罚决定，可以在收到本决定书之日起六十日内向汉阳市人民政府申请行政复议，' +
          '或者在六个月内依法向汉阳市江城区人民法院提起行政诉讼。'
      },
      { kind: 'signature', lines: ['汉阳市市场监督管理局', '（印章）', '2026年3月5日'] }
    ],
    footer: '本文书由案衡 Yardstick 生成　第1版',
    ...extra
  }
}

/** Runs a poppler tool; a machine without poppler-utils fails the test, it does not skip it. */
function poppler(tool: string, args: string[]): Buffer {
  try {
    return execFileSync(tool, args, { stdio: ['ignore', 'pipe', 'pipe'] })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new Error(`${tool} not found: install poppler-utils (CI must apt-get install it)`)
    }
    throw error
  }
}

function withPdfFile<T>(pdf: Buffer, use: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'yardstick-pdf-'))
  try {
    const file = join(dir, 'doc.pdf')
    writeFileSync(file, pdf)
    return use(file, dir)
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** The PDF's text as pdftotext extracts it. */
export function pdfText(pdf: Buffer): string {
  return withPdfFile(pdf, (file) => poppler('pdftotext', ['-enc', 'UTF-8', file, '-']).toString())
}

/** pdfinfo's report: Title, Subject, Producer, CreationDate, Pages, … one per line. */
export function pdfInfo(pdf: Buffer): string {
  return withPdfFile(pdf, (file) =>
    poppler('pdfinfo', ['-enc', 'UTF-8', '-isodates', file]).toString()
  )
}

export function pdfPageCount(pdf: Buffer): number {
  return Number(/^Pages:\s+(\d+)/m.exec(pdfInfo(pdf))?.[1] ?? NaN)
}

/** Share of dark pixels on page 1, rendered in grey at 40 dpi (a blank page gives 0). */
export function darkShareOfPage1(pdf: Buffer): number {
  return withPdfFile(pdf, (file, dir) => {
    poppler('pdftoppm', ['-r', '40', '-gray', '-f', '1', '-singlefile', file, join(dir, 'page')])
    const pgm = readFileSync(join(dir, 'page.pgm'))
    const { width, height, offset } = parsePgmHeader(pgm)
    let dark = 0
    for (let i = offset; i < offset + width * height; i++) if ((pgm[i] ?? 255) < 128) dark++
    return dark / (width * height)
  })
}

/** The header of a binary (P5) PGM with 8-bit samples: "P5 <width> <height> <maxval>" and one space. */
function parsePgmHeader(pgm: Buffer): { width: number; height: number; offset: number } {
  const m = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 64).toString('latin1'))
  if (!m || m[3] !== '255') throw new Error('pdftoppm did not write an 8-bit binary PGM')
  return { width: Number(m[1]), height: Number(m[2]), offset: m[0].length }
}

/** Text with all whitespace removed, so words broken across lines still match. */
export const squeeze = (text: string): string => text.replace(/\s+/g, '')
