import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { Portfolio } from '../../../shared/model'
import { figuresOf, type Figures } from './golden/figures'

/**
 * The engine's figures for the sample portfolio (with its scenarios and tornado), a synthetic one
 * and random ones, against the figures the engine gave before its cost drivers were declared
 * (captured by golden/capture.ts). Portfolios are read through the schema, so inputs added since
 * take their defaults and must leave every figure as it was. Month by month every figure is the
 * same number; a horizon sum of a cost that is the same every month (platform, integration,
 * evaluation per month) is now the sum of its months where it was the amount times the months,
 * so it may differ in the last digits (well within 1e-12 of it).
 */
interface GoldenCase {
  name: string
  withScenarios: boolean
  portfolio: unknown
  figures: Figures
}

const cases = JSON.parse(
  readFileSync(join(import.meta.dirname, '../../fixtures/engine-golden.json'), 'utf8'),
) as GoldenCase[]

/** Every number in `expected` that `actual` does not equal, by path; a key only `actual` has is not compared. */
function differences(expected: unknown, actual: unknown, path: string, out: string[]): void {
  if (typeof expected === 'number') {
    const a = actual as number
    if (typeof a !== 'number' || !(a === expected || Math.abs(a - expected) <= 1e-12 * Math.abs(expected)))
      out.push(`${path}: ${String(expected)} became ${String(a)}`)
    return
  }
  if (expected === null || typeof expected !== 'object') {
    if (expected !== actual) out.push(`${path}: ${String(expected)} became ${String(actual)}`)
    return
  }
  for (const [key, value] of Object.entries(expected))
    differences(value, (actual as Record<string, unknown> | null)?.[key], `${path}.${key}`, out)
}

describe('golden figures', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s gives the figures it gave before', (_, c) => {
    const found: string[] = []
    differences(c.figures, figuresOf(Portfolio.parse(c.portfolio), c.withScenarios), c.name, found)
    expect(found.slice(0, 20)).toEqual([])
  })
})
