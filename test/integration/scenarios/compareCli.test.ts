import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { Comparison } from '../../../shared/engine/scenarios'
import { runCliProcess, TINY } from '../cli/runCliProcess'

const dir = mkdtempSync(join(tmpdir(), 'gpp-compare-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** The tiny fixture (3 months, one initiative, hand-checked in the compute tests) with two scenarios. */
function writeFixture(): string {
  const doc = JSON.parse(readFileSync(TINY, 'utf8')) as { portfolio: Record<string, unknown> }
  doc.portfolio.scenarios = [
    {
      id: 'half',
      name: 'Half price',
      description: '',
      levers: [
        {
          id: 'p',
          kind: 'price',
          scope: { kind: 'portfolio' },
          timing: { kind: 'from', month: 0 },
          target: { kind: 'all' },
          amount: -0.5,
        },
      ],
    },
    {
      id: 'dear-build',
      name: 'Build +30%',
      description: '',
      levers: [
        {
          id: 'b',
          kind: 'cost',
          scope: { kind: 'portfolio' },
          timing: { kind: 'from', month: 0 },
          driver: 'build',
          amount: 0.3,
        },
      ],
    },
  ]
  const path = join(dir, 'tiny-with-scenarios.json')
  writeFileSync(path, JSON.stringify(doc), 'utf8')
  return path
}

// Hand figures (see test/integration/cli/compute.test.ts): inference $2.97 a month, build $2,000 in month 0.
const inferenceMonth = 1_000 * ((1_000 * (0.4 * 2 + 0.5 * 0.5 + 0.1 * 2.5) + 200 * 10) / 1e6) * (1 - 0.2 * 0.5)

describe('npm run cli -- compare (real process)', () => {
  const path = writeFixture()

  it('prints the comparison as JSON with deltas to the baseline, exit 0', () => {
    const r = runCliProcess(['compare', path, '--scenario', 'half price', '--scenario', 'dear-build', '--json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const c = JSON.parse(r.stdout) as Comparison
    expect(c.columns).toEqual([
      { id: null, name: 'Baseline' },
      { id: 'half', name: 'Half price' },
      { id: 'dear-build', name: 'Build +30%' },
    ])
    const row = (key: string) => c.portfolio.rows.find((x) => x.key === key)
    const inference = row('cost.inference')
    expect(inference?.values[0]).toBeCloseTo(3 * inferenceMonth, 9)
    expect(inference?.values[1]).toBeCloseTo(1.5 * inferenceMonth, 9)
    expect(inference?.deltas[1]?.amount).toBeCloseTo(-1.5 * inferenceMonth, 9)
    expect(inference?.deltas[1]?.percent).toBeCloseTo(-0.5, 12)
    expect(row('cost.build')?.values).toEqual([2_000, 2_000, 2_600])
    expect(row('cost.build')?.deltas[2]).toEqual({ amount: 600, percent: expect.closeTo(0.3, 12) })
    expect(c.initiatives.map((i) => i.id)).toEqual(['tiny'])
    expect(c.initiatives[0]?.rows.find((x) => x.key === 'cost.build')?.values).toEqual([2_000, 2_000, 2_600])
  })

  it('exits 2 naming an unknown scenario and listing the known ones', () => {
    const r = runCliProcess(['compare', path, '--scenario', 'Nope', '--json'])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('unknown scenario "Nope"')
    expect(r.stderr).toContain('Half price (id half)')
  })

  it('exits 2 on a scenario that breaks a rule, naming scenario, lever and field', () => {
    const doc = JSON.parse(readFileSync(path, 'utf8')) as {
      portfolio: { scenarios: { levers: { amount: number }[] }[] }
    }
    const lever = doc.portfolio.scenarios[0]?.levers[0]
    if (lever) lever.amount = -7
    const bad = join(dir, 'bad.json')
    writeFileSync(bad, JSON.stringify(doc), 'utf8')
    const r = runCliProcess(['compare', bad, '--scenario', 'Half price'])
    expect(r.status).toBe(2)
    expect(r.stderr).toContain('amount must be -100% or more')
  })
})
