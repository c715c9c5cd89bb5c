// 当场行政处罚决定书 (简易程序, APL Art. 52 ¶2): the violation, penalty type and basis, fine, time,
// place, remedies and agency, signed by the officers; handed over on the spot, and a refusal to
// sign is noted on the form (Art. 52 ¶1), so the form keeps lines for both.
import { dateZh } from '../discretion/citation'
import { describePenalty } from '../lifecycle/penalty'
import { penaltyBasis } from './basis'
import type { DocumentBlock } from './layout'
import {
  BLANK,
  DocumentIncompleteError,
  field,
  header,
  heading,
  paragraph,
  required,
  sentence,
  SIGN_AND_DATE,
  signature
} from './parts'
import { partyParagraphs } from './party-lines'
import { yuanZh } from './money-zh'
import { performanceParagraphs, remedyParagraphs } from './remedies'
import type { DocumentSnapshot } from './snapshot'
import { statementParagraphs } from './statements'

export function composeOnTheSpot(s: DocumentSnapshot): DocumentBlock[] {
  const d = s.decision
  if (d?.outcome !== 'penalty' || d.procedure !== 'simple') {
    throw new DocumentIncompleteError('当场行政处罚决定书需要一个按简易程序作出的行政处罚决定。')
  }
  const e = penaltyBasis(s.evaluation)
  const place = required(
    d.place,
    '缺少当场作出处罚决定的地点（《中华人民共和国行政处罚法》第五十二条）。'
  )
  return [
    ...header(s),
    ...partyParagraphs(s.parties),
    field('时间', dateZh(d.on)),
    field('地点', place),
    heading('违法行为'),
    paragraph(sentence(s.case.facts)),
    paragraph(`当事人的上述行为违反了${e.violatedProvision}的规定。`),
    // Arts. 44–45 sit in the general part of the APL and bind the simple procedure too.
    paragraph(
      '执法人员已向当事人出示执法证件，告知拟作出的行政处罚内容及事实、理由、依据，并告知当事人依法享有陈述、申辩的权利。'
    ),
    ...statementParagraphs(s).map(paragraph),
    heading('处罚种类和依据'),
    paragraph(
      `依据${e.penaltyProvision}的规定，责令当事人改正上述违法行为，并当场作出如下行政处罚：${describePenalty(d.penalty)}。`
    ),
    field('罚款数额', d.penalty.fineFen === null ? '无' : yuanZh(d.penalty.fineFen)),
    heading('履行方式和期限'),
    ...performanceParagraphs(d.penalty).map(paragraph),
    heading('申请行政复议、提起行政诉讼的途径和期限'),
    ...remedyParagraphs('onTheSpot', '本当场行政处罚决定').map(paragraph),
    field('执法人员', s.officers.join('、')),
    field('执法人员签名', BLANK),
    field('当事人签名', SIGN_AND_DATE),
    field('当事人拒绝签收的，执法人员注明', BLANK),
    signature(s, d.on)
  ]
}
