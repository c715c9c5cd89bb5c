// Maps an app:// request URL to a file under the built renderer folder, or null. Pure (no Electron,
// no file access) so every traversal trick can be unit-tested; the protocol handler adds a realpath
// check for symlinks on top.
import { isAbsolute, relative, resolve, sep } from 'node:path'
import { APP_ORIGIN, isAllowedNavigation } from './window-options'

const INDEX = 'index.html'

/**
 * Decodes the path once and refuses, rather than normalises, anything suspicious: `..` segments
 * (including encoded `%2e%2e` and `%2f`), backslashes (a separator on Windows), `:` (drive letters
 * and NTFS streams) and NUL. The final containment test compares path segments, not string
 * prefixes.
 */
export function resolveAppPath(
  root: string,
  requestUrl: string,
  appOrigin = APP_ORIGIN
): string | null {
  if (!isAllowedNavigation(requestUrl, appOrigin)) return null
  let pathname: string
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname)
  } catch {
    return null
  }
  if (/[\\:\0]/.test(pathname)) return null
  const segments = pathname.split('/').filter((segment) => segment !== '')
  if (segments.some((segment) => segment === '..' || segment === '.')) return null
  const base = resolve(root)
  const file = resolve(base, segments.length === 0 ? INDEX : segments.join(sep))
  return isInside(base, file) ? file : null
}

/** True when `file` lies strictly below `base`: not `base` itself, not a sibling (`base-evil`). */
export function isInside(base: string, file: string): boolean {
  const rel = relative(base, file)
  return rel !== '' && !isAbsolute(rel) && rel.split(sep)[0] !== '..'
}
