// 行政处罚决定书 (普通程序), with the content of APL Art. 59 in the order the article lists it, plus
// what practice and Hubei add: the discretion statement, the answer to the statements (Art. 45),
// the hearing, and the order to correct (Art. 28).
import { dateZh } from '../discretion/citation'
import { describePenalty } from '../lifecycle/penalty'
import { discretionSentence, penaltyBasis, violationSentence } from './basis'
import type { DocumentBlock } from './layout'
import {
  caseName,
  DocumentIncompleteError,
  evidenceParagraphs,
  header,
  heading,
  paragraph,
  required,
  sentence,
  signature
} from './parts'
import { partyParagraphs } from './party-lines'
import { performanceParagraphs, remedyParagraphs } from './remedies'
import type { DocumentSnapshot } from './snapshot'
import { hearingParagraphs, statementParagraphs } from './statements'

export function composeDecision(s: DocumentSnapshot): DocumentBlock[] {
  const d = s.decision
  if (d?.outcome !== 'penalty' || d.procedure !== 'ordinary') {
    throw new DocumentIncompleteError('行政处罚决定书需要一个按普通程序作出的行政处罚决定。')
  }
  const e = penaltyBasis(s.evaluation)
  // No decision without the prior notice (APL Art. 62); waiving statements does not waive it.
  const notice = required(
    s.notice,
    '缺少行政处罚告知（《中华人民共和国行政处罚法》第四十四条、第六十二条）。'
  )
  const filed = s.case.filedOn ? `本机关于${dateZh(s.case.filedOn)}对` : '本机关对'
  const rights = notice.hearingOffered ? '陈述、申辩、要求听证' : '陈述、申辩'
  return [
    ...header(s),
    ...partyParagraphs(s.parties),
    paragraph(`${filed}${caseName(s.case.cause)}立案调查，现已调查终结。`),
    heading('一、违法事实和证据'),
    paragraph(sentence(s.case.facts)),
    ...evidenceParagraphs(s),
    heading('二、违法依据和处罚依据'),
    paragraph(violationSentence('当事人', e)),
    paragraph(discretionSentence(e)),
    heading('三、陈述、申辩和听证'),
    paragraph(
      `本机关于${dateZh(notice.on)}告知当事人拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有的${rights}等权利。`
    ),
    ...statementParagraphs(s).map(paragraph),
    ...hearingParagraphs(s).map(paragraph),
    heading('四、处罚决定'),
    paragraph(`依据${e.penaltyProvision}的规定，本机关决定：`),
    // Art. 28 ¶1 applies to every penalty; the snapshot carries no separate correction order or
    // deadline, so the general order is printed.
    paragraph('（一）责令当事人改正上述违法行为；'),
    paragraph(`（二）对当事人作出如下行政处罚：${describePenalty(d.penalty)}。`),
    heading('五、履行方式和期限'),
    ...performanceParagraphs(d.penalty).map(paragraph),
    heading('六、申请行政复议或者提起行政诉讼的途径和期限'),
    ...remedyParagraphs('decision', '本行政处罚决定').map(paragraph),
    // 作出决定的日期 (Art. 59 (六)) is the decision's date, even on a later corrected version.
    signature(s, d.on)
  ]
}
