import { beforeEach, describe, expect, it, vi } from 'vitest'
import { API_NAMES } from '../../../electron.vite.config'
import { createBridge } from '../../../electron/preload/bridge'
import { IPC_EVENT, IPC_INVOKE } from '../../../shared/api/bridge'
import { EVENT_NAMES, METHODS } from '../../../shared/api/contract'
import { fake, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

type IpcListener = (event: unknown, message: unknown) => void

const names = { methods: METHODS, events: EVENT_NAMES }
beforeEach(() => resetFakeElectron())

describe('the name lists written into the preload at build time', () => {
  it('are exactly the contract methods and events', () => {
    expect(JSON.parse(JSON.stringify(API_NAMES))).toEqual({ methods: [...METHODS], events: [...EVENT_NAMES] })
    expect(API_NAMES.methods).toContain('portfolio:get')
  })
})

describe('window.gpp', () => {
  it('is exposed under "gpp" with invoke, on and the desktop file dialogs, and nothing else', async () => {
    vi.stubGlobal('__GPP_API_NAMES__', names)
    await import('../../../electron/preload/index')
    expect(fake.contextBridge.exposeInMainWorld).toHaveBeenCalledTimes(1)
    const [key, bridge] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [string, object]
    expect(key).toBe('gpp')
    expect(Object.keys(bridge).sort()).toEqual(['files', 'invoke', 'on'])
    expect(Object.keys((bridge as { files: object }).files).sort()).toEqual([
      'chooseOpenFile',
      'chooseSavePath',
      'revealPath',
    ])
    vi.unstubAllGlobals()
  })

  it('sends every contract method over api:invoke and returns the answer', async () => {
    const bridge = createBridge(fake.ipcRenderer, names)
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: 'answer' })
    for (const method of METHODS) {
      await expect(bridge.invoke(method, {} as never)).resolves.toEqual({ ok: true, data: 'answer' })
      expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_INVOKE, method, {})
    }
    expect(fake.ipcRenderer.invoke).toHaveBeenCalledTimes(METHODS.length)
  })

  it('rejects a method outside the contract without touching IPC', async () => {
    const bridge = createBridge(fake.ipcRenderer, names)
    for (const method of ['fs:readFile', 'constructor', '__proto__', 'portfolio:GET', 42]) {
      const result = await bridge.invoke(method as never, {} as never)
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_method' } })
    }
    expect(fake.ipcRenderer.invoke).not.toHaveBeenCalled()
  })

  it('turns a refused or failed IPC call into a typed error', async () => {
    const bridge = createBridge(fake.ipcRenderer, names)
    fake.ipcRenderer.invoke.mockRejectedValue(new Error('Refused: this page is not the application.'))
    await expect(bridge.invoke('portfolio:get', {})).resolves.toEqual({
      ok: false,
      error: {
        code: 'internal',
        message: 'The call portfolio:get did not reach the application: Refused: this page is not the application.',
      },
    })
  })

  it('delivers only its own event, with the payload and never the IPC event, and unsubscribes', () => {
    const bridge = createBridge(fake.ipcRenderer, names)
    const received: unknown[][] = []
    const off = bridge.on('menu:command', (...args: unknown[]) => received.push(args))
    expect(fake.ipcRenderer.on).toHaveBeenCalledWith(IPC_EVENT, expect.any(Function))
    const listener = fake.ipcRenderer.on.mock.calls[0]?.[1] as IpcListener
    const ipcEvent = { sender: 'the ipcRenderer', ports: [] }
    listener(ipcEvent, { event: 'menu:command', payload: { command: 'undo' } })
    listener(ipcEvent, { event: 'portfolio:switched', payload: { path: '/x' } })
    listener(ipcEvent, 'garbage')
    expect(received).toEqual([[{ command: 'undo' }]])
    off()
    expect(fake.ipcRenderer.removeListener).toHaveBeenCalledWith(IPC_EVENT, listener)
  })

  it('refuses to subscribe to an event outside the contract', () => {
    const bridge = createBridge(fake.ipcRenderer, names)
    expect(() => bridge.on('api:invoke' as never, () => undefined)).toThrow('There is no API event named "api:invoke"')
    expect(() => bridge.on('menu:command', 'not a function' as never)).toThrow('must be a function')
    expect(fake.ipcRenderer.on).not.toHaveBeenCalled()
  })
})
