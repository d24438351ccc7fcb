import { readFileSync, readdirSync } from 'node:fs'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'
import { COST_DRIVERS } from '../../../shared/model/drivers'

/**
 * Lists of drivers are derived from the declarations (shared/model/drivers), never typed again:
 * a source file that spells out several drivers' ids, labels or colours by hand would miss the
 * next driver, so it fails here, naming the file and what it spells out. The thresholds leave
 * room for a file that names one or two drivers on purpose (a lever template, a chart that
 * draws inference apart) and for category palettes that share a colour or two with the drivers.
 */
const ROOT = join(import.meta.dirname, '../../..')
const SOURCES = ['shared', 'electron', 'renderer/src']
const DECLARATIONS = 'shared/model/drivers/'

function sourceFiles(): { path: string; text: string }[] {
  return SOURCES.flatMap((dir) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((f) => /\.tsx?$/.test(f))
      .map((f) => relative(ROOT, join(ROOT, dir, f)).replaceAll('\\', '/'))
      .filter((path) => !path.startsWith(DECLARATIONS))
      .map((path) => ({ path, text: readFileSync(join(ROOT, path), 'utf8') })),
  )
}

const quoted = (text: string, value: string): boolean => ["'", '"', '`'].some((q) => text.includes(`${q}${value}${q}`))

describe('no hand-typed list of cost drivers', () => {
  const files = sourceFiles()

  it('finds the sources it scans', () => {
    expect(files.length).toBeGreaterThan(100)
    expect(files.some((f) => f.path === 'electron/exports/pptx/slides/economics.ts')).toBe(true)
  })

  it('no source file outside the declarations spells out several drivers by id, label or colour', () => {
    const found: string[] = []
    for (const { path, text } of files) {
      const ids = COST_DRIVERS.filter((d) => quoted(text, d.id)).map((d) => d.id)
      const labels = COST_DRIVERS.filter((d) => quoted(text, d.label)).map((d) => d.label)
      const colours = COST_DRIVERS.filter((d) => text.toLowerCase().includes(d.colour.toLowerCase())).map(
        (d) => d.colour,
      )
      if (ids.length >= 3) found.push(`${path}: ids ${ids.join(', ')}`)
      if (labels.length >= 2) found.push(`${path}: labels ${labels.join(', ')}`)
      if (colours.length >= 4) found.push(`${path}: colours ${colours.join(', ')}`)
    }
    expect(found).toEqual([])
  })

  it('would catch a hand-typed list', () => {
    const typed = `const DRIVERS = ['build', 'integration', 'platform']\nconst LABELS = ['Engineering build', 'Human review']`
    expect(COST_DRIVERS.filter((d) => quoted(typed, d.id))).toHaveLength(3)
    expect(COST_DRIVERS.filter((d) => quoted(typed, d.label))).toHaveLength(2)
  })
})
