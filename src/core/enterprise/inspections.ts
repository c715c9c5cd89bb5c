// 入企检查: results of an inspection. The repeat and year-on-year logic lives with them.
export const INSPECTION_RESULTS = ['noProblem', 'corrected', 'caseOpened', 'other'] as const
export type InspectionResult = (typeof INSPECTION_RESULTS)[number]

export const INSPECTION_RESULT_ZH: Record<InspectionResult, string> = {
  noProblem: '未发现问题',
  corrected: '发现问题，责令当场整改',
  caseOpened: '发现违法行为，已立案',
  other: '其他'
}
