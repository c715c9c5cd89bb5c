// Placeholder until the renderers land (helper) — replaced below.
import type { DocumentLayout } from '../../core/documents/layout'
import type { CallContext } from '../context'
export async function renderIssued(
  _ctx: CallContext,
  _layout: DocumentLayout,
  _createdAt: Date
): Promise<{ pdf: Buffer; docx: Buffer }> {
  throw new Error('not yet')
}
