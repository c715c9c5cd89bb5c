// Problems found in the working-day calendar files: a machine code, a Chinese message, and where.

export type CalendarProblemCode =
  | 'READ'
  | 'YAML'
  | 'SCHEMA'
  | 'EMPTY'
  | 'MISSING_CITATION'
  | 'FILE_NAME_MISMATCH'
  | 'DUPLICATE_YEAR'
  | 'DUPLICATE_DATE'
  | 'DATE_OUTSIDE_YEAR'
  | 'RANGE_INVERTED'
  | 'DAY_COUNT_MISMATCH'
  | 'MAKEUP_NOT_WEEKEND'

export type CalendarProblem = {
  code: CalendarProblemCode
  message: string
  /** File name (or directory) the problem is in. */
  source: string
  /** Where in the file, e.g. holidays[2].from; '(文件)' for the whole file. */
  path: string
}

/** One line for logs and the CLI: 错误 [2024.yaml] makeUpWorkdays[0]：message */
export function formatCalendarProblem(p: CalendarProblem): string {
  return `错误 [${p.source}] ${p.path}：${p.message}`
}
