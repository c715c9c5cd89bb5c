// A document as laid-out text: the composer (pure) decides the words, the renderers (server) only
// place them on A4 as PDF and DOCX. Both renderers read exactly this structure.
export type DocumentBlock =
  /** A centred line in the title size (the agency name, the document title). */
  | { kind: 'title'; text: string }
  /** A centred or right-aligned line in body size, e.g. the 文号. */
  | { kind: 'line'; text: string; align: 'center' | 'right' | 'left' }
  /** A body paragraph with a two-character first-line indent. */
  | { kind: 'paragraph'; text: string }
  /** A bold run-in heading paragraph, e.g. 一、违法事实. */
  | { kind: 'heading'; text: string }
  /** A two-column form row (审批表, 送达回证). */
  | { kind: 'field'; label: string; value: string }
  /** Right-aligned closing lines: agency, （印章）, date. */
  | { kind: 'signature'; lines: string[] }

export type DocumentLayout = {
  /** The document's title, also the PDF/DOCX metadata title. */
  title: string
  /** Metadata: the 文号 or the case number. */
  subject: string
  blocks: DocumentBlock[]
  /** A small line at the bottom of each page, e.g. version and correction note. */
  footer: string | null
}
