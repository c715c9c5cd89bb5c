// The composition root under a stand-in for the `electron` module (the real one is never loaded:
// the mock factory replaces it, and requiring it from Node would start a download). It checks the
// order Electron requires (schemes and userData before 'ready') and the wiring from the IPC channel
// through the server connection to a real server on a temporary database, plus the desktop shell:
// the menu, print previews, downloads and the window state. The stand-in "utility process" runs
// the same endpoint as server-process.ts, in-process.
import type { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createServer } from '../server/app'
import { databasePath } from '../server/data-dir'
import { createServerEndpoint, parseServerArgs } from './server-endpoint'
import { APP_ENTRY_URL } from './window-options'

type Listener = (...args: unknown[]) => unknown
type FakeContents = EventEmitter & { openHandler?: Listener; session: unknown }
type FakeWindow = {
  options: { webPreferences?: Record<string, unknown>; parent?: unknown }
  url: string
  instance: EventEmitter
}
type MenuTemplate = { label?: string; id?: string; submenu?: MenuTemplate }[]

const fake = vi.hoisted(() => {
  // Safety net should the mock ever fail to apply: with this set, electron's index.js returns a
  // path instead of starting a download, and the test fails loudly without touching the network.
  process.env.ELECTRON_OVERRIDE_DIST_PATH = '/nonexistent-electron-dist'
  const calls: string[] = []
  const state = {
    calls,
    ready: false,
    resolveReady: () => {},
    paths: {} as Record<string, string>,
    privileged: [] as unknown[],
    protocol: null as ((request: Request) => Promise<Response>) | null,
    ipc: new Map<string, Listener>(),
    windows: [] as (FakeWindow & { contents: FakeContents })[],
    forks: [] as { modulePath: string; args: string[] }[],
    errorBoxes: [] as string[],
    permission: null as Listener | null,
    beforeRequest: null as Listener | null,
    printBeforeRequest: null as Listener | null,
    tempDir: '',
    menu: null as MenuTemplate | null,
    spellChecker: true,
    defaultSession: null as EventEmitter | null,
    printSession: null as Record<string, unknown> | null
  }
  return state
})

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events')
  const app = Object.assign(new Emitter(), {
    isPackaged: false,
    setName: (name: string) => fake.calls.push(`setName:${name}`),
    setPath: (key: string, value: string) => {
      fake.calls.push(`setPath:${key}`)
      fake.paths[key] = value
    },
    getAppPath: () => '/repo',
    getPath: (name: string) => (name === 'temp' ? fake.tempDir : `/home/user/${name}`),
    enableSandbox: () => fake.calls.push('enableSandbox'),
    requestSingleInstanceLock: () => {
      fake.calls.push('lock')
      return true
    },
    whenReady: () =>
      new Promise<void>((resolve) => {
        fake.resolveReady = () => {
          fake.ready = true
          resolve()
        }
      }),
    quit: () => fake.calls.push('quit'),
    exit: () => fake.calls.push('exit')
  })
  const printSession = {
    setPermissionRequestHandler: () => {},
    setPermissionCheckHandler: () => {},
    webRequest: { onBeforeRequest: (listener: Listener) => (fake.printBeforeRequest = listener) }
  }
  fake.printSession = printSession
  const defaultSession = Object.assign(new Emitter(), {
    setPermissionRequestHandler: (handler: Listener) => (fake.permission = handler),
    setPermissionCheckHandler: () => {},
    setSpellCheckerEnabled: (enabled: boolean) => (fake.spellChecker = enabled),
    webRequest: { onBeforeRequest: (listener: Listener) => (fake.beforeRequest = listener) }
  })
  fake.defaultSession = defaultSession
  class BrowserWindow extends Emitter {
    static getAllWindows = () => fake.windows
    static getFocusedWindow = () => null
    webContents: FakeContents
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      super()
      const inPrint = options.webPreferences?.partition === 'yardstick-print'
      const contents = Object.assign(new Emitter(), {
        id: fake.windows.length + 1,
        hostWebContents: null,
        session: inPrint ? printSession : defaultSession,
        setWindowOpenHandler(handler: Listener) {
          contents.openHandler = handler
        }
      }) as FakeContents & { setWindowOpenHandler: (h: Listener) => void }
      this.webContents = contents
      fake.windows.push({ options, url: '', contents, instance: this })
      app.emit('web-contents-created', {}, contents)
    }
    loadURL(url: string) {
      const win = fake.windows.find((w) => w.instance === this)
      if (win) win.url = url
      return Promise.resolve()
    }
    show() {}
    maximize() {}
    isMaximized() {
      return false
    }
    getNormalBounds() {
      return { x: 10, y: 20, width: 1300, height: 900 }
    }
  }
  return {
    app,
    BrowserWindow,
    dialog: {
      showErrorBox: (title: string, text: string) => fake.errorBoxes.push(`${title}: ${text}`)
    },
    ipcMain: {
      handle: (channel: string, listener: Listener) => fake.ipc.set(channel, listener),
      removeHandler: (channel: string) => fake.ipc.delete(channel)
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        fake.calls.push(`privileged:ready=${fake.ready}`)
        fake.privileged.push(...schemes)
      },
      handle: (_scheme: string, handler: (request: Request) => Promise<Response>) => {
        fake.protocol = handler
      }
    },
    session: {
      defaultSession,
      fromPartition: (partition: string) => {
        fake.calls.push(`fromPartition:${partition}`)
        return printSession
      }
    },
    Menu: {
      buildFromTemplate: (template: MenuTemplate) => template,
      setApplicationMenu: (menu: MenuTemplate) => (fake.menu = menu)
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
    },
    shell: { openPath: async () => '' },
    utilityProcess: {
      // Runs the server endpoint in this process, over a real database, with a message-port shape.
      fork: (modulePath: string, args: string[]) => {
        fake.forks.push({ modulePath, args })
        const child = new Emitter() as EventEmitter & {
          postMessage: (message: unknown) => void
          kill: () => void
        }
        const { dataDir, nativeBinding } = parseServerArgs(args)
        const options = nativeBinding ? { nativeBinding } : {}
        const server = createServer(databasePath(dataDir ?? ''), options)
        const endpoint = createServerEndpoint(
          server,
          (message) => queueMicrotask(() => child.emit('message', structuredClone(message))),
          (code) => queueMicrotask(() => child.emit('exit', code))
        )
        child.postMessage = (message) => void endpoint.handle(structuredClone(message))
        child.kill = () => {
          server.close()
          child.emit('exit', -1)
        }
        return child
      }
    }
  }
})

let dataDir: string
const argv = process.argv

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'yardstick-main-'))
  fake.tempDir = join(dataDir, 'tmp')
  mkdirSync(fake.tempDir)
  process.argv = ['/electron', '/repo', '--data', dataDir]
  // Electron sets this; plain Node does not.
  const resourcesPath = join(dataDir, 'no-resources')
  Object.defineProperty(process, 'resourcesPath', { value: resourcesPath, configurable: true })
  await import('./index')
  process.argv = argv
  fake.resolveReady()
  await vi.waitFor(() => expect(fake.windows).toHaveLength(1))
})

afterAll(() => {
  process.argv = argv
  Reflect.deleteProperty(process, 'resourcesPath')
  rmSync(dataDir, { recursive: true, force: true })
})

const topFrame = { senderFrame: { url: APP_ENTRY_URL, parent: null } }

const failure = (code: string) => ({ ok: false, error: { code } })

function invoke(event: unknown, ...args: unknown[]) {
  const handler = fake.ipc.get('yardstick:invoke')
  if (!handler) throw new Error('invoke channel not registered')
  return handler(event, ...args)
}

describe('main composition root', () => {
  it('sets name, userData, sandbox and the app:// scheme before ready, then takes the lock', () => {
    expect(fake.calls.slice(0, 5)).toEqual([
      'setName:Yardstick',
      'setPath:userData',
      'enableSandbox',
      'privileged:ready=false',
      'lock'
    ])
    expect(fake.paths.userData).toBe(dataDir)
    expect(fake.privileged).toEqual([
      {
        scheme: 'app',
        privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true }
      }
    ])
  })

  it('opens one hardened window on app://', () => {
    const win = fake.windows[0]
    expect(win?.url).toBe(APP_ENTRY_URL)
    expect(win?.options.webPreferences).toMatchObject({
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false
    })
  })

  it('hardens the web contents and the session', () => {
    const contents = fake.windows[0]?.contents
    let prevented = false
    const preventDefault = () => (prevented = true)
    contents?.emit('will-navigate', { url: 'app://yardstick@evil/', preventDefault })
    expect(prevented).toBe(true)
    expect(contents?.openHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
    const granted: boolean[] = []
    fake.permission?.(null, 'media', (ok: boolean) => granted.push(ok))
    expect(granted).toEqual([false])
    const decisions: unknown[] = []
    fake.beforeRequest?.({ url: 'https://cdn.example/x.js' }, (d: unknown) => decisions.push(d))
    expect(decisions).toEqual([{ cancel: true }])
  })

  it('starts the server process with the data folder and no binding when none exists', () => {
    expect(fake.forks).toHaveLength(1)
    expect(fake.forks[0]?.modulePath).toMatch(/server-process\.js$/)
    expect(fake.forks[0]?.args).toEqual([`--yardstick-data=${dataDir}`])
  })

  it('answers the invoke channel from the real server, and refuses a foreign sender', async () => {
    const status = await invoke(topFrame, 'session/status', {}, null)
    expect(status).toEqual({ ok: true, value: { state: 'setupRequired' } })
    expect(await invoke(topFrame, 'cases/list', {}, null)).toMatchObject(failure('UNAUTHENTICATED'))
    const foreign = { senderFrame: { url: 'file:///tmp/x.html', parent: null } }
    expect(await invoke(foreign, 'session/status', {}, null)).toMatchObject(failure('FORBIDDEN'))
  })

  it('serves the renderer through the app:// handler', async () => {
    const response = await fake.protocol?.(new Request('app://yardstick/index.html'))
    expect(response?.status).toBe(200)
    expect(response?.headers.get('content-security-policy')).toContain("script-src 'self'")
  })

  it('sets the Chinese application menu', () => {
    expect(fake.menu?.map((item) => item.label)).toEqual([
      '文件(&F)',
      '编辑(&E)',
      '视图(&V)',
      '帮助(&H)'
    ])
    const file = fake.menu?.[0]?.submenu ?? []
    expect(file.map((item) => item.id).filter(Boolean)).toContain('file.import-package')
  })

  it('turns spell-check off and asks where to save every download', () => {
    expect(fake.spellChecker).toBe(false)
    const options: unknown[] = []
    const item = {
      getFilename: () => '决定书.pdf',
      setSaveDialogOptions: (o: unknown) => options.push(o)
    }
    fake.defaultSession?.emit('will-download', {}, item)
    expect(options).toMatchObject([
      { title: '保存文件', defaultPath: join('/home/user/documents', '决定书.pdf') }
    ])
  })

  it('opens a print preview of a PDF the page sends, under the preview rules', async () => {
    const handler = fake.ipc.get('yardstick:print-pdf')
    const pdf = Buffer.from('%PDF-1.7\n%%EOF\n')
    const request = { fileName: '决定书.pdf', contentBase64: pdf.toString('base64') }
    expect(await handler?.(topFrame, request)).toEqual({ ok: true, value: { opened: true } })
    const preview = fake.windows[1]
    expect(preview?.options.webPreferences).toMatchObject({
      partition: 'yardstick-print',
      plugins: true,
      sandbox: true
    })
    expect(preview?.options.parent).toBe(fake.windows[0]?.instance)
    const file = fileURLToPath(preview?.url ?? '')
    expect(file.startsWith(fake.tempDir)).toBe(true)
    expect(readFileSync(file).equals(pdf)).toBe(true)
    // The preview may show its document, never navigate away or fetch anything remote.
    const navigate = (url: string) => {
      let prevented = false
      preview?.contents.emit('will-navigate', { url, preventDefault: () => (prevented = true) })
      return prevented
    }
    expect(navigate(preview?.url ?? '')).toBe(false)
    expect(navigate('https://example.com/')).toBe(true)
    expect(navigate('app://yardstick/index.html')).toBe(true)
    // The PDF viewer, hosted by the preview, may load; the app window may not go there.
    const viewer = 'chrome-extension://mhjfbmdgcfjbbpaeojofohoefgiehjai/index.html'
    const { app } = await import('electron')
    const { EventEmitter: Emitter } = await import('node:events')
    const guest = Object.assign(new Emitter(), {
      id: 99,
      session: {},
      hostWebContents: preview?.contents,
      setWindowOpenHandler: () => {}
    })
    app.emit('web-contents-created', {}, guest)
    let guestPrevented = false
    guest.emit('will-frame-navigate', {
      url: viewer,
      preventDefault: () => (guestPrevented = true)
    })
    expect(guestPrevented).toBe(false)
    let appPrevented = false
    const appContents = fake.windows[0]?.contents
    appContents?.emit('will-navigate', { url: viewer, preventDefault: () => (appPrevented = true) })
    expect(appPrevented).toBe(true)
    const decisions: unknown[] = []
    fake.printBeforeRequest?.({ url: 'https://x.example/' }, (d: unknown) => decisions.push(d))
    expect(decisions).toEqual([{ cancel: true }])
    // Closing the preview deletes the temporary copy.
    preview?.instance.emit('closed')
    expect(existsSync(file)).toBe(false)
  })

  it('refuses to print from a foreign page', async () => {
    const handler = fake.ipc.get('yardstick:print-pdf')
    const foreign = { senderFrame: { url: 'file:///tmp/x.html', parent: null } }
    const request = { fileName: 'a.pdf', contentBase64: Buffer.from('%PDF-1.7').toString('base64') }
    expect(await handler?.(foreign, request)).toMatchObject(failure('FORBIDDEN'))
  })

  it('keeps the window state when the window closes', () => {
    fake.windows[0]?.instance.emit('close')
    const saved = JSON.parse(readFileSync(join(dataDir, 'window-state.json'), 'utf8')) as unknown
    expect(saved).toEqual({ x: 10, y: 20, width: 1300, height: 900, maximized: false })
  })

  it('on quit, stops the server before letting the app quit', async () => {
    const { app } = await import('electron')
    let deferred = false
    app.emit('before-quit', { preventDefault: () => (deferred = true) })
    expect(deferred).toBe(true)
    await vi.waitFor(() => expect(fake.calls).toContain('quit'))
    expect(await invoke(topFrame, 'session/status', {}, null)).toMatchObject(failure('INTERNAL'))
  })
})
