import { basename } from 'node:path'
import { verifyProblems } from '../integrity/report'
import type { VerifyResult } from '../integrity/verify'
import { verifyDatabaseFile } from '../integrity/verify-file'

export type BackupVerification = {
  ok: boolean
  file: string
  result: VerifyResult
  /** Chinese, one line each; empty when ok. */
  problems: string[]
}

/**
 * Checks a backup without restoring it: opened read-only on a connection of its own — never
 * ATTACHed to the live database, so a hostile or damaged file cannot touch it — then the full
 * verifyDatabase: header (ours, not from a newer version), integrity_check, foreign keys, audit chain.
 */
export function verifyBackup(
  file: string,
  options: { nativeBinding?: string } = {}
): BackupVerification {
  const result = verifyDatabaseFile(file, options)
  return { ok: result.ok, file, result, problems: verifyProblems(result) }
}

/** The refusal for a backup that failed verification, naming the file and what is wrong. */
export function backupRejection(check: BackupVerification): string {
  return [`备份文件 ${basename(check.file)} 未通过检查，不能使用：`, ...check.problems].join('\n')
}
