import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import type { ComputeReport } from '../../../electron/cli/report/kpis'
import { runCliProcess, SAMPLE, TINY } from './runCliProcess'

const dir = mkdtempSync(join(tmpdir(), 'gpp-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function writeTemp(name: string, text: string): string {
  const path = join(dir, name)
  writeFileSync(path, text, 'utf8')
  return path
}

/**
 * Hand calculation for test/fixtures/tiny-portfolio.json (3 months from 2027-01):
 * 100 users x 10 queries = 1,000 queries a month; 100 outcomes worth $20 = $2,000 value a month.
 * Inference per query: input 1,000 x (0.4 x $2 + 0.5 x $0.5 + 0.1 x $2.5) = 1,300; output 200 x $10 = 2,000;
 *   (1,300 + 2,000) / 1e6 = $0.0033, times the batch factor 1 - 0.2 x 0.5 = 0.9 -> $0.00297; $2.97 a month.
 * Fixed: build 2 FTE-months x $1,000 all in launch month 0 (no build months); integration 0.5 x $1,000 = $500,
 *   platform $100, data $0.01 x 1,000 = $10, shared pool $300 (the only initiative carries it all).
 */
const inferenceMonth = 1_000 * ((1_000 * (0.4 * 2 + 0.5 * 0.5 + 0.1 * 2.5) + 200 * 10) / 1e6) * (1 - 0.2 * 0.5)
const runMonth = inferenceMonth + 500 + 100 + 10 + 300
const firstMonthCost = 2_000 + runMonth
const costs = [firstMonthCost, runMonth, runMonth]
const net = costs.map((c) => 2_000 - c)
const cost = costs.reduce((a, b) => a + b, 0)
const monthly = 1.1 ** (1 / 12) - 1
const npv = net.reduce((s, n, t) => s + n / (1 + monthly) ** (t + 1), 0)

describe('npm run cli -- compute (real process)', () => {
  it('prints JSON KPIs of the tiny portfolio that match the hand calculation, exit 0', () => {
    const r = runCliProcess(['compute', TINY, '--json'])
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as ComputeReport
    const tiny = report.initiatives[0]
    expect(report.initiatives).toHaveLength(1)
    expect(inferenceMonth).toBeCloseTo(2.97, 12)
    // Every other driver costs nothing here.
    expect(tiny?.costByDriver).toMatchObject({
      inference: expect.closeTo(3 * inferenceMonth, 9),
      build: 2_000,
      integration: 1_500,
      platform: 300,
      data: expect.closeTo(30, 9),
      evaluation: 0,
      compliance: 0,
      shared: 900,
    })
    expect(tiny?.cost).toBeCloseTo(cost, 9)
    expect(tiny?.value).toBeCloseTo(6_000, 9)
    expect(tiny?.net).toBeCloseTo(6_000 - cost, 9)
    expect(tiny?.npv).toBeCloseTo(npv, 9)
    expect(tiny?.roi).toBeCloseTo((6_000 - cost) / cost, 12)
    // Cumulative net: -912.97 after month 0, +174.06 after month 1.
    expect(tiny?.paybackMonth).toBe(1)
    expect(tiny?.paybackCalendarMonth).toBe('2027-02')
    expect(tiny?.unitCosts.first).toEqual({
      month: 0,
      calendarMonth: '2027-01',
      inferencePerQuery: expect.closeTo(0.00297, 12),
      fullPerQuery: expect.closeTo(firstMonthCost / 1_000, 12),
      inferencePerUser: expect.closeTo(0.0297, 12),
      fullPerUser: expect.closeTo(firstMonthCost / 100, 12),
      inferencePerOutcome: expect.closeTo(0.0297, 12),
      fullPerOutcome: expect.closeTo(firstMonthCost / 100, 12),
      unpriced: false,
    })
    expect(tiny?.unitCosts.last.month).toBe(2)
    expect(tiny?.unitCosts.last.calendarMonth).toBe('2027-03')
    expect(tiny?.unitCosts.last.fullPerQuery).toBeCloseTo(runMonth / 1_000, 12)
    expect(tiny?.unpriced).toBe(false)
    expect(report.portfolio).toMatchObject({
      currency: 'USD',
      startMonth: '2027-01',
      endMonth: '2027-03',
      initiativeCount: 1,
      unallocatedShared: 0,
    })
    expect(report.portfolio.cost).toBeCloseTo(cost, 9)
  })

  it('prints an aligned table by default, money rounded for display', () => {
    const r = runCliProcess(['compute', TINY])
    expect(r.status).toBe(0)
    const lines = r.stdout.split('\n')
    const header = lines.find((l) => l.startsWith('Initiative  '))
    const row = lines.find((l) => l.startsWith('Tiny assistant'))
    if (header === undefined || row === undefined) throw new Error(`no table in:\n${r.stdout}`)
    // 4,738.91 rounds to 4,739; the Cost column's right edge lines up with its header.
    expect(row).toContain('4,739')
    expect(row.indexOf('4,739') + '4,739'.length).toBe(header.indexOf('Cost') + 'Cost'.length)
    expect(row).toContain('2027-02')
  })

  it('computes the committed sample: 11 initiatives with every KPI present', () => {
    const r = runCliProcess(['compute', SAMPLE, '--json'])
    expect(r.status).toBe(0)
    const report = JSON.parse(r.stdout) as ComputeReport
    expect(report.initiatives).toHaveLength(11)
    for (const i of report.initiatives) {
      expect(Object.keys(i).sort()).toEqual(
        [
          'costByDriver',
          'cost',
          'value',
          'net',
          'npv',
          'roi',
          'paybackMonth',
          'paybackCalendarMonth',
          'queries',
          'outcomes',
          'unpriced',
          'costBeforeHorizon',
          'id',
          'name',
          'stage',
          'valueType',
          'launchMonth',
          'launchCalendarMonth',
          'firstActiveMonth',
          'unitCosts',
          'unpricedModels',
        ].sort(),
      )
    }
    const support = report.initiatives.find((i) => i.id === 'support-deflection')
    expect(support?.launchCalendarMonth).toBe('2025-09')
    expect(support?.unitCosts.first.month).toBe(0)
  })

  it('exits 2 with a message for a missing file', () => {
    const r = runCliProcess(['compute', join(dir, 'absent.json')])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('no such file')
  })

  it('exits 2 for text that is not JSON', () => {
    const r = runCliProcess(['compute', writeTemp('broken.json', '{ "format": ')])
    expect(r.status).toBe(2)
    expect(r.stderr).toMatch(/File: \(content\) must be valid JSON/)
  })

  it('exits 2 with entity, field and rule of every broken rule', () => {
    const doc = JSON.parse(readFileSync(TINY, 'utf8')) as {
      portfolio: { initiatives: { usage: Record<string, unknown> }[] }
    }
    const usage = doc.portfolio.initiatives[0]?.usage
    if (!usage) throw new Error('fixture has no initiative')
    usage.cacheHitRate = 1.4
    usage.targetUsers = -1
    const r = runCliProcess(['compute', writeTemp('invalid.json', JSON.stringify(doc))])
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('the portfolio in it breaks the rules')
    expect(r.stderr).toContain('Initiative "Tiny assistant": usage.cacheHitRate must be between 0% and 100%')
    expect(r.stderr).toContain('Initiative "Tiny assistant": usage.targetUsers must be zero or more')
  })

  // One process per case: each start of tsx takes seconds on a loaded machine.
  it.each([
    ['no command', []],
    ['an unknown command', ['frobnicate']],
    ['compute without a file', ['compute']],
    ['an unknown option', ['compute', TINY, '--jsn']],
  ])('exits 2 with usage text for %s', (_case, args) => {
    const r = runCliProcess(args)
    expect(r.status).toBe(2)
    expect(r.stdout).toBe('')
    expect(r.stderr).toContain('Usage: npm run -s cli --')
  })
})
