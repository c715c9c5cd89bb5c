// 送达回证: proof that a document reached the party (APL Art. 61, served under the 民事诉讼法 rules).
// The party signs it on receipt, so the form keeps a blank for the signature.
import { dateZh } from '../discretion/citation'
import type { ServiceMethod } from '../lifecycle/actions'
import type { DocumentBlock } from './layout'
import { BLANK, BLANK_DATE, field, header, required, SIGN_AND_DATE } from './parts'
import { partyNames } from './party-lines'
import type { DocumentSnapshot } from './snapshot'

export const SERVICE_METHOD_ZH: Record<ServiceMethod, string> = {
  inPerson: '直接送达',
  leftAtAddress: '留置送达',
  mail: '邮寄送达',
  electronic: '电子送达',
  entrusted: '委托送达',
  announcement: '公告送达'
}

/** 《行政处罚决定书》（汉阳市监处罚〔2026〕12号）; a title already in 《》 is kept as is. */
function servedTitle(title: string, number: string | null): string {
  const t = title.startsWith('《') ? title : `《${title}》`
  return number ? `${t}（${number}）` : t
}

export function composeReceipt(s: DocumentSnapshot): DocumentBlock[] {
  const served = required(s.served, '缺少送达的文书。')
  return [
    ...header(s),
    field('案号', s.case.caseNumber),
    field('送达文书名称及文号', servedTitle(served.title, served.number)),
    field('受送达人', partyNames(s.parties)),
    field('送达地址', s.parties.map((p) => p.address).join('；')),
    field('送达方式', served.method ? SERVICE_METHOD_ZH[served.method] : BLANK),
    field('送达日期', served.on ? dateZh(served.on) : BLANK_DATE),
    field('送达人', s.officers.join('、')),
    field('受送达人签收', SIGN_AND_DATE),
    field('备注', BLANK),
    { kind: 'signature', lines: [s.unit.name, '（印章）'] }
  ]
}
