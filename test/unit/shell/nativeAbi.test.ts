import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { findModuleAbis, moduleAbi, moduleAbiOfFile } from '../../../build/nativeAbi.mjs'

const require = createRequire(import.meta.url)
const bytes = (text: string): Uint8Array => new TextEncoder().encode(text)

describe('reading the ABI a native addon was compiled for', () => {
  it('reads the Node ABI from the real better-sqlite3 binary the tests load', () => {
    const binary = join(
      dirname(require.resolve('better-sqlite3/package.json')),
      'build',
      'Release',
      'better_sqlite3.node',
    )
    expect(moduleAbiOfFile(binary)).toBe(Number(process.versions.modules))
  })

  it('finds the symbol anywhere in the bytes, ignoring surrounding binary noise', () => {
    const buf = new Uint8Array([0, 1, 2, ...bytes('node_register_module_v150'), 0, 0xff, 7])
    expect(findModuleAbis(buf)).toEqual([150])
    expect(moduleAbi(buf)).toBe(150)
  })

  it('counts a symbol repeated in the string and symbol tables once', () => {
    expect(findModuleAbis(bytes('x node_register_module_v115\0y node_register_module_v115\0'))).toEqual([115])
  })

  it('reports two different ABIs and then trusts neither', () => {
    const buf = bytes('node_register_module_v115\0node_register_module_v150\0')
    expect(findModuleAbis(buf)).toEqual([115, 150])
    expect(moduleAbi(buf)).toBeNull()
  })

  it('returns nothing when there is no symbol or the marker has no digits', () => {
    expect(findModuleAbis(bytes('napi_register_module_v1 and other text'))).toEqual([])
    expect(findModuleAbis(bytes('ends with node_register_module_v'))).toEqual([])
    expect(moduleAbi(bytes(''))).toBeNull()
  })

  it('reads digits that run to the very end of the buffer', () => {
    expect(findModuleAbis(bytes('node_register_module_v127'))).toEqual([127])
  })

  it('reads a view into a larger buffer without looking outside it', () => {
    const whole = bytes('node_register_module_v99|node_register_module_v131')
    const view = whole.subarray(25)
    expect(findModuleAbis(view)).toEqual([131])
  })

  it('treats a missing file as unknown rather than throwing', () => {
    expect(moduleAbiOfFile(join(import.meta.dirname, 'no-such-addon.node'))).toBeNull()
  })
})
