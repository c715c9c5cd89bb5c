import { existsSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The shipped resources folder (benchmark catalogue, unit configuration). From the built app it is
 * two levels up from out/main; from the sources (tests) three levels up from src/server/…; in a
 * packaged Electron app it sits in process.resourcesPath.
 */
export function defaultResourcesDir(): string {
  const packaged = (process as NodeJS.Process & { resourcesPath?: string }).resourcesPath
  const candidates = [
    ...(packaged ? [join(packaged, 'resources')] : []),
    join(__dirname, '..', '..', 'resources'),
    join(__dirname, '..', '..', '..', 'resources'),
    join(process.cwd(), 'resources')
  ]
  const found = candidates.find((dir) => existsSync(join(dir, 'benchmarks')))
  if (!found) throw new Error(`resources/benchmarks not found (looked in ${candidates.join(', ')})`)
  return found
}

export function benchmarksDir(resourcesDir: string): string {
  return join(resourcesDir, 'benchmarks')
}
