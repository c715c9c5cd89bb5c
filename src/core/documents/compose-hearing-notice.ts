// 行政处罚听证告知书: served when the intended penalty carries the right to a hearing (APL Art. 63).
// It states the intended penalty and its basis briefly and the hearing rights in full (Arts. 63 ¶2,
// 64); the statement rights of Art. 44 are repeated because this notice may replace the 告知书.
import { describePenalty } from '../lifecycle/penalty'
import { penaltyBasis } from './basis'
import { addressee, hearingRightParagraph, statementRightParagraph } from './compose-notice'
import type { DocumentBlock } from './layout'
import {
  caseName,
  DocumentIncompleteError,
  header,
  paragraph,
  required,
  sentence,
  signature
} from './parts'
import { you } from './party-lines'
import type { DocumentSnapshot } from './snapshot'

export function composeHearingNotice(s: DocumentSnapshot): DocumentBlock[] {
  const n = required(s.notice, '缺少行政处罚告知的内容。')
  if (!n.hearingOffered) {
    throw new DocumentIncompleteError('拟作出的行政处罚不属于听证范围，不应制作听证告知书。')
  }
  const e = penaltyBasis(s.evaluation)
  const who = you(s.parties)
  return [
    ...header(s),
    addressee(s),
    paragraph(`本机关在办理${caseName(s.case.cause)}（案号：${s.case.caseNumber}）过程中查明：`),
    paragraph(sentence(s.case.facts)),
    paragraph(
      `${who}的上述行为违反了${e.violatedProvision}的规定。依据${e.penaltyProvision}的规定，本机关拟对${who}作出如下行政处罚：${describePenalty(n.penalty)}（裁量阶次：${e.levelLabel}）。`
    ),
    paragraph(hearingRightParagraph(n, who)),
    paragraph(
      '本机关将在举行听证的七个工作日前，通知听证的时间、地点。除涉及国家秘密、商业秘密或者个人隐私依法予以保密外，听证公开举行。听证由本机关指定的非本案调查人员主持；认为主持人与本案有直接利害关系的，有权申请回避。'
    ),
    paragraph(
      `${who}可以亲自参加听证，也可以委托一至二人代理。${who}及其代理人无正当理由拒不出席听证或者未经许可中途退出听证的，视为放弃听证权利。${who}不承担本机关组织听证的费用（《中华人民共和国行政处罚法》第六十三条第二款、第六十四条）。`
    ),
    paragraph(statementRightParagraph(n, who)),
    paragraph(`联系人：${s.officers.join('、')}`),
    signature(s, s.issuedOn)
  ]
}
