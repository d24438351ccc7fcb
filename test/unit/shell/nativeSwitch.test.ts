import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { BuildRequest, BuildResult } from '../../../build/nativeSwitch.mjs'
import { ensureNative, nativePaths } from '../../../build/nativeSwitch.mjs'

const repo = resolve(import.meta.dirname, '../../..')
const NODE_ABI = Number(process.versions.modules)
// Electron 45 runs Node ABI 150 (node_modules/electron/abi_version says so too).
const ELECTRON_ABI = 150
const fakeAddon = (abi: number): string => `\u007fELF fake addon node_register_module_v${abi}\0 padding`

let root: string
let live: string
let cached: (abi: number) => string

/** A project with its own better-sqlite3 and electron package files, so the real checkout is never touched. */
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'gpp-native-'))
  const modules = join(root, 'node_modules')
  mkdirSync(join(modules, 'better-sqlite3', 'build', 'Release'), { recursive: true })
  mkdirSync(join(modules, 'electron'), { recursive: true })
  writeFileSync(join(root, 'package.json'), '{"name":"fixture","version":"1.0.0"}')
  writeFileSync(join(modules, 'better-sqlite3', 'package.json'), '{"name":"better-sqlite3","version":"12.11.1"}')
  writeFileSync(join(modules, 'electron', 'package.json'), '{"name":"electron","version":"45.5.0"}')
  symlinkSync(join(repo, 'node_modules', 'node-abi'), join(modules, 'node-abi'))
  const paths = nativePaths(root)
  live = paths.live
  cached = paths.cached
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

function builderProducing(result: (request: BuildRequest) => BuildResult): {
  build: (r: BuildRequest) => BuildResult
  calls: BuildRequest[]
} {
  const calls: BuildRequest[] = []
  return { calls, build: (request) => (calls.push(request), result(request)) }
}
const writesAddon =
  (abi: number) =>
  (request: BuildRequest): BuildResult => {
    const file = join(request.scratchDir, 'out.node')
    writeFileSync(file, fakeAddon(abi))
    return { ok: true, file }
  }
const mustNotBuild = builderProducing(() => {
  throw new Error('must not build')
}).build

describe('ensureNative', () => {
  it('does nothing when the binary already exports the target ABI, and remembers it in the cache', () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    const outcome = ensureNative({ root, target: 'node', build: mustNotBuild })
    expect(outcome).toMatchObject({ ok: true, action: 'none' })
    expect(outcome.message).toContain(`ABI ${NODE_ABI}`)
    expect(readFileSync(cached(NODE_ABI), 'utf8')).toBe(fakeAddon(NODE_ABI))
  })

  it('switches by copying from the cache, both ways, without building', () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    mkdirSync(join(cached(ELECTRON_ABI), '..'), { recursive: true })
    writeFileSync(cached(ELECTRON_ABI), fakeAddon(ELECTRON_ABI))

    expect(ensureNative({ root, target: 'electron', build: mustNotBuild })).toMatchObject({ ok: true, action: 'cache' })
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(ELECTRON_ABI))
    expect(ensureNative({ root, target: 'node', build: mustNotBuild })).toMatchObject({ ok: true, action: 'cache' })
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(NODE_ABI))
  })

  it('builds when nothing fits, verifies, caches and installs the result', () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    const { build, calls } = builderProducing(writesAddon(ELECTRON_ABI))
    const outcome = ensureNative({ root, target: 'electron', build })
    expect(outcome).toMatchObject({ ok: true, action: 'build' })
    expect(calls).toHaveLength(1)
    expect(calls[0]?.want).toMatchObject({ abi: ELECTRON_ABI, electronVersion: '45.5.0' })
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(ELECTRON_ABI))
    expect(readFileSync(cached(ELECTRON_ABI), 'utf8')).toBe(fakeAddon(ELECTRON_ABI))
    expect(existsSync(calls[0]?.scratchDir ?? '')).toBe(false)
  })

  it('builds when the binary is missing', () => {
    const outcome = ensureNative({ root, target: 'node', build: builderProducing(writesAddon(NODE_ABI)).build })
    expect(outcome).toMatchObject({ ok: true, action: 'build' })
    expect(outcome.message).toContain('was missing')
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(NODE_ABI))
  })

  it("refuses a build labelled Electron that exports Node's ABI (the nodedir trap) and keeps the old binary", () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    const outcome = ensureNative({ root, target: 'electron', build: builderProducing(writesAddon(NODE_ABI)).build })
    expect(outcome.ok).toBe(false)
    expect(outcome.message).toContain(`exporting ABI ${NODE_ABI}, not ${ELECTRON_ABI}`)
    expect(outcome.message).toContain('nodedir')
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(NODE_ABI))
    expect(existsSync(cached(ELECTRON_ABI))).toBe(false)
  })

  it('reports a failed build and leaves the binary as it was', () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    const failing = builderProducing(() => ({ ok: false, message: 'headers could not be downloaded.' })).build
    const outcome = ensureNative({ root, target: 'electron', build: failing })
    expect(outcome).toEqual({
      ok: false,
      action: 'build',
      message: `headers could not be downloaded. The current binary (was ABI ${NODE_ABI}) is unchanged.`,
    })
    expect(readFileSync(live, 'utf8')).toBe(fakeAddon(NODE_ABI))
  })

  it('never trusts a cached file that does not export the ABI it is filed under', () => {
    writeFileSync(live, fakeAddon(NODE_ABI))
    mkdirSync(join(cached(ELECTRON_ABI), '..'), { recursive: true })
    writeFileSync(cached(ELECTRON_ABI), fakeAddon(NODE_ABI))
    const { build, calls } = builderProducing(writesAddon(ELECTRON_ABI))
    expect(ensureNative({ root, target: 'electron', build })).toMatchObject({ ok: true, action: 'build' })
    expect(calls).toHaveLength(1)
    expect(readFileSync(cached(ELECTRON_ABI), 'utf8')).toBe(fakeAddon(ELECTRON_ABI))
  })
})

describe('build/native.mjs on this checkout', () => {
  it('finds the Node build already in place and says so in one line', () => {
    const out = execFileSync(process.execPath, [join(repo, 'build', 'native.mjs'), 'node'], { encoding: 'utf8' })
    expect(out.trim().split('\n')).toHaveLength(1)
    expect(out).toContain(`already built for Node ${process.version} (ABI ${NODE_ABI})`)
  })

  it('rejects an unknown target with exit code 2', () => {
    const run = spawnSync(process.execPath, [join(repo, 'build', 'native.mjs'), 'deno'], { encoding: 'utf8' })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain('usage: node build/native.mjs node|electron')
  })
})
