import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import {
  createPrintHandler,
  MENU_CHANNEL,
  PRINT_CHANNEL,
  registerPrint,
  sendMenuCommand
} from './desktop-ipc'
import { INVOKE_CHANNEL } from './ipc'
import type { PrintJob } from './print'
import { APP_ENTRY_URL, APP_ORIGIN } from './window-options'

const PDF_BASE64 = Buffer.from('%PDF-1.7\n%%EOF\n').toString('base64')
const top = { url: APP_ENTRY_URL, isTopFrame: true }

function setup(fail = false) {
  const opened: PrintJob[] = []
  const handler = createPrintHandler(async (job) => {
    if (fail) throw new Error('no window')
    opened.push(job)
  }, APP_ORIGIN)
  return { opened, handler }
}

describe('createPrintHandler', () => {
  it('opens a PDF the app page sent', async () => {
    const { handler, opened } = setup()
    const result = await handler(top, { fileName: '决定书.pdf', contentBase64: PDF_BASE64 })
    expect(result).toEqual({ ok: true, value: { opened: true } })
    expect(opened.map((job) => job.fileName)).toEqual(['决定书.pdf'])
  })

  it.each([
    ['no frame', null],
    ['a foreign page', { url: 'https://evil.example/', isTopFrame: true }],
    ['a subframe', { url: APP_ENTRY_URL, isTopFrame: false }]
  ])('refuses %s', async (_name, frame) => {
    const { handler, opened } = setup()
    const result = await handler(frame, { fileName: 'a.pdf', contentBase64: PDF_BASE64 })
    expect(result.ok ? null : result.error.code).toBe('FORBIDDEN')
    expect(opened).toEqual([])
  })

  it('refuses what is not a PDF without opening anything', async () => {
    const { handler, opened } = setup()
    const html = Buffer.from('<html>').toString('base64')
    const result = await handler(top, { fileName: 'a.pdf', contentBase64: html })
    expect(result.ok ? null : result.error.code).toBe('VALIDATION')
    expect(opened).toEqual([])
  })

  it('reports a preview that cannot open as INTERNAL', async () => {
    const { handler } = setup(true)
    const result = await handler(top, { fileName: 'a.pdf', contentBase64: PDF_BASE64 })
    expect(result.ok ? null : result.error.code).toBe('INTERNAL')
  })
})

describe('registerPrint and sendMenuCommand', () => {
  it('registers the print channel and removes it', async () => {
    const handlers = new Map<string, (...args: unknown[]) => unknown>()
    const remove = registerPrint(
      {
        handle: (channel: string, listener: (...args: unknown[]) => unknown) => {
          handlers.set(channel, listener)
        },
        removeHandler: (channel: string) => {
          handlers.delete(channel)
        }
      } as never,
      setup().handler
    )
    const event = { senderFrame: { url: APP_ENTRY_URL, parent: null } }
    const request = { fileName: 'a.pdf', contentBase64: PDF_BASE64 }
    expect(await handlers.get(PRINT_CHANNEL)?.(event, request)).toMatchObject({ ok: true })
    remove()
    expect(handlers.size).toBe(0)
  })

  it('sends a menu command on the menu channel', () => {
    const sent: unknown[][] = []
    sendMenuCommand({ send: (...args: unknown[]) => sent.push(args) } as never, {
      type: 'navigate',
      page: 'exchange'
    })
    expect(sent).toEqual([[MENU_CHANNEL, { type: 'navigate', page: 'exchange' }]])
  })

  it('uses three distinct channels in one namespace', () => {
    const channels = [INVOKE_CHANNEL, MENU_CHANNEL, PRINT_CHANNEL]
    expect(new Set(channels).size).toBe(3)
    for (const channel of channels) expect(channel).toMatch(/^yardstick:/)
  })
})

describe('preload desktop bridge', () => {
  const source = readFileSync(join(__dirname, '..', 'preload', 'index.ts'), 'utf8')

  it('listens on the menu channel and invokes the print channel main handles', () => {
    expect(source).toContain(`ipcRenderer.on('${MENU_CHANNEL}'`)
    expect(source).toContain(`ipcRenderer.removeListener('${MENU_CHANNEL}'`)
    expect(source).toContain(`ipcRenderer.invoke('${PRINT_CHANNEL}'`)
  })

  it('never hands the IPC event (and its sender) to the page', () => {
    expect(source).toMatch(/\(_event: IpcRendererEvent, command: unknown\) => listener\(command\)/)
  })
})
