import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createMainWindow, frameOptions, hardenWebContents } from '../../../electron/main/window'
import { fake, FakeBrowserWindow, FakeWebContents, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

let dir: string
beforeEach(() => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gpp-win-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('window options', () => {
  const created = () => {
    createMainWindow({
      preload: '/app/out/preload/index.cjs',
      entryUrl: 'file:///app/out/renderer/index.html',
      stateFile: join(dir, 'none.json'),
      darkBackground: false,
    })
    return FakeBrowserWindow.instances[0]?.options ?? {}
  }

  it('isolate and sandbox the page, with no Node and the preload from out/preload', () => {
    expect(created().webPreferences).toEqual({
      preload: '/app/out/preload/index.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      disableBlinkFeatures: 'Auxclick',
      safeDialogs: true,
      spellcheck: false,
    })
  })

  it('open hidden until the first paint, at the default size with a minimum', () => {
    expect(created()).toMatchObject({
      show: false,
      width: 1280,
      height: 800,
      minWidth: 800,
      minHeight: 560,
      backgroundColor: '#ffffff',
    })
    expect(created()).not.toHaveProperty('x')
  })

  it('carry a restored position', () => {
    expect(frameOptions({ x: 40, y: 60, width: 900, height: 700, maximized: false }, '#000')).toMatchObject({
      x: 40,
      y: 60,
      width: 900,
      height: 700,
    })
  })
})

describe('hardened web contents', () => {
  it('deny every navigation, redirect, webview and new window', () => {
    const contents = new FakeWebContents()
    hardenWebContents(contents as never)
    expect(contents.attempt('will-navigate', 'https://example.com/')).toBe(true)
    expect(contents.attempt('will-navigate', 'file:///etc/passwd')).toBe(true)
    expect(contents.attempt('will-redirect', 'https://example.com/')).toBe(true)
    expect(contents.attempt('will-attach-webview', {}, {})).toBe(true)
    expect(contents.windowOpenHandler?.({ url: 'https://example.com/' })).toEqual({ action: 'deny' })
  })
})

describe('createMainWindow', () => {
  const create = () =>
    createMainWindow({
      preload: '/app/out/preload/index.cjs',
      entryUrl: 'file:///app/out/renderer/index.html',
      stateFile: join(dir, 'window-state.json'),
      darkBackground: true,
    })

  it('loads the app hidden and shows it when ready', () => {
    create()
    const win = FakeBrowserWindow.instances[0]
    expect(win?.loadedUrl).toBe('file:///app/out/renderer/index.html')
    expect(win?.options).toMatchObject({ backgroundColor: '#1f1f1f', show: false })
    expect(win?.shown).toBe(false)
    win?.emit('ready-to-show')
    expect(win?.shown).toBe(true)
  })

  it('restores the saved place and maximised state when the display is still there', () => {
    writeFileSync(
      join(dir, 'window-state.json'),
      JSON.stringify({ bounds: { x: 100, y: 80, width: 1000, height: 700 }, maximized: true }),
    )
    create()
    const win = FakeBrowserWindow.instances[0]
    expect(win?.options).toMatchObject({ x: 100, y: 80, width: 1000, height: 700 })
    expect(win?.maximized).toBe(true)
  })

  it('ignores a saved place on a display that is gone', () => {
    writeFileSync(
      join(dir, 'window-state.json'),
      JSON.stringify({ bounds: { x: 3000, y: 80, width: 1000, height: 700 }, maximized: false }),
    )
    create()
    expect(FakeBrowserWindow.instances[0]?.options).not.toHaveProperty('x')
  })

  it('uses a second display when the window was there', () => {
    fake.screen.displays.push({ id: 2, workArea: { x: 1920, y: 0, width: 1920, height: 1080 } })
    writeFileSync(
      join(dir, 'window-state.json'),
      JSON.stringify({ bounds: { x: 2500, y: 80, width: 1000, height: 700 }, maximized: false }),
    )
    create()
    expect(FakeBrowserWindow.instances[0]?.options).toMatchObject({ x: 2500, y: 80, width: 1000, height: 700 })
  })

  it('remembers the normal bounds and maximised state on close', () => {
    create()
    const win = FakeBrowserWindow.instances[0] as FakeBrowserWindow
    win.normalBounds = { x: 11, y: 22, width: 1111, height: 777 }
    win.maximized = true
    win.emit('close')
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({
      bounds: { x: 11, y: 22, width: 1111, height: 777 },
      maximized: true,
    })
  })
})
