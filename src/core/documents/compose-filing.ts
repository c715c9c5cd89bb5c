// 立案审批表: the officers' request to open the case (APL Art. 54 ¶2) and a blank for the head's
// approval. The form is issued before the head signs, so the approval is left to be written by hand.
import { dateZh } from '../discretion/citation'
import type { DocumentBlock } from './layout'
import { BLANK, BLANK_DATE, caseName, field, header, sentence, SIGN_AND_DATE } from './parts'
import { partyFields } from './party-lines'
import type { DocumentSnapshot } from './snapshot'

export function composeFiling(s: DocumentSnapshot): DocumentBlock[] {
  const c = s.case
  const basis = s.evaluation ? `涉嫌违反${s.evaluation.violatedProvision}的规定，` : ''
  return [
    ...header(s),
    field('案号', c.caseNumber),
    field('案由', c.cause),
    // The snapshot does not carry the 案件来源; the officers fill it in on the printed form.
    field('案件来源', BLANK),
    ...partyFields(s.parties),
    field('发现日期', dateZh(c.discoveredOn)),
    field('违法行为发生日', c.violationOn ? dateZh(c.violationOn) : '待查'),
    field('立案日期', c.filedOn ? dateZh(c.filedOn) : BLANK_DATE),
    field('办案人员', s.officers.join('、')),
    field(
      '承办意见',
      `${sentence(c.facts)}当事人${basis}有证据初步证明存在违法事实，依法应当给予行政处罚，属于本机关管辖，且未超过行政处罚追责时效，符合立案条件，建议对${caseName(c.cause)}立案调查。`
    ),
    field('承办人签名', SIGN_AND_DATE),
    field('审批意见', BLANK),
    field('负责人签名', SIGN_AND_DATE)
  ]
}
