import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { loadPreferences, savePreferences } from '../../../electron/main/preferences'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-prefs-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('preferences.json', () => {
  it('follows the system theme until the person chooses', () => {
    expect(loadPreferences(join(dir, 'preferences.json'))).toEqual({ theme: 'system' })
  })

  it('keeps a chosen theme', () => {
    const file = join(dir, 'sub', 'preferences.json')
    savePreferences(file, { theme: 'dark' })
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ theme: 'dark' })
    expect(loadPreferences(file)).toEqual({ theme: 'dark' })
  })

  it('reads a damaged file or an unknown theme as the default', () => {
    const file = join(dir, 'preferences.json')
    writeFileSync(file, '{"theme": "purple"}')
    expect(loadPreferences(file)).toEqual({ theme: 'system' })
    writeFileSync(file, 'null')
    expect(loadPreferences(file)).toEqual({ theme: 'system' })
    writeFileSync(file, '{ broken')
    expect(loadPreferences(file)).toEqual({ theme: 'system' })
  })
})
