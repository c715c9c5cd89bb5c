// Renders an issued document with the unit's CJK font: resources/fonts, YARDSTICK_FONT or a system
// font. A missing font or glyph is a refusal with the reason, never a PDF with empty boxes.
import type { DocumentLayout } from '../../core/documents/layout'
import { AppError } from '../../shared/errors'
import type { CallContext } from '../context'
import { findCjkFont } from './render/fonts'
import { renderDocument, type RenderedDocument } from './render/render'

export async function renderIssued(
  ctx: CallContext,
  layout: DocumentLayout,
  createdAt: Date
): Promise<RenderedDocument> {
  try {
    const font = findCjkFont({ resourcesDir: ctx.resourcesDir })
    return await renderDocument(layout, { font, createdAt })
  } catch (e) {
    if (e instanceof AppError) throw e
    // The renderers' own errors carry a Chinese explanation (font missing, glyphs missing).
    throw new AppError('REFUSED', `无法生成文书：${e instanceof Error ? e.message : String(e)}`)
  }
}
