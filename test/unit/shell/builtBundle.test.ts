import { execFile } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import Module from 'node:module'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { METHODS } from '../../../shared/api/contract'
import { fake, FakeBrowserWindow, resetFakeElectron } from './fakeElectron'

// Builds main, preload and renderer with the real electron.vite.config.ts into a scratch folder and
// runs the bundles against the fake Electron: catches what unit tests of the sources cannot
// (bundling, CommonJS output, paths between out/main, out/preload and out/renderer).
const repo = resolve(import.meta.dirname, '../../..')
// Inside the checkout, so the bundle's require('better-sqlite3') finds node_modules as it will in the app.
const scratchRoot = join(repo, 'node_modules', '.cache', 'gpp-bundle-test')
let scratch: string
let out: string

type Loader = (request: string, parent: unknown, isMain: boolean) => unknown
const moduleInternals = Module as unknown as { _load: Loader }

beforeAll(async () => {
  mkdirSync(scratchRoot, { recursive: true })
  scratch = mkdtempSync(join(scratchRoot, 'run-'))
  out = join(scratch, 'out')
  await promisify(execFile)(
    process.execPath,
    [join(repo, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--outDir', out],
    {
      cwd: repo,
      timeout: 280_000,
    },
  )
})
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

describe('the built preload', () => {
  it('is CommonJS that needs nothing but electron (a sandboxed preload can require nothing else) and carries no zod', () => {
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8')
    expect(code).not.toMatch(/zod/)
    resetFakeElectron()
    const required: string[] = []
    const sandboxRequire = (name: string): unknown => {
      required.push(name)
      if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`)
      return fake
    }
    new Function('require', 'module', 'exports', code)(sandboxRequire, { exports: {} }, {})
    expect(required).toEqual(['electron'])
    const [key, bridge] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { invoke: (m: string, p: unknown) => Promise<unknown> },
    ]
    expect(key).toBe('gpp')
    return expect(bridge.invoke('shell:exec', {})).resolves.toMatchObject({
      ok: false,
      error: { code: 'unknown_method' },
    })
  })

  it('knows every contract method', async () => {
    resetFakeElectron()
    const code = readFileSync(join(out, 'preload', 'index.cjs'), 'utf8')
    new Function('require', 'module', 'exports', code)(() => fake, { exports: {} }, {})
    const [, bridge] = fake.contextBridge.exposeInMainWorld.mock.calls[0] as [
      string,
      { invoke: (m: string, p: unknown) => Promise<unknown> },
    ]
    fake.ipcRenderer.invoke.mockResolvedValue({ ok: true, data: null })
    for (const method of METHODS) await bridge.invoke(method, {})
    expect(fake.ipcRenderer.invoke.mock.calls.map((c) => c[1])).toEqual(METHODS)
  })
})

describe('the built main process', () => {
  it('starts, and points the window at the built preload and renderer', async () => {
    resetFakeElectron()
    fake.app.userData = join(scratch, 'userData')
    const original = moduleInternals._load
    moduleInternals._load = function (request, parent, isMain) {
      return request === 'electron' ? fake : original.call(this, request, parent, isMain)
    }
    try {
      const requireFromHere = Module.createRequire(import.meta.url)
      requireFromHere(join(out, 'main', 'index.cjs'))
    } finally {
      moduleInternals._load = original
    }
    fake.app.becomeReady()
    await expect.poll(() => FakeBrowserWindow.instances.length).toBe(1)
    const win = FakeBrowserWindow.instances[0] as FakeBrowserWindow
    const preload = (win.options.webPreferences as { preload: string }).preload
    expect(preload).toBe(join(out, 'preload', 'index.cjs'))
    expect(existsSync(preload)).toBe(true)
    expect(fileURLToPath(win.loadedUrl ?? '')).toBe(join(out, 'renderer', 'index.html'))
    expect(existsSync(join(out, 'renderer', 'index.html'))).toBe(true)
    expect(existsSync(join(fake.app.userData, 'Portfolio.aiportfolio'))).toBe(true)
    fake.app.emit('will-quit')
  })
})
