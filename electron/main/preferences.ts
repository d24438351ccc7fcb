import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { dirname } from 'node:path'
import type { ThemeSource } from './menu'

/** App-wide choices that belong to the person, not to a portfolio file (userData/preferences.json). */
export interface Preferences {
  theme: ThemeSource
}

const THEMES: readonly ThemeSource[] = ['system', 'light', 'dark']
const DEFAULT_PREFERENCES: Preferences = { theme: 'system' }

/** A missing or damaged file gives the defaults: preferences are never a reason to fail. */
export function loadPreferences(file: string): Preferences {
  try {
    const parsed: unknown = JSON.parse(readFileSync(file, 'utf8'))
    const theme = (parsed as { theme?: unknown } | null)?.theme
    return { theme: THEMES.find((t) => t === theme) ?? DEFAULT_PREFERENCES.theme }
  } catch {
    return { ...DEFAULT_PREFERENCES }
  }
}

export function savePreferences(file: string, preferences: Preferences): void {
  mkdirSync(dirname(file), { recursive: true })
  const temp = `${file}.tmp`
  writeFileSync(temp, JSON.stringify(preferences, null, 2))
  renameSync(temp, file)
}
