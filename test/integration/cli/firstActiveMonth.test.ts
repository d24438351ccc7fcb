import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ComputeReport } from '../../../electron/cli/report/kpis'
import type { Comparison } from '../../../shared/engine/scenarios'
import { runCliProcess, TINY } from './runCliProcess'

const dir = mkdtempSync(join(tmpdir(), 'gpp-first-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/**
 * The tiny fixture (hand-checked in compute.test.ts) launched in month 1 (2027-02) after a
 * 3-month build, with its model priced only from 2027-03-01:
 * - the build of 2 FTE-months x $1,000 falls in months -2, -1 and 0: $1,333.33 before the
 *   horizon, $666.67 in month 0;
 * - month 1 (the first active month, of the initiative and the portfolio): 1,000 queries, 100
 *   users, 100 outcomes; inference unpriced (counted as 0); integration $500, platform $100, data
 *   $10, shared pool $300: $910 -> $0.91 a query, $9.10 a user, $9.10 an outcome (lower bounds);
 * - month 2: priced, $910 + $2.97 = $912.97 -> $0.91297 a query.
 */
function writeFixture(): string {
  const doc = JSON.parse(readFileSync(TINY, 'utf8')) as {
    portfolio: {
      priceBook: { prices: { effectiveFrom: string }[] }[]
      initiatives: { usage: { launchMonth: number }; costs: { buildMonths: number } }[]
    }
  }
  const initiative = doc.portfolio.initiatives[0]
  const firstPrice = doc.portfolio.priceBook[0]?.prices[0]
  if (!initiative || !firstPrice) throw new Error('tiny fixture changed')
  initiative.usage.launchMonth = 1
  initiative.costs.buildMonths = 3
  firstPrice.effectiveFrom = '2027-03-01'
  const path = join(dir, 'late-launch.json')
  writeFileSync(path, JSON.stringify(doc), 'utf8')
  return path
}

const firstMonth = {
  month: 1,
  calendarMonth: '2027-02',
  inferencePerQuery: 0,
  fullPerQuery: expect.closeTo(0.91, 12),
  inferencePerUser: 0,
  fullPerUser: expect.closeTo(9.1, 12),
  inferencePerOutcome: 0,
  fullPerOutcome: expect.closeTo(9.1, 12),
  unpriced: true,
}

describe('one first active month, unpriced unit costs flagged (real processes)', { timeout: 120_000 }, () => {
  const path = writeFixture()

  it('compute --json: unit costs of the first active month with their unpriced flag, cost before the horizon, NPV date', () => {
    const r = runCliProcess(['compute', path, '--json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as ComputeReport
    const p = report.portfolio
    expect(p.firstActiveMonth).toBe(1)
    expect(p.npvAsOf).toBe('2027-01-01')
    expect(p.unitCosts.first).toEqual(firstMonth)
    expect(p.unitCosts.last).toMatchObject({ month: 2, fullPerQuery: expect.closeTo(0.91297, 12), unpriced: false })
    expect(p.costBeforeHorizon).toBeCloseTo(4000 / 3, 9)
    const tiny = report.initiatives[0]
    expect(tiny?.unitCosts.first).toEqual(firstMonth)
    expect(tiny?.unitCosts.last.unpriced).toBe(false)
    expect(tiny?.costBeforeHorizon).toBeCloseTo(4000 / 3, 9)
    expect(tiny?.cost).toBeCloseTo(2000 / 3 + 300 + 910 + 912.97, 9)
  })

  it('compare --json: the same first active month and figures, one label, flagged per column', () => {
    const r = runCliProcess(['compare', path, '--json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const comparison = JSON.parse(r.stdout) as Comparison
    const row = (key: string) => comparison.portfolio.rows.find((x) => x.key === key)
    expect(row('first.fullPerQuery')).toMatchObject({
      label: 'First active month: full cost per query',
      values: [expect.closeTo(0.91, 12)],
      unpriced: [true],
    })
    expect(row('first.fullPerUser')?.values).toEqual([expect.closeTo(9.1, 12)])
    expect(row('first.inferencePerQuery')).toMatchObject({ values: [0], unpriced: [true] })
    expect(row('last.fullPerQuery')).toMatchObject({ values: [expect.closeTo(0.91297, 12)], unpriced: [false] })
    // The horizon totals leave out January's and February's unknown price.
    expect(row('cost')?.unpriced).toEqual([true])
    const initiativeRow = comparison.initiatives[0]?.rows.find((x) => x.key === 'first.fullPerQuery')
    expect(initiativeRow).toMatchObject({ values: [expect.closeTo(0.91, 12)], unpriced: [true] })
  })

  it('compute as a table: unpriced unit costs marked, the first active month and the NPV date named', () => {
    const r = runCliProcess(['compute', path])
    expect(r.status).toBe(0)
    expect(r.stdout).toContain("in the first active month (the portfolio's: 2027-02)")
    expect(r.stdout).toContain('NPV as of 2027-01-01 (the first day of the horizon); ROI undiscounted')
    const row = r.stdout.split('\n').find((l) => l.startsWith('Tiny assistant'))
    expect(row).toContain('0.9100*')
    expect(row).toContain('0.9130 ')
    expect(row).toContain('1,333')
    expect(r.stdout).toContain('* unpriced month')
  })
})
