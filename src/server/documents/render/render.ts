// Both files of a document from one layout. The PDF goes first: it checks that the font has every
// character, so a document that cannot be printed fails before anything is written.
import type { DocumentLayout } from '../../../core/documents/layout'
import { renderDocx } from './docx'
import type { LoadedFont } from './fonts'
import { renderPdf } from './pdf'

export type RenderedDocument = { pdf: Buffer; docx: Buffer }

export async function renderDocument(
  layout: DocumentLayout,
  options: { font: LoadedFont; createdAt: Date }
): Promise<RenderedDocument> {
  const pdf = await renderPdf(layout, options)
  const docx = await renderDocx(layout, { createdAt: options.createdAt })
  return { pdf, docx }
}
