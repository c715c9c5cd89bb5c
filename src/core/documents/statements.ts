// What the party said and what the agency answered (APL Art. 45: every statement is reviewed and
// adopted if it holds), and the hearing if one was requested (Art. 64, 65).
import { dateZh } from '../discretion/citation'
import type { DocumentSnapshot } from './snapshot'
import { required, sentence } from './parts'

/** The statements and the 复核 answer; a decision may not leave a statement unanswered. */
export function statementParagraphs(s: DocumentSnapshot): string[] {
  if (s.statements.length === 0) return ['当事人未提出陈述、申辩意见。']
  const lines = s.statements.map(
    (st) => `当事人于${dateZh(st.on)}提出陈述、申辩意见：${sentence(st.summary)}`
  )
  const r = required(
    s.reconsideration,
    '当事人提出了陈述、申辩，尚未记录复核意见（《中华人民共和国行政处罚法》第四十五条）。'
  )
  lines.push(
    r.adopted
      ? `经复核，当事人提出的事实、理由或者证据成立，本机关予以采纳。理由：${sentence(r.reasons)}`
      : `经复核，当事人提出的事实、理由或者证据不成立，本机关不予采纳。理由：${sentence(r.reasons)}`
  )
  return lines
}

export function hearingParagraphs(s: DocumentSnapshot): string[] {
  const h = s.hearing
  if (!h) return []
  const lines = [`当事人于${dateZh(h.requestedOn)}要求听证。`]
  if (h.heldOn) {
    const where = h.place ? `在${h.place}` : ''
    lines.push(`本机关于${dateZh(h.heldOn)}${where}依法举行了听证。`)
    if (h.summary) lines.push(`听证情况：${sentence(h.summary)}`)
    lines.push('本决定根据听证笔录作出（《中华人民共和国行政处罚法》第六十五条）。')
  } else {
    lines.push('听证未举行。')
    if (h.summary) lines.push(sentence(h.summary))
  }
  return lines
}
