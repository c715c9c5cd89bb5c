import type Database from 'better-sqlite3'
import { APPLICATION_ID, latestVersion } from '../db/migrate'

/**
 * - 'foreign': another application's SQLite file (application_id is not 'YRDS');
 * - 'newer': written by a newer 案衡 (user_version above what this build knows);
 * - 'uninitialised': an empty or never-migrated file, which holds no 案衡 data.
 */
export type FileProblem = 'foreign' | 'newer' | 'uninitialised'

export type FileIdentity = {
  applicationId: number
  userVersion: number
  problem: FileProblem | null
}

/** Is this file a 案衡 database this build can read? (architecture.md §3: fail closed otherwise.) */
export function fileIdentity(db: Database.Database): FileIdentity {
  const applicationId = db.pragma('application_id', { simple: true }) as number
  const userVersion = db.pragma('user_version', { simple: true }) as number
  const problem: FileProblem | null =
    applicationId === 0 && userVersion === 0
      ? 'uninitialised'
      : applicationId !== APPLICATION_ID
        ? 'foreign'
        : userVersion > latestVersion()
          ? 'newer'
          : null
  return { applicationId, userVersion, problem }
}
