import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { backupsDir, compareBackups, parseBackupName, type BackupInfo } from './names'

/** The backups of a data folder, oldest first; files not named by us are left out. */
export function listBackups(dataDir: string): BackupInfo[] {
  const dir = backupsDir(dataDir)
  let names: string[]
  try {
    names = readdirSync(dir)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return []
    throw error
  }
  const found: BackupInfo[] = []
  for (const name of names) {
    const parsed = parseBackupName(name)
    if (!parsed) continue
    const file = join(dir, name)
    found.push({ file, name, ...parsed, bytes: statSync(file).size })
  }
  return found.sort(compareBackups)
}
