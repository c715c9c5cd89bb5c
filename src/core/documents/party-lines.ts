// The 当事人 block (APL Art. 59 (一): name and address; practice adds the 统一社会信用代码 or
// 公民身份号码 and the 法定代表人) and the ways a document names or addresses the parties.
import type { DocumentBlock } from './layout'
import type { SnapshotParty } from './snapshot'

type Labelled = { label: string; value: string }

function partyRows(p: SnapshotParty, withContact: boolean): Labelled[] {
  const rows: Labelled[] = [{ label: '当事人', value: p.name }]
  if (p.uscc) rows.push({ label: '统一社会信用代码', value: p.uscc })
  if (p.idNumber) rows.push({ label: '公民身份号码', value: p.idNumber })
  // 法定代表人（负责人）: the snapshot does not say whether an organisation is a company, a branch
  // or an individual business, and the form label covers all of them.
  if (p.kind === 'organisation' && p.legalRepresentative) {
    rows.push({ label: '法定代表人（负责人）', value: p.legalRepresentative })
  }
  rows.push({ label: p.kind === 'organisation' ? '住所' : '住址', value: p.address })
  if (withContact && p.contact) rows.push({ label: '联系电话', value: p.contact })
  return rows
}

/** One paragraph line per item, e.g. 当事人：武汉某某食品有限公司 (for the 决定书). */
export function partyLines(p: SnapshotParty): string[] {
  return partyRows(p, false).map((r) => `${r.label}：${r.value}`)
}

export function partyParagraphs(parties: readonly SnapshotParty[]): DocumentBlock[] {
  return parties.flatMap((p) => partyLines(p).map((text) => ({ kind: 'paragraph', text }) as const))
}

/** Form rows for the 审批表, with the contact number the officers need. */
export function partyFields(parties: readonly SnapshotParty[]): DocumentBlock[] {
  return parties.flatMap((p) =>
    partyRows(p, true).map((r) => ({ kind: 'field', label: r.label, value: r.value }) as const)
  )
}

export function partyNames(parties: readonly SnapshotParty[]): string {
  return parties.map((p) => p.name).join('、')
}

/** How a notice addresses the party: 你 for a person, 你单位 for an organisation. */
export function you(parties: readonly SnapshotParty[]): string {
  const kinds = new Set(parties.map((p) => p.kind))
  if (kinds.size !== 1) return '你（单位）'
  return kinds.has('person') ? '你' : '你单位'
}
