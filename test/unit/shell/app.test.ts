import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_EVENT, IPC_FILES, IPC_INVOKE } from '../../../shared/api/bridge'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { startApp } from '../../../electron/main/app'
import { PortfolioSession } from '../../../electron/db/session'
import { fake, FakeBrowserWindow, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

const mainDir = join('/opt', 'gpp', 'out', 'main')
let dir: string

beforeEach(() => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gpp-app-'))
  fake.app.userData = join(dir, 'userData')
  fake.app.documents = join(dir, 'Documents')
})
afterEach(() => {
  fake.app.emit('will-quit') // closes the open portfolio file
  rmSync(dir, { recursive: true, force: true })
})

const theWindow = async (): Promise<FakeBrowserWindow> => {
  await vi.waitFor(() => expect(FakeBrowserWindow.instances).toHaveLength(1))
  return FakeBrowserWindow.instances[0] as FakeBrowserWindow
}

async function portfolioFileAt(path: string): Promise<void> {
  const other = new PortfolioSession({ userDataDir: join(dir, 'elsewhere'), samplePortfolio })
  await other.create(path, true)
  other.close()
}

describe('single instance', () => {
  it('a second launch quits at once, without a window or a portfolio', async () => {
    fake.app.lock = false
    startApp(mainDir)
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
    fake.app.becomeReady()
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(FakeBrowserWindow.instances).toHaveLength(0)
    expect(fake.app.listenerCount('second-instance')).toBe(0)
    expect(existsSync(join(fake.app.userData, 'Portfolio.aiportfolio'))).toBe(false)
  })

  it('the first instance, when launched again with a file, comes to the front and opens that file', async () => {
    startApp(mainDir)
    fake.app.becomeReady()
    const win = await theWindow()
    win.minimized = true
    const other = join(dir, 'Board.aiportfolio')
    await portfolioFileAt(other)

    fake.app.emit('second-instance', {}, ['/opt/gpp/gpp', other], dir)
    expect(win.minimized).toBe(false)
    expect(win.focused).toBe(1)
    await vi.waitFor(() =>
      expect(win.webContents.send).toHaveBeenCalledWith(
        IPC_EVENT,
        expect.objectContaining({ event: 'portfolio:switched' }),
      ),
    )
    const [, message] = win.webContents.send.mock.calls[0] as [string, { payload: { path: string } }]
    expect(message.payload.path).toBe(other)
  })

  it('a second launch with a file that is not a portfolio shows why and keeps the current one', async () => {
    startApp(mainDir)
    fake.app.becomeReady()
    const win = await theWindow()
    const bad = join(dir, 'notes.aiportfolio')
    writeFileSync(bad, 'just text')
    fake.app.emit('second-instance', {}, ['/opt/gpp/gpp', bad], dir)
    await vi.waitFor(() => expect(fake.dialog.showMessageBox).toHaveBeenCalled())
    const [, options] = fake.dialog.showMessageBox.mock.calls[0] as unknown as [
      unknown,
      { message: string; detail: string },
    ]
    expect(options.message).toBe('Could not open notes.aiportfolio.')
    expect(options.detail).toContain('"Portfolio.aiportfolio" is still open and unchanged.')
    expect(win.webContents.send).not.toHaveBeenCalled()
  })
})

describe('start-up', () => {
  it('creates the default portfolio from the sample, wires IPC and menus, then opens the sandboxed window', async () => {
    startApp(mainDir)
    expect(fake.app.setName).toHaveBeenCalledWith('Gen AI Portfolio Planner')
    expect(fake.app.enableSandbox).toHaveBeenCalled()
    fake.app.becomeReady()
    const win = await theWindow()
    expect(existsSync(join(fake.app.userData, 'Portfolio.aiportfolio'))).toBe(true)
    expect(fake.ipcMain.handle).toHaveBeenCalledWith(IPC_INVOKE, expect.any(Function))
    // The export/import dialogs and "show in folder", each on its own checked channel.
    for (const channel of Object.values(IPC_FILES))
      expect(fake.ipcMain.handle).toHaveBeenCalledWith(channel, expect.any(Function))
    expect(fake.Menu.setApplicationMenu).toHaveBeenCalled()
    expect(fake.session.defaultSession.handlers.beforeRequest).toBeDefined()
    expect(win.options.webPreferences).toMatchObject({
      preload: join('/opt', 'gpp', 'out', 'preload', 'index.cjs'),
      sandbox: true,
      contextIsolation: true,
    })
    expect(win.loadedUrl).toMatch(/^file:\/\/.*\/out\/renderer\/index\.html$/)
    // The window's pages are hardened through 'web-contents-created'.
    expect(win.webContents.windowOpenHandler?.({ url: 'https://example.com' })).toEqual({ action: 'deny' })
  })

  it('answers the page over IPC with the open portfolio', async () => {
    startApp(mainDir)
    fake.app.becomeReady()
    const win = await theWindow()
    const handler = fake.ipcMain.handle.mock.calls[0]?.[1] as (
      event: unknown,
      method: string,
      params: unknown,
    ) => Promise<{ ok: boolean; data: { path: string } }>
    win.webContents.mainFrame.url = win.loadedUrl ?? ''
    const result = await handler(
      { sender: win.webContents, senderFrame: win.webContents.mainFrame },
      'portfolio:get',
      {},
    )
    expect(result.ok).toBe(true)
    expect(result.data.path).toBe(join(fake.app.userData, 'Portfolio.aiportfolio'))
  })

  it('opens a file handed over by macOS before the app was ready', async () => {
    const path = join(dir, 'Q3.aiportfolio')
    await portfolioFileAt(path)
    startApp(mainDir)
    let prevented = false
    fake.app.emit('open-file', { preventDefault: () => (prevented = true) }, path)
    expect(prevented).toBe(true)
    fake.app.becomeReady()
    await theWindow()
    const menu = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as {
      label?: string
      submenu?: { label?: string; submenu?: { label?: string }[] }[]
    }[]
    const recent = menu.find((m) => m.label === '&File')?.submenu?.find((i) => i.label === 'Open Recent')?.submenu
    expect(recent?.map((r) => r.label)).toEqual([path])
    expect(existsSync(join(fake.app.userData, 'Portfolio.aiportfolio'))).toBe(false)
  })

  it('remembers the theme chosen in View > Theme for the next start', async () => {
    startApp(mainDir)
    fake.app.becomeReady()
    await theWindow()
    const menu = fake.Menu.buildFromTemplate.mock.calls.at(-1)?.[0] as {
      label?: string
      submenu?: { label?: string; submenu?: { label?: string; click?: () => void }[] }[]
    }[]
    const themes = menu.find((m) => m.label === '&View')?.submenu?.find((i) => i.label === 'Theme')?.submenu
    themes?.find((t) => t.label === 'Dark')?.click?.()
    expect(fake.nativeTheme.themeSource).toBe('dark')
    fake.app.emit('will-quit')

    resetFakeElectron()
    fake.app.userData = join(dir, 'userData')
    startApp(mainDir)
    fake.app.becomeReady()
    await theWindow()
    expect(fake.nativeTheme.themeSource).toBe('dark')
  })

  it('quits when the window is closed', () => {
    startApp(mainDir)
    fake.app.emit('window-all-closed')
    expect(fake.app.quit).toHaveBeenCalledTimes(1)
  })
})
