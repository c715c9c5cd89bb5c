import { assertNever } from '../../core/assert'
import type { AuditCheck } from './audit-chain'
import type { FileProblem } from './file-identity'
import { passed, type VerifyResult } from './verify'

/** How many integrity_check / foreign_key_check rows a report lists before summarising the rest. */
const LIST_LIMIT = 10

function fileProblemText(problem: FileProblem, userVersion: number): string {
  switch (problem) {
    case 'foreign':
      return '该文件不是案衡数据库（application_id 不符）。'
    case 'newer':
      return `该文件由更新版本的案衡写入（版本 ${userVersion}），本软件无法检查，请升级后再试。`
    case 'uninitialised':
      return '该文件不是案衡数据库，或是尚未初始化的空库，不含案衡数据。'
  }
  return assertNever(problem)
}

/** The audit finding in one sentence naming the first bad row. */
export function auditProblemText(audit: AuditCheck): string | null {
  const seq = audit.firstBadSeq
  const reason = audit.reason
  if (reason === undefined) return null
  switch (reason) {
    case 'hash-mismatch':
      return `审计日志第 ${seq} 条记录的内容与其哈希值不符：该记录被改动过。`
    case 'broken-link':
      return `审计日志第 ${seq} 条记录与前一条的哈希链接断开：前面的记录被改动、删除或调换过。`
    case 'seq-gap':
      return `审计日志在第 ${seq} 条记录之前缺少记录（应为第 ${audit.expectedSeq} 条）：有记录被删除。`
    case 'missing-table':
      return '数据库中没有审计日志表。'
    case 'unreadable':
      return `审计日志从第 ${seq} 条起无法读取：${audit.detail ?? '未知错误'}`
  }
  return assertNever(reason)
}

function listed(rows: readonly string[]): string[] {
  // integrity_check packs several findings into one row, separated by newlines.
  const lines = rows.flatMap((row) => row.split('\n'))
  const shown = lines.slice(0, LIST_LIMIT).map((l) => `  ${l}`)
  const more = lines.length - shown.length
  return more > 0 ? [...shown, `  ……另有 ${more} 条`] : shown
}

/** The problems of a verification, one Chinese line each (empty when it passed). */
export function verifyProblems(result: VerifyResult): string[] {
  const problems: string[] = []
  if (result.file?.problem) {
    problems.push(fileProblemText(result.file.problem, result.file.userVersion))
  }
  if (!passed(result.integrity)) {
    problems.push('数据库完整性检查未通过，文件已损坏：', ...listed(result.integrity))
  }
  if (result.foreignKeys.length > 0) {
    const rows = result.foreignKeys.map(
      (f) => `${f.table} 表第 ${f.rowid ?? '?'} 行引用的 ${f.parent} 记录不存在`
    )
    problems.push(`有 ${result.foreignKeys.length} 处外键引用失效：`, ...listed(rows))
  }
  const audit = auditProblemText(result.audit)
  // A foreign or unreadable file has no audit finding worth reading beyond the lines above.
  if (audit && (result.file === null || result.file.problem === null)) problems.push(audit)
  return problems
}

/** A report for people: what was checked and, if anything failed, the first bad row. */
export function formatVerifyReport(result: VerifyResult): string {
  if (result.ok) {
    return [
      '数据库检查通过：',
      '  完整性检查：正常',
      '  外键引用：正常',
      `  审计日志：${result.audit.rows} 条记录，哈希链完整`,
      `  审计链头哈希：${result.headHash}`,
      '请将链头哈希记录在库外（如导出包、打印件），以便日后发现最新记录被截断。'
    ].join('\n')
  }
  return ['数据库检查未通过：', ...verifyProblems(result)].join('\n')
}
