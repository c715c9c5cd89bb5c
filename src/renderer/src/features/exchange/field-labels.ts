// The fields of an exchanged record as a head reads them when choosing between two versions: a name
// instead of the column, money in yuan instead of fen, parties one per line. A column without a label
// (rare kinds) shows as it is named in the database, so nothing is hidden.
import { yuanFixedText } from '../../../../core/discretion/money'
import type { Lang } from '../../i18n/i18n'

type Label = { zh: string; en: string }

const LABELS: Record<string, Label> = {
  case_number: { zh: '案号', en: 'Case number' },
  cause: { zh: '案由', en: 'Cause' },
  source: { zh: '案件来源', en: 'Source' },
  status: { zh: '状态', en: 'Status' },
  discovered_on: { zh: '发现日期', en: 'Discovered on' },
  filed_on: { zh: '立案日期', en: 'Filed on' },
  sort_on: { zh: '登记日期', en: 'Registered on' },
  facts: { zh: '案件事实', en: 'Facts' },
  officer1_id: { zh: '办案人员一', en: 'Officer 1' },
  officer2_id: { zh: '办案人员二', en: 'Officer 2' },
  parties: { zh: '当事人', en: 'Parties' },
  deleted_at: { zh: '删除时间', en: 'Deleted at' },
  deleted_reason: { zh: '删除原因', en: 'Reason for deletion' },
  decision_due_on: { zh: '决定期限', en: 'Decision due' },
  violation_on: { zh: '违法行为发生日', en: 'Violation on' },
  extended_limitation: { zh: '追责期限延长', en: 'Extended limitation' },
  payment_due_on: { zh: '缴款期限', en: 'Payment due' },
  rev: { zh: '修订号', en: 'Revision' },
  origin_unit: { zh: '所属单位', en: 'Unit' },
  created_by: { zh: '创建人', en: 'Created by' },
  created_at: { zh: '创建时间', en: 'Created at' },
  updated_at: { zh: '修改时间', en: 'Updated at' },
  title: { zh: '名称', en: 'Title' },
  kind: { zh: '类别', en: 'Kind' },
  file_name: { zh: '文件名', en: 'File name' },
  collected_by: { zh: '收集人', en: 'Collected by' },
  collected_on: { zh: '收集日期', en: 'Collected on' },
  place: { zh: '地点', en: 'Place' },
  withdrawn_at: { zh: '撤回时间', en: 'Withdrawn at' },
  withdrawn_reason: { zh: '撤回原因', en: 'Reason for withdrawal' },
  educated_on: { zh: '教育日期', en: 'Educated on' },
  forms: { zh: '教育方式', en: 'Forms' },
  content: { zh: '内容', en: 'Content' },
  follow_up_on: { zh: '回访日期', en: 'Follow-up due' },
  followed_up_on: { zh: '回访完成日期', en: 'Followed up on' },
  follow_up_result: { zh: '回访结果', en: 'Follow-up result' },
  clue_number: { zh: '线索编号', en: 'Clue number' },
  received_on: { zh: '收到日期', en: 'Received on' },
  channel: { zh: '来源渠道', en: 'Channel' },
  enterprise_name: { zh: '企业名称', en: 'Enterprise' },
  uscc: { zh: '统一社会信用代码', en: 'USCC' },
  agency: { zh: '被反映单位', en: 'Agency' },
  problem_type: { zh: '问题类型', en: 'Problem type' },
  summary: { zh: '反映内容', en: 'Summary' },
  deadline_on: { zh: '办理期限', en: 'Deadline' },
  on_date: { zh: '日期', en: 'Date' },
  amount_fen: { zh: '金额', en: 'Amount' },
  fine_min_fen: { zh: '罚款下限', en: 'Fine minimum' },
  fine_max_fen: { zh: '罚款上限', en: 'Fine maximum' },
  intended_fine_fen: { zh: '拟罚款', en: 'Intended fine' },
  public_service_offset_fen: { zh: '公益服务抵减', en: 'Public-service offset' },
  paid_on: { zh: '缴款日期', en: 'Paid on' },
  receipt_no: { zh: '票据号', en: 'Receipt number' },
  note: { zh: '备注', en: 'Note' },
  reason: { zh: '理由', en: 'Reason' },
  seq: { zh: '序号', en: 'Sequence' },
  action: { zh: '办案步骤', en: 'Step' },
  item_code: { zh: '违法行为事项', en: 'Violation item' }
}

export function fieldLabel(field: string, lang: Lang): string {
  const label = LABELS[field]
  if (!label) return field
  return lang === 'en' ? label.en : label.zh
}

type PartyLike = { name?: unknown; id_number?: unknown; uscc?: unknown }

function partyLine(p: PartyLike): string {
  const id = p.id_number ?? p.uscc
  return typeof id === 'string' && id ? `${String(p.name)}（${id}）` : String(p.name)
}

/** A field's value for people: money in yuan (the fen kept in brackets, as stored), parties by name. */
export function fieldValueText(field: string, value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (field.endsWith('_fen') && typeof value === 'number' && Number.isInteger(value)) {
    return `${yuanFixedText(value)}（${value} 分）`
  }
  if (field === 'parties' && Array.isArray(value)) {
    return value.map((p) => partyLine(p as PartyLike)).join('\n')
  }
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}
