import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { rendererLocation } from '../../../electron/main/rendererLocation'
import { contentSecurityPolicy, hardenSession } from '../../../electron/main/security'
import { fake, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

const mainDir = join('/opt', 'gpp', 'out', 'main')
const appFile = (name: string) => pathToFileURL(join('/opt', 'gpp', 'out', 'renderer', name)).href

type Callback = (response: Record<string, unknown>) => void

function handlersFor(devServer: string | undefined) {
  resetFakeElectron()
  hardenSession(fake.session.defaultSession as never, rendererLocation(mainDir, devServer))
  return fake.session.defaultSession.handlers
}

function beforeRequest(devServer: string | undefined, url: string): Record<string, unknown> {
  let answer: Record<string, unknown> = {}
  const handler = handlersFor(devServer).beforeRequest as unknown as (details: { url: string }, cb: Callback) => void
  handler({ url }, (response) => (answer = response))
  return answer
}

beforeEach(() => {
  vi.spyOn(console, 'warn').mockImplementation(() => undefined)
})

describe('Content-Security-Policy', () => {
  it('allows scripts only from the app, no inline script, no eval, no plugins, no framing', () => {
    const csp = contentSecurityPolicy(undefined)
    expect(csp.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      "img-src 'self' data: blob:",
      "font-src 'self' data:",
      "connect-src 'self'",
      "object-src 'none'",
      "base-uri 'none'",
      "form-action 'none'",
      "frame-src 'none'",
      "frame-ancestors 'none'",
    ])
  })

  it("lets the dev server's hot-reload socket connect in development", () => {
    expect(contentSecurityPolicy('http://localhost:5173')).toContain("connect-src 'self' ws://localhost:5173")
  })

  it('is added to every response', () => {
    const handler = handlersFor(undefined).headersReceived as unknown as (
      d: { responseHeaders: Record<string, string[]> },
      cb: Callback,
    ) => void
    let answer: Record<string, unknown> = {}
    handler({ responseHeaders: { 'Content-Type': ['text/html'] } }, (response) => (answer = response))
    expect(answer).toEqual({
      responseHeaders: { 'Content-Type': ['text/html'], 'Content-Security-Policy': [contentSecurityPolicy(undefined)] },
    })
  })
})

describe('requests', () => {
  it("are allowed for the app's own files and devtools", () => {
    expect(beforeRequest(undefined, appFile('index.html'))).toEqual({ cancel: false })
    expect(beforeRequest(undefined, appFile('assets/grid.css'))).toEqual({ cancel: false })
    expect(beforeRequest(undefined, 'devtools://devtools/bundled/inspector.html')).toEqual({ cancel: false })
  })

  it('are cancelled for anything on the network, and for other local files', () => {
    for (const url of [
      'https://api.openai.com/v1/models',
      'http://localhost:5173/',
      'wss://example.com/',
      'file:///etc/hosts',
    ]) {
      expect(beforeRequest(undefined, url)).toEqual({ cancel: true })
    }
  })

  it('reach the dev server only in development', () => {
    expect(beforeRequest('http://localhost:5173/', 'http://localhost:5173/src/main.tsx')).toEqual({ cancel: false })
    expect(beforeRequest('http://localhost:5173/', 'https://cdn.example.com/x.js')).toEqual({ cancel: true })
  })
})

describe('permissions', () => {
  it('are all refused: camera, notifications, clipboard reads, geolocation…', () => {
    const handlers = handlersFor(undefined)
    const answers: boolean[] = []
    const request = handlers.permissionRequest as unknown as (
      c: unknown,
      p: string,
      cb: (granted: boolean) => void,
    ) => void
    for (const permission of ['media', 'notifications', 'clipboard-read', 'geolocation'])
      request({}, permission, (granted) => answers.push(granted))
    expect(answers).toEqual([false, false, false, false])
    expect((handlers.permissionCheck as unknown as () => boolean)()).toBe(false)
  })

  it('include no spellchecker, which would download dictionaries', () => {
    handlersFor(undefined)
    expect(fake.session.defaultSession.setSpellCheckerEnabled).toHaveBeenCalledWith(false)
  })
})
