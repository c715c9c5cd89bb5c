import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2'
}

/**
 * Maps a URL path to a file inside `root`, or null when the path would leave it (../, encoded
 * separators, NUL). Paths without an extension fall back to index.html (the single-page app).
 */
export function resolveStaticPath(root: string, urlPath: string): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(urlPath)
  } catch {
    return null
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null
  // Any '..' segment is refused outright rather than normalised away: no legitimate asset URL has one.
  if (decoded.split('/').includes('..')) return null
  const relative = normalize(decoded).replace(/^([/\\])+/, '')
  const full = join(root, relative === '' || !extname(relative) ? 'index.html' : relative)
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  return full.startsWith(rootWithSep) ? full : null
}

export async function readStatic(
  root: string,
  urlPath: string
): Promise<{ body: Buffer; type: string } | null> {
  const file = resolveStaticPath(root, urlPath)
  if (!file) return null
  try {
    if (!(await stat(file)).isFile()) return null
    return { body: await readFile(file), type: TYPES[extname(file)] ?? 'application/octet-stream' }
  } catch {
    return null
  }
}
