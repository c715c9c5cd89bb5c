// The app:// handler body: serves the built renderer with the CSP on every response. It uses only
// web-standard Request/Response and node:fs, so the unit tests run it without Electron; index.ts
// hands it to protocol.handle.
import { readFile, realpath, stat } from 'node:fs/promises'
import { extname } from 'node:path'
import { isInside, resolveAppPath } from './app-path'
import { APP_ORIGIN, CONTENT_SECURITY_POLICY } from './window-options'

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm'
}

export function contentTypeOf(file: string): string {
  return MIME[extname(file).toLowerCase()] ?? 'application/octet-stream'
}

function securityHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    // Module scripts need an exact JS MIME type; never let the browser guess one.
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Cache-Control': 'no-cache'
  }
}

function refuse(status: number): Response {
  return new Response(null, { status, headers: securityHeaders() })
}

export type AppRequestHandler = (request: Request) => Promise<Response>

export function createAppHandler(root: string, appOrigin = APP_ORIGIN): AppRequestHandler {
  // Resolved lazily: the folder may be created after the handler (tests, first build).
  let realRoot: Promise<string> | null = null
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refuse(405)
    const file = resolveAppPath(root, request.url, appOrigin)
    if (!file) return refuse(404)
    try {
      realRoot ??= realpath(root)
      // A symlink inside the build output must not lead outside it either.
      const real = await realpath(file)
      if (!isInside(await realRoot, real) || !(await stat(real)).isFile()) return refuse(404)
      const headers = { ...securityHeaders(), 'Content-Type': contentTypeOf(real) }
      if (request.method === 'HEAD') return new Response(null, { status: 200, headers })
      return new Response(new Uint8Array(await readFile(real)), { status: 200, headers })
    } catch {
      realRoot = null
      return refuse(404)
    }
  }
}
