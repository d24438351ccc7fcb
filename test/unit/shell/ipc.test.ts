import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/api/bridge'
import { ok } from '../../../shared/api/result'
import { isTrustedSender, registerApiIpc, sendEvent } from '../../../electron/main/ipc'
import { rendererLocation } from '../../../electron/main/rendererLocation'
import { fake, FakeWebContents, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

const location = rendererLocation(join('/opt', 'gpp', 'out', 'main'), undefined)
const appUrl = pathToFileURL(join('/opt', 'gpp', 'out', 'renderer', 'index.html')).href

/** An invoke event from a frame showing `url`, either the window's top frame or a subframe. */
function eventFrom(url: string, topFrame = true) {
  const sender = new FakeWebContents()
  sender.mainFrame.url = url
  const senderFrame = topFrame ? sender.mainFrame : { url }
  return { sender, senderFrame } as never
}

type InvokeHandler = (event: unknown, method: unknown, params: unknown) => Promise<unknown>

describe('the IPC sender check', () => {
  it("accepts the app's own page", () => {
    expect(isTrustedSender(eventFrom(appUrl), location.isAppUrl)).toBe(true)
    expect(isTrustedSender(eventFrom(`${appUrl}#/matrix`), location.isAppUrl)).toBe(true)
  })

  it('refuses remote pages, other local files, subframes and vanished frames', () => {
    expect(isTrustedSender(eventFrom('https://evil.example.com/'), location.isAppUrl)).toBe(false)
    expect(isTrustedSender(eventFrom('file:///home/ana/Downloads/evil.html'), location.isAppUrl)).toBe(false)
    expect(isTrustedSender(eventFrom(appUrl, false), location.isAppUrl)).toBe(false)
    expect(isTrustedSender({ sender: new FakeWebContents(), senderFrame: null } as never, location.isAppUrl)).toBe(
      false,
    )
  })
})

describe("'api:invoke'", () => {
  let handler: InvokeHandler
  const api = { invoke: vi.fn(async (method: string) => ok({ method })) }

  beforeEach(() => {
    resetFakeElectron()
    api.invoke.mockClear()
    registerApiIpc(fake.ipcMain, api, location.isAppUrl)
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function))
    handler = fake.ipcMain.handle.mock.calls[0]?.[1] as InvokeHandler
  })

  it("forwards the app's calls to the API and returns its result", async () => {
    await expect(handler(eventFrom(appUrl), 'portfolio:get', {})).resolves.toEqual({
      ok: true,
      data: { method: 'portfolio:get' },
    })
    expect(api.invoke).toHaveBeenCalledWith('portfolio:get', {})
  })

  it('refuses a foreign sender before the API sees the call', async () => {
    await expect(
      handler(eventFrom('https://evil.example.com/'), 'portfolio:open', { path: '/etc/passwd' }),
    ).rejects.toThrow('Refused')
    expect(api.invoke).not.toHaveBeenCalled()
  })

  it('passes a non-string method on as a string, for the API to reject by name', async () => {
    await handler(eventFrom(appUrl), 42, {})
    expect(api.invoke).toHaveBeenCalledWith('42', {})
  })

  it('can be unregistered', () => {
    resetFakeElectron()
    registerApiIpc(fake.ipcMain, api, location.isAppUrl)()
    expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(IPC_INVOKE)
  })
})

describe("'api:event'", () => {
  it('sends the event name and payload to the page', () => {
    const contents = new FakeWebContents()
    sendEvent(contents, 'menu:command', { command: 'undo' })
    expect(contents.send).toHaveBeenCalledWith(IPC_EVENT, { event: 'menu:command', payload: { command: 'undo' } })
  })

  it('sends nothing to a page that is gone', () => {
    const contents = new FakeWebContents()
    contents.destroyed = true
    sendEvent(contents, 'menu:command', { command: 'redo' })
    expect(contents.send).not.toHaveBeenCalled()
  })
})
