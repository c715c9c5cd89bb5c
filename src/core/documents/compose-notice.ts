// 行政处罚告知书 (APL Art. 44): the intended penalty with its facts, reasons and basis, and the rights
// to 陈述、申辩 and, where the penalty carries it (Art. 63), to a hearing.
import { dateZh } from '../discretion/citation'
import { describePenalty } from '../lifecycle/penalty'
import { discretionSentence, penaltyBasis, violationSentence } from './basis'
import type { DocumentBlock } from './layout'
import {
  caseName,
  evidenceParagraphs,
  header,
  paragraph,
  required,
  sentence,
  signature
} from './parts'
import { partyNames, you } from './party-lines'
import type { DocumentSnapshot } from './snapshot'

type Notice = NonNullable<DocumentSnapshot['notice']>

/** 陈述、申辩 (Arts. 44, 45); the last day comes from the working-day clock (Art. 85). */
export function statementRightParagraph(n: Notice, who: string): string {
  const when = n.statementDue
    ? `请至迟于${dateZh(n.statementDue)}向本机关提出；逾期未提出的，视为放弃陈述、申辩的权利`
    : '可以向本机关提出'
  return `根据《中华人民共和国行政处罚法》第四十四条、第四十五条的规定，${who}有权进行陈述和申辩。${who}如有陈述、申辩意见，${when}。本机关不因${who}陈述、申辩而给予更重的处罚。`
}

/** 要求听证: within five working days of the notice (Art. 64 (一), Art. 85). */
export function hearingRightParagraph(n: Notice, who: string): string {
  const due = n.hearingRequestDue ? `，即至迟于${dateZh(n.hearingRequestDue)}` : ''
  return `根据《中华人民共和国行政处罚法》第六十三条、第六十四条的规定，${who}有权要求听证。如要求听证，应当在本机关告知后五个工作日内${due}向本机关提出；逾期未提出的，视为放弃要求听证的权利。`
}

export function addressee(s: DocumentSnapshot): DocumentBlock {
  return { kind: 'line', text: `${partyNames(s.parties)}：`, align: 'left' }
}

export function composeNotice(s: DocumentSnapshot): DocumentBlock[] {
  const n = required(s.notice, '缺少行政处罚告知的内容。')
  const e = penaltyBasis(s.evaluation)
  const who = you(s.parties)
  const blocks: DocumentBlock[] = [
    ...header(s),
    addressee(s),
    paragraph(`本机关在办理${caseName(s.case.cause)}（案号：${s.case.caseNumber}）过程中查明：`),
    paragraph(sentence(s.case.facts)),
    ...evidenceParagraphs(s),
    paragraph(violationSentence(who, e)),
    paragraph(discretionSentence(e)),
    paragraph(
      `依据${e.penaltyProvision}的规定，本机关拟对${who}作出如下行政处罚：${describePenalty(n.penalty)}。`
    ),
    paragraph(statementRightParagraph(n, who))
  ]
  if (n.hearingOffered) blocks.push(paragraph(hearingRightParagraph(n, who)))
  blocks.push(paragraph(`联系人：${s.officers.join('、')}`), signature(s, s.issuedOn))
  return blocks
}
