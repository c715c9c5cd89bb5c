// Pieces several documents share: the heading, the closing signature, the evidence list, and the
// check that the snapshot holds what a document legally cannot do without.
import { dateZh } from '../discretion/citation'
import { EVIDENCE_KIND_ZH } from '../lifecycle/evidence'
import type { DocumentBlock } from './layout'
import type { DocumentSnapshot } from './snapshot'
import { DOCUMENT_TITLE_ZH } from './types'

/** A line to be filled in by hand on the printed form. */
export const BLANK = '＿＿＿＿＿＿＿＿＿＿＿＿'
export const BLANK_DATE = '　　年　　月　　日'
/** A signature with its date, both written by hand. */
export const SIGN_AND_DATE = BLANK + '　' + BLANK_DATE

/** Agency name, document title and, for numbered types, the 文号. */
export function header(s: DocumentSnapshot): DocumentBlock[] {
  const blocks: DocumentBlock[] = [
    { kind: 'title', text: s.unit.name },
    { kind: 'title', text: DOCUMENT_TITLE_ZH[s.docType] }
  ]
  if (s.number) blocks.push({ kind: 'line', text: s.number, align: 'center' })
  // The 案号 ties the document to its file (一案一卷); numbered documents print it right-aligned
  // under their 文号, the forms carry it as a field.
  if (s.number) blocks.push({ kind: 'line', text: `案号：${s.case.caseNumber}`, align: 'right' })
  return blocks
}

/** The agency, the seal (APL Art. 59 ¶2) and the date. */
export function signature(s: DocumentSnapshot, on: string): DocumentBlock {
  return { kind: 'signature', lines: [s.unit.name, '（印章）', dateZh(on)] }
}

export function paragraph(text: string): DocumentBlock {
  return { kind: 'paragraph', text }
}

export function heading(text: string): DocumentBlock {
  return { kind: 'heading', text }
}

export function field(label: string, value: string): DocumentBlock {
  return { kind: 'field', label, value }
}

/** Free text typed by an officer, closed with 。 so that the next sentence does not run on. */
export function sentence(text: string): string {
  const t = text.trim()
  return /[。！？；]$/.test(t) ? t : `${t}。`
}

/** 案由 as a case name: 销售过期食品 → 销售过期食品案; a 案由 already ending in 案 is kept. */
export function caseName(cause: string): string {
  return cause.endsWith('案') ? cause : `${cause}案`
}

/** 1. 营业执照复印件（书证，2026年1月6日取得） — the items of APL Art. 59 (二) 证据. */
export function evidenceParagraphs(s: DocumentSnapshot): DocumentBlock[] {
  if (s.evidence.length === 0) return []
  return [
    paragraph('上述事实，有下列证据证明：'),
    ...s.evidence.map((e, i) =>
      paragraph(`${i + 1}. ${e.title}（${EVIDENCE_KIND_ZH[e.kind]}，${dateZh(e.collectedOn)}取得）`)
    )
  ]
}

/** Thrown when a snapshot lacks what the document legally must state; the issue handler should
 * call compositionProblem first and refuse with its message. */
export class DocumentIncompleteError extends Error {
  override readonly name = 'DocumentIncompleteError'
}

export function required<T>(value: T | null | undefined, message: string): T {
  if (value === null || value === undefined) throw new DocumentIncompleteError(message)
  return value
}
