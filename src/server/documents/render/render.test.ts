import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { findCjkFont } from './fonts'
import { renderDocument } from './render'
import { CREATED_AT, pdfText, sampleLayout, squeeze } from './test-support'

describe('renderDocument', () => {
  it('renders the same layout as a PDF and a DOCX', async () => {
    const { pdf, docx } = await renderDocument(sampleLayout(), {
      font: findCjkFont(),
      createdAt: CREATED_AT
    })
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    expect(squeeze(pdfText(pdf))).toContain('罚款贰仟元')
    const document = unzipSync(docx)['word/document.xml']
    expect(document && strFromU8(document)).toContain('罚款贰仟元')
  })

  it('fails as a whole when the font lacks a character', async () => {
    const layout = sampleLayout()
    layout.blocks.push({ kind: 'line', text: '备注：😀', align: 'left' })
    await expect(
      renderDocument(layout, { font: findCjkFont(), createdAt: CREATED_AT })
    ).rejects.toThrow(/字体缺少以下字符的字形：“😀”（U\+1F600）/)
  })

  it('sets tabs as spaces and drops control characters, which would print as boxes or break the XML', async () => {
    const layout = sampleLayout()
    layout.blocks.push({ kind: 'paragraph', text: '附件：\t现场照片\u0007三张\u001b。' })
    const { pdf, docx } = await renderDocument(layout, {
      font: findCjkFont(),
      createdAt: CREATED_AT
    })
    expect(squeeze(pdfText(pdf))).toContain('附件：现场照片三张。')
    const document = strFromU8(unzipSync(docx)['word/document.xml'] ?? new Uint8Array())
    expect(document).toContain('附件： 现场照片三张。')
    expect(document).not.toMatch(/\p{Cc}/u)
  })
})
