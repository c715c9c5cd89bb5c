import { randomBytes, timingSafeEqual } from 'node:crypto'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { CONTENT_SECURITY_POLICY } from '../shared/csp'
import type { Server } from '../server/app'
import { readStatic } from './static-files'

const MAX_BODY = 1024 * 1024
/** Uploads carry the file as base64: evidence (the schema caps it at 20 MB) and export packages
 * (capped at 64 MB; larger ones go through `yardstick import`). */
const UPLOAD_LIMITS = new Map([
  ['evidence/add', 28 * 1024 * 1024],
  ['exchange/inspect', 88 * 1024 * 1024]
])
const COOKIE = 'ys_launch'
export const SESSION_HEADER = 'x-yardstick-session'

export type HostOptions = {
  server: Server
  staticDir: string
  port: number
  /** Per-launch secret; only a browser that opened the printed URL gets the cookie that carries it. */
  launchToken?: string
}

export type RunningHost = {
  url: string
  origin: string
  launchToken: string
  close: () => Promise<void>
}

const SECURITY_HEADERS = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin'
}

function sameSecret(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function cookieValue(req: IncomingMessage): string | null {
  for (const part of (req.headers.cookie ?? '').split(';')) {
    const [name, ...rest] = part.trim().split('=')
    if (name === COOKIE) return rest.join('=')
  }
  return null
}

function send(
  res: ServerResponse,
  status: number,
  type: string,
  body: string | Buffer,
  extra: Record<string, string> = {}
): void {
  res.writeHead(status, {
    ...SECURITY_HEADERS,
    'Content-Type': type,
    'Cache-Control': 'no-store',
    ...extra
  })
  res.end(body)
}

function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > limit) {
        resolve(null)
        req.destroy()
        return
      }
      chunks.push(chunk)
    })
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    req.on('error', reject)
  })
}

const envelope = (code: string, message: string) =>
  JSON.stringify({ ok: false, error: { code, message } })

/**
 * The browser host: the same server as the desktop app, behind plain HTTP on 127.0.0.1 only. It serves
 * the built renderer and POST /api/<method>. A request needs the launch cookie, the right Host header
 * (against DNS rebinding) and, for the API, a same-origin Origin header when the browser sends one.
 */
export function startHost(options: HostOptions): Promise<RunningHost> {
  const launchToken = options.launchToken ?? randomBytes(24).toString('base64url')
  let origin = ''
  const http = createServer((req, res) => {
    handle(req, res).catch(() =>
      send(res, 500, 'application/json', envelope('INTERNAL', '内部错误'))
    )
  })

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let url: URL
    try {
      url = new URL(req.url ?? '/', origin)
    } catch {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request')
    }
    if (`http://${req.headers.host ?? ''}` !== origin) {
      return send(res, 421, 'text/plain; charset=utf-8', 'Misdirected request')
    }
    const launch = url.searchParams.get('launch')
    if (req.method === 'GET' && url.pathname === '/' && launch !== null) {
      if (!sameSecret(launch, launchToken))
        return send(res, 403, 'text/plain; charset=utf-8', '启动链接无效。')
      return send(res, 303, 'text/plain; charset=utf-8', '', {
        Location: '/',
        'Set-Cookie': `${COOKIE}=${launchToken}; HttpOnly; SameSite=Strict; Path=/`
      })
    }
    const cookie = cookieValue(req)
    if (!cookie || !sameSecret(cookie, launchToken)) {
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        '请使用案衡启动时打印的地址打开本页面。 / Open the address printed at start-up.'
      )
    }
    // Routed on the raw path: URL parsing would resolve dot segments, turning /api/.. into /.
    const rawPath = (req.url ?? '/').split('?')[0] ?? '/'
    if (rawPath.startsWith('/api/')) return handleApi(req, res, rawPath.slice('/api/'.length))
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed')
    const file = await readStatic(options.staticDir, url.pathname)
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found')
    return send(res, 200, file.type, file.body)
  }

  async function handleApi(
    req: IncomingMessage,
    res: ServerResponse,
    method: string
  ): Promise<void> {
    if (req.method !== 'POST')
      return send(res, 405, 'application/json', envelope('UNKNOWN_METHOD', '仅支持 POST'))
    if (req.headers.origin !== undefined && req.headers.origin !== origin) {
      return send(res, 403, 'application/json', envelope('FORBIDDEN', '拒绝跨站请求。'))
    }
    if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
      return send(res, 415, 'application/json', envelope('VALIDATION', '请求须为 JSON。'))
    }
    const body = await readBody(req, UPLOAD_LIMITS.get(method) ?? MAX_BODY)
    if (body === null)
      return send(res, 413, 'application/json', envelope('VALIDATION', '请求过大。'))
    let input: unknown
    try {
      input = body === '' ? {} : JSON.parse(body)
    } catch {
      return send(res, 400, 'application/json', envelope('VALIDATION', '请求不是有效的 JSON。'))
    }
    const header = req.headers[SESSION_HEADER]
    const token = typeof header === 'string' && header !== '' ? header : null
    let name: string
    try {
      name = decodeURIComponent(method)
    } catch {
      return send(res, 400, 'application/json', envelope('UNKNOWN_METHOD', '操作名称编码无效。'))
    }
    const result = await options.server.dispatch(name, input, token)
    return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(result))
  }

  return new Promise((resolve, reject) => {
    http.once('error', reject)
    http.listen(options.port, '127.0.0.1', () => {
      const { port } = http.address() as AddressInfo
      origin = `http://127.0.0.1:${port}`
      resolve({
        url: `${origin}/?launch=${launchToken}`,
        origin,
        launchToken,
        close: () =>
          new Promise((done) => {
            http.close(() => done())
            // A browser's speculative (preconnected) socket carries no request, so close() would wait
            // for it to time out (headersTimeout, 60 s); on shutdown every connection goes at once.
            http.closeAllConnections()
          })
      })
    })
  })
}
