// UI strings of period close (结账, issue 8 §4), Simplified Chinese: the source of the keys.
export const periodsZh = {
  'periods.title': '结账',
  'periods.intro':
    '结账后，该期间的统计数字冻结，日期在该期间内的记录不能再录入或修改；此后的更正作为调整录入当前期间。重新开账须由管理员填写理由。',
  'periods.none': '尚无结账记录。',
  'periods.col.period': '期间',
  'periods.col.scope': '范围',
  'periods.col.closed': '结账',
  'periods.col.status': '状态',
  'periods.col.hash': '数据哈希',
  'periods.scope.own': '本单位',
  'periods.scope.all': '全部单位（汇总）',
  'periods.by': '{by}，{at}',
  'periods.status.closed': '已结账',
  'periods.status.reopened': '已重新开账（{by}，{at}）：{reason}',
  'periods.close': '结账：{from} 至 {to}',
  'periods.closeWarning':
    '结账后，{from} 至 {to} 的统计数字冻结，日期在该期间内的记录不能再录入或修改。确定结账？',
  'periods.closeConfirm': '确认结账',
  'periods.notOver': '所选期间尚未结束（截止日期晚于今天），不能结账。',
  'periods.reopen': '重新开账',
  'periods.reopenTitle': '重新开账：{from} 至 {to}',
  'periods.reopenReason': '重新开账理由',
  'periods.reopenConfirm': '确认重新开账',
  'periods.banner':
    '已结账：数据冻结于 {at}（{by} 结账）。以下为结账时的数字，此后的更正见“调整”。',
  'periods.adjustments': '调整（结账后的更正）',
  'periods.adjustmentsOf': '{from} 至 {to}，结账于 {at}',
  'periods.adj.figure': '项目',
  'periods.adj.frozen': '结账时',
  'periods.adj.live': '现在',
  'periods.adj.delta': '调整'
}
