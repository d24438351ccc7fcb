import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

const repo = resolve(import.meta.dirname, '../../..')
const require = createRequire(import.meta.url)
const yaml = require('js-yaml') as { load(text: string): unknown }
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: unknown): Promise<void>
}
const { DebugLogger } = require('builder-util') as { DebugLogger: new (enabled: boolean) => unknown }

interface BuilderConfig {
  npmRebuild?: boolean
  asarUnpack?: string[]
  files?: string[]
  fileAssociations?: { ext: string; name: string; role: string }[]
  linux?: { target: string[] }
  mac?: { target: string[] }
  win?: { target: string[] }
  electronFuses?: Record<string, boolean>
  directories?: { buildResources: string }
}
const config = yaml.load(readFileSync(join(repo, 'electron-builder.yml'), 'utf8')) as BuilderConfig
const pkg = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8')) as {
  main: string
  scripts: Record<string, string>
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(file: string): [number, number] {
  const bytes = readFileSync(file)
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG')
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)]
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined()
  })

  it('and that schema does catch a misspelt option', async () => {
    await expect(validateConfiguration({ ...config, npmRebuilt: false }, new DebugLogger(false))).rejects.toThrow(
      'npmRebuilt',
    )
  })

  it('leaves the native rebuild to build/native.mjs, which dist runs first', () => {
    expect(config.npmRebuild).toBe(false)
    expect(pkg.scripts.dist).toMatch(/^node build\/native\.mjs electron && .*electron-builder/)
  })

  it('ships the built app with better-sqlite3 outside the asar', () => {
    expect(config.files).toEqual(expect.arrayContaining(['out/**', 'package.json']))
    expect(config.asarUnpack).toEqual(['node_modules/better-sqlite3/build/Release/*.node'])
    expect(pkg.main).toBe('out/main/index.cjs')
  })

  it('builds AppImage and deb, dmg, and an NSIS installer', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb'])
    expect(config.mac?.target).toEqual(['dmg'])
    expect(config.win?.target).toEqual(['nsis'])
  })

  it('registers .aiportfolio files with the app as their editor', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'aiportfolio', name: 'Gen AI Portfolio', role: 'Editor' }),
    ])
  })

  it('turns off the fuses that would let the binary run as plain Node', () => {
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
    })
  })

  it('has its icons in build/ at the sizes the platforms need', () => {
    expect(config.directories?.buildResources).toBe('build')
    expect(pngSize(join(repo, 'build', 'icon.png'))).toEqual([512, 512])
    expect(pngSize(join(repo, 'build', 'icons', '512x512.png'))).toEqual([512, 512])
    expect(pngSize(join(repo, 'build', 'icons', '256x256.png'))).toEqual([256, 256])
  })
})
