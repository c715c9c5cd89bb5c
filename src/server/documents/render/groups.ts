// The layout's blocks as the renderers walk them: runs of `field` rows become one form table, so the
// table is drawn with one label column and shared borders.
import type { DocumentBlock, DocumentLayout } from '../../../core/documents/layout'

export type FieldRow = { label: string; value: string }

export type Group = Exclude<DocumentBlock, { kind: 'field' }> | { kind: 'fields'; rows: FieldRow[] }

export function groupBlocks(blocks: readonly DocumentBlock[]): Group[] {
  const groups: Group[] = []
  for (const block of blocks) {
    if (block.kind !== 'field') {
      groups.push(block)
      continue
    }
    const last = groups.at(-1)
    const row = { label: block.label, value: block.value }
    if (last?.kind === 'fields') last.rows.push(row)
    else groups.push({ kind: 'fields', rows: [row] })
  }
  return groups
}

/** A title run is followed by a little air before the text, as in a printed 文书. */
export function endsTitleRun(groups: readonly Group[], index: number): boolean {
  return groups[index]?.kind === 'title' && groups[index + 1]?.kind !== 'title'
}

/** Every string the PDF prints, for checking the font covers them before anything is drawn. */
export function printedTexts(layout: DocumentLayout): string[] {
  const texts: string[] = layout.footer === null ? [] : [layout.footer]
  for (const block of layout.blocks) {
    if (block.kind === 'field') texts.push(block.label, block.value)
    else if (block.kind === 'signature') texts.push(...block.lines)
    else texts.push(block.text)
  }
  return texts
}

/**
 * The layout with tabs set as spaces and other control characters (line breaks aside) removed: a PDF
 * would draw them as boxes and XML 1.0, hence DOCX, cannot hold most of them.
 */
export function printableLayout(layout: DocumentLayout): DocumentLayout {
  const clean = (text: string) => text.replace(/\t/g, ' ').replace(/[^\P{Cc}\n\r]/gu, '')
  return {
    ...layout,
    title: clean(layout.title),
    subject: clean(layout.subject),
    footer: layout.footer === null ? null : clean(layout.footer),
    blocks: layout.blocks.map((block): DocumentBlock => {
      switch (block.kind) {
        case 'field':
          return { ...block, label: clean(block.label), value: clean(block.value) }
        case 'signature':
          return { ...block, lines: block.lines.map(clean) }
        default:
          return { ...block, text: clean(block.text) }
      }
    })
  }
}

/** Lines of a text split at its own line breaks. */
export function hardLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/)
}
