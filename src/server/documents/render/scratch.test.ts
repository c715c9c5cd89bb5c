import { writeFileSync } from 'node:fs'
import { it } from 'vitest'
import { findCjkFont } from './fonts'
import { renderPdf } from './pdf'
import { CREATED_AT, sampleLayout } from './test-support'

it('scratch', async () => {
  const font = findCjkFont()
  console.warn(font.path, font.postscriptName)
  const t0 = Date.now()
  const pdf = await renderPdf(sampleLayout(), { font, createdAt: CREATED_AT })
  console.warn('ms', Date.now() - t0, pdf.length)
  writeFileSync('/tmp/out.pdf', pdf)
  const t1 = Date.now()
  const long = sampleLayout()
  long.blocks = [
    ...long.blocks,
    ...long.blocks,
    ...long.blocks,
    { kind: 'field', label: '案情摘要', value: '很长的内容。'.repeat(400) }
  ]
  const pdf2 = await renderPdf(long, { font, createdAt: CREATED_AT })
  console.warn('ms', Date.now() - t1, pdf2.length)
  writeFileSync('/tmp/long.pdf', pdf2)
})
