// 不予行政处罚决定书 (APL Art. 57 ¶1 (二)): the facts, the ground and basis for not penalising as the
// decision states them, the education the agency owes the party (Art. 33 ¶3), and the remedies —
// a no-penalty decision is still an administrative act the party may challenge.
import { dateZh } from '../discretion/citation'
import { EDUCATION_FORM_ZH, type EducationForm } from '../flexible/vocabulary'
import { discretionSentence, violationSentence } from './basis'
import type { DocumentBlock } from './layout'
import {
  caseName,
  DocumentIncompleteError,
  evidenceParagraphs,
  header,
  heading,
  paragraph,
  sentence,
  signature
} from './parts'
import { partyParagraphs } from './party-lines'
import { remedyParagraphs } from './remedies'
import type { DocumentSnapshot } from './snapshot'

/** The education as recorded with the decision (its forms and date), or the general sentence for a
 * snapshot that does not carry it. */
function educationClause(
  e: { forms: EducationForm[]; educatedOn: string } | null | undefined
): string {
  if (!e || e.forms.length === 0) return '本机关同时对当事人进行教育。'
  const forms = e.forms.map((f) => EDUCATION_FORM_ZH[f]).join('、')
  return `本机关已于${dateZh(e.educatedOn)}对当事人进行${forms}。`
}

export function composeNoPenalty(s: DocumentSnapshot): DocumentBlock[] {
  const d = s.decision
  if (d?.outcome !== 'noPenalty') {
    throw new DocumentIncompleteError('不予行政处罚决定书需要一个不予行政处罚的决定。')
  }
  const e = s.evaluation
  const filed = s.case.filedOn ? `本机关于${dateZh(s.case.filedOn)}对` : '本机关对'
  return [
    ...header(s),
    ...partyParagraphs(s.parties),
    paragraph(`${filed}${caseName(s.case.cause)}立案调查，现已调查终结。`),
    heading('一、违法事实和证据'),
    paragraph(sentence(s.case.facts)),
    ...evidenceParagraphs(s),
    heading('二、不予行政处罚的理由和依据'),
    // The engine's evaluation, when there is one, already names the ground and the article.
    ...(e ? [paragraph(violationSentence('当事人', e)), paragraph(discretionSentence(e))] : []),
    paragraph(sentence(d.reasons)),
    paragraph('本机关决定对当事人不予行政处罚。'),
    paragraph(
      `依照《中华人民共和国行政处罚法》第三十三条第三款的规定，${educationClause(d.education)}当事人应当严格遵守有关法律、法规、规章的规定，杜绝此类违法行为再次发生。`
    ),
    heading('三、申请行政复议或者提起行政诉讼的途径和期限'),
    ...remedyParagraphs('noPenalty', '本决定').map(paragraph),
    signature(s, d.on)
  ]
}
