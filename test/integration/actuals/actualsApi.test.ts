import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { createApi, type Api } from '../../../electron/api/createApi'
import type { PortfolioSession } from '../../../electron/db/session'
import type { ActualsImportRecord, ActualsPreview, ActualsSummary } from '../../../shared/actuals/results'
import type { AttributionRule } from '../../../shared/actuals/stored'
import type { Portfolio } from '../../../shared/model/portfolio'
import { SAMPLE_DIR } from '../../fixtures/actuals/generateSamples'
import { expectError, expectOk } from '../../fixtures/db/api'
import { newSession, writePortfolioFile } from '../../fixtures/db/files'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
let session: PortfolioSession
let api: Api

async function open(portfolio: Portfolio): Promise<void> {
  const path = await writePortfolioFile(join(dir, 'actuals.aiportfolio'), portfolio)
  session = newSession(dir)
  session.open(path)
  api = createApi({ session })
}

const usd = (): Portfolio => {
  const p = testPortfolio()
  return { ...p, settings: { ...p.settings, currency: 'USD' } }
}

beforeEach(() => ({ dir, cleanup } = makeTempDir()))
afterEach(() => {
  session.close()
  cleanup()
})

const sample = (name: string) => readFileSync(join(SAMPLE_DIR, name))
const upload = (fileName: string, bytes: Buffer | string, more: object = {}) => ({
  fileName,
  contentBase64: Buffer.from(bytes).toString('base64'),
  ...more,
})

const preview = async (params: object) => expectOk<ActualsPreview>(await api.invoke('actuals:preview', params))
const importFile = async (params: object) =>
  expectOk<{ record: ActualsImportRecord | null; preview: ActualsPreview }>(await api.invoke('actuals:import', params))
const summary = async () => expectOk<ActualsSummary>(await api.invoke('actuals:summary', {}))
const listTotal = async () => expectOk<{ total: number }>(await api.invoke('actuals:list', {})).total

/** Cents per month and initiative ('-' for Unallocated). */
async function centsBy(): Promise<Record<string, number>> {
  const out: Record<string, number> = {}
  for (const c of (await summary()).costs) {
    const key = `${c.month} ${c.initiativeId ?? '-'}`
    out[key] = (out[key] ?? 0) + c.cents
  }
  return Object.fromEntries(Object.entries(out).filter(([, v]) => v !== 0))
}

const hrRule: AttributionRule = {
  id: 'hr',
  source: 'any',
  keyType: 'tag',
  pattern: 'initiative=hr-policy',
  initiativeId: 'search',
  sharePercent: 100,
  validFrom: null,
  validTo: null,
}

// focus-azure.csv, May to November: a 31-day month x ($0.16 + $0.01 + $0.08) = $7.75, a 30-day month $7.50;
// three lines a month (input, cached input, output).
const AZURE: readonly [string, number][] = [
  ['2026-05', 775],
  ['2026-06', 750],
  ['2026-07', 775],
  ['2026-08', 775],
  ['2026-09', 750],
  ['2026-10', 775],
  ['2026-11', 750],
]
const AZURE_LINES = AZURE.length * 3
const unallocatedCents = (patch: Record<string, number> = {}) => ({
  ...Object.fromEntries(AZURE.map(([m, c]) => [`${m} -`, c])),
  ...patch,
})
describe('actuals import through the API on a real portfolio file', () => {
  it('previews without writing, imports in one step, and importing again changes nothing', async () => {
    await open(usd())
    const p = await preview(upload('focus-azure.csv', sample('focus-azure.csv')))
    expect(p).toMatchObject({
      format: 'focus',
      detected: true,
      acceptable: true,
      addedLines: AZURE_LINES,
      replacedLines: 0,
    })
    expect(p.cells.map((c) => [c.month, c.initiativeId, c.addedCents, c.afterCents])).toEqual(
      AZURE.map(([m, c]) => [m, null, c, c]),
    )
    expect(await listTotal()).toBe(0)

    const first = await importFile(upload('focus-azure.csv', sample('focus-azure.csv')))
    expect(first.record).toMatchObject({
      format: 'focus',
      fileName: 'focus-azure.csv',
      lines: AZURE_LINES,
      active: true,
    })
    expect(await listTotal()).toBe(AZURE_LINES)
    expect(await centsBy()).toEqual(unallocatedCents())

    const again = await importFile(upload('focus-azure.csv', sample('focus-azure.csv')))
    expect(again.record).toBeNull()
    expect(again.preview.message).toContain('changes nothing')
    expect(await listTotal()).toBe(AZURE_LINES)
    expect(expectOk<unknown[]>(await api.invoke('actuals:imports', {}))).toHaveLength(1)
  })

  it('a new rule re-attributes the stored lines without re-importing; unmatched keys are listed', async () => {
    await open(usd())
    await importFile(upload('focus-azure.csv', sample('focus-azure.csv')))
    const unallocated = (await summary()).unallocated
    expect(unallocated.map((u) => [u.month, u.cents])).toEqual(AZURE)
    expect(unallocated[0]?.keys).toContainEqual({ type: 'tag', value: 'initiative=hr-policy' })
    const set = expectOk<{ before: AttributionRule[] }>(await api.invoke('actuals:setRules', { rules: [hrRule] }))
    expect(set.before).toEqual([])
    expect(await centsBy()).toEqual(Object.fromEntries(AZURE.map(([m, c]) => [`${m} search`, c])))
    // A rule naming no initiative of the portfolio is refused.
    expectError(await api.invoke('actuals:setRules', { rules: [{ ...hrRule, initiativeId: 'gone' }] }), 'validation')
  })

  it('an overlapping import replaces the days it covers; undo and redo are one flag each', async () => {
    await open(usd())
    await importFile(upload('focus-azure.csv', sample('focus-azure.csv')))
    // June restated: every June day's cost doubled.
    const text = sample('focus-azure.csv').toString('utf8').split('\n')
    const header = text[0] ?? ''
    const costAt = header.split(',').indexOf('BilledCost')
    const startAt = header.split(',').indexOf('ChargePeriodStart')
    const june = text
      .slice(1)
      .filter((l) => l.split(',')[startAt]?.startsWith('2026-06'))
      .map((l) => {
        const cells = l.split(',')
        cells[costAt] = String(Number(cells[costAt]) * 2)
        return cells.join(',')
      })
    const restated = await importFile(upload('june.csv', [header, ...june].join('\n')))
    expect(restated.record).toMatchObject({ lines: 3, replacedLines: 3 })
    expect(await centsBy()).toEqual(unallocatedCents({ '2026-06 -': 1500 }))
    const importId = restated.record?.importId
    expectOk(await api.invoke('actuals:setImportActive', { importId, active: false }))
    expect(await centsBy()).toEqual(unallocatedCents())
    expectOk(await api.invoke('actuals:setImportActive', { importId, active: true }))
    expect(await centsBy()).toEqual(unallocatedCents({ '2026-06 -': 1500 }))
    // The first import cannot be undone while the restatement replaces some of its lines.
    const [, firstRecord] = expectOk<ActualsImportRecord[]>(await api.invoke('actuals:imports', {}))
    expectError(
      await api.invoke('actuals:setImportActive', { importId: firstRecord?.importId, active: false }),
      'conflict',
    )
  })

  it('a currency other than the portfolio’s is refused until a rate for each month is given', async () => {
    await open(testPortfolio()) // EUR
    const p = await preview(upload('focus-azure.csv', sample('focus-azure.csv')))
    expect(p.acceptable).toBe(false)
    expect(p.ratesNeeded).toEqual(AZURE.map(([month]) => ({ month, currency: 'USD' })))
    const refused = await api.invoke('actuals:import', upload('focus-azure.csv', sample('focus-azure.csv')))
    expect(expectError(refused, 'validation').message).toContain('2026-05')
    expect(await listTotal()).toBe(0)
    const rates = AZURE.map(([month], i) => ({ month, currency: i === 0 ? 'usd' : 'USD', rate: i === 0 ? 0.9 : 0.8 }))
    await importFile(upload('focus-azure.csv', sample('focus-azure.csv'), { rates }))
    // May $7.75 x 0.9 = EUR 6.975 -> 698 cents; then $7.50 x 0.8 = EUR 6.00 and $7.75 x 0.8 = EUR 6.20
    expect(await centsBy()).toEqual(
      unallocatedCents({
        '2026-05 -': 698,
        '2026-06 -': 600,
        '2026-07 -': 620,
        '2026-08 -': 620,
        '2026-09 -': 600,
        '2026-10 -': 620,
        '2026-11 -': 600,
      }),
    )
  })

  it('a credit is a negative line of its month', async () => {
    await open(usd())
    await importFile(upload('focus-google-cloud.csv', sample('focus-google-cloud.csv')))
    const costs = (await summary()).costs
    expect(costs.some((c) => c.cents < 0)).toBe(true)
  })

  it('a hostile or unreadable file is refused whole and nothing is written', async () => {
    await open(usd())
    for (const bad of ['not,an,export\n1,2,3\n', '{"data": [', '\u0000\u0001binary']) {
      const p = await preview(upload('bad.csv', bad))
      expect(p.acceptable).toBe(false)
      expect(p.message.length).toBeGreaterThan(10)
      expectError(await api.invoke('actuals:import', upload('bad.csv', bad)), 'validation')
    }
    expectError(await api.invoke('actuals:preview', { fileName: 'x.csv', contentBase64: '%%%' }), 'bad_file')
    expect(await listTotal()).toBe(0)
  })
})

describe('non-token amounts and measured outcomes', () => {
  it('a paste of amounts is one call; its before puts the cells back (the undo)', async () => {
    await open(usd())
    const cells = [
      { initiativeId: 'support', month: '2026-01', driver: 'build', amount: 12000, source: 'finance' },
      { initiativeId: 'support', month: '2026-01', driver: 'evaluation', amount: -500, source: 'credit' },
    ]
    const set = expectOk<{ before: { amount: number | null }[] }>(await api.invoke('actuals:setAmounts', { cells }))
    expect(set.before.map((c) => c.amount)).toEqual([null, null])
    expect(expectOk<unknown[]>(await api.invoke('actuals:amounts', {}))).toHaveLength(2)
    expectOk(await api.invoke('actuals:setAmounts', { cells: set.before }))
    expect(expectOk<unknown[]>(await api.invoke('actuals:amounts', {}))).toEqual([])
    // Inference is not typed (its actuals are lines); numbers are bounded; initiatives must exist.
    expectError(await api.invoke('actuals:setAmounts', { cells: [{ ...cells[0], driver: 'inference' }] }), 'validation')
    expectError(await api.invoke('actuals:setAmounts', { cells: [{ ...cells[0], amount: 1e14 }] }), 'validation')
    expectError(
      await api.invoke('actuals:setAmounts', { cells: [{ ...cells[0], initiativeId: 'gone' }] }),
      'validation',
    )
  })

  it('outcomes are kept per initiative and month, with their source', async () => {
    await open(usd())
    const outcome = { metricValue: 0.42, outcomesCounted: 1200, valueRealised: 18000, source: 'support tool export' }
    const set = expectOk<{ before: unknown[] }>(
      await api.invoke('actuals:setOutcomes', { cells: [{ initiativeId: 'support', month: '2026-02', outcome }] }),
    )
    expect(set.before).toEqual([{ initiativeId: 'support', month: '2026-02', outcome: null }])
    expect(expectOk<unknown[]>(await api.invoke('actuals:outcomes', { firstMonth: '2026-02' }))).toEqual([
      { initiativeId: 'support', month: '2026-02', ...outcome },
    ])
    expect(expectOk<unknown[]>(await api.invoke('actuals:outcomes', { firstMonth: '2026-03' }))).toEqual([])
  })
})
