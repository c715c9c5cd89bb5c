// The columns a list of cases behind a figure can be exported with; a user saves their own sets.
export const DRILL_COLUMNS = [
  'caseNumber',
  'cause',
  'item',
  'filedOn',
  'decidedOn',
  'outcome',
  'fine',
  'finesAndConfiscations',
  'unit'
] as const
export type DrillColumn = (typeof DRILL_COLUMNS)[number]

export const DRILL_COLUMN_ZH: Record<DrillColumn, string> = {
  caseNumber: '案号',
  cause: '案由',
  item: '违法行为事项',
  filedOn: '立案日期',
  decidedOn: '决定日期',
  outcome: '处理结果',
  fine: '罚款（元）',
  finesAndConfiscations: '罚没金额（元）',
  unit: '单位代码'
}
