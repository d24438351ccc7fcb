import { describe, expect, it } from 'vitest'
import { decisionMatrix, reallocate, recommendationCounts } from '../../../shared/decisions'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { compilePortfolio, evaluate, unitCostsAt } from '../../../shared/engine'
import { runBaseline, runScenario, tornado } from '../../../shared/engine/scenarios'
import { DRIVERS, DRIVER_LABELS } from '../../../shared/engine/types'
import { DRIVER_COLOURS } from '../../../shared/model/drivers'
import { DECK_REALLOCATION, reallocationView, spendAgainstBudget } from '../../../shared/exports/deckBudget'
import {
  calendarYearLabels,
  costByDriverPerYear,
  monthAxisLabels,
  scenarioKpis,
  unitCostTrend,
  unpricedModelNames,
  type DeckRun,
} from '../../../shared/exports/deckData'
import {
  decisionsDue,
  matrixLegend,
  recommendationRows,
  shortName,
  whyText,
} from '../../../shared/exports/deckDecisions'
import { horizonWaterfall, portfolioTornado } from '../../../shared/exports/deckSensitivity'
import { sampleCachingEverywhere } from '../../integration/exports/deckFixtures'
import { fixturePortfolio } from '../../integration/exports/portfolioFixture'

const portfolio = samplePortfolio()
const compiled = compilePortfolio(portfolio)
const baseline: DeckRun = runBaseline(portfolio, compiled)
const runs: DeckRun[] = [baseline, ...(portfolio.scenarios ?? []).map((s) => runScenario(portfolio, compiled, s))]
const today = '2026-12-07'
const widened = sampleCachingEverywhere()
const widenedCompiled = compilePortfolio(widened)
const widenedRuns: DeckRun[] = [
  runBaseline(widened, widenedCompiled),
  ...(widened.scenarios ?? []).map((s) => runScenario(widened, widenedCompiled, s)),
]
const points = decisionMatrix(portfolio, baseline.result, today)

describe('money slides read the engine', () => {
  it('takes each case’s KPIs from its totals', () => {
    expect(scenarioKpis(runs)).toEqual(
      runs.map((r) => ({
        name: r.name,
        cost: r.result.totals.cost,
        value: r.result.totals.value,
        npv: r.result.totals.npv,
        roi: r.result.totals.roi,
        paybackMonth: r.result.totals.paybackMonth,
        unpriced: r.result.totals.unpriced,
      })),
    )
  })

  it('splits each driver’s cost into calendar years that add up to its horizon total', () => {
    const years = costByDriverPerYear(baseline.result, portfolio.settings)
    expect(years.labels).toEqual(['2026', '2027', '2028'])
    const byName = new Map(years.series.map((s) => [s.name, s.values.reduce((a, b) => a + b, 0)]))
    for (const d of DRIVERS) {
      const total = baseline.result.totals.costByDriver[d]
      if (total === 0) continue
      expect([...byName.values()].some((v) => Math.abs(v - total) <= 1e-9 * total)).toBe(true)
    }
    expect(years.series.every((s) => s.values.some((v) => v !== 0))).toBe(true)
    // Each series keeps its driver's declared colour, whichever drivers have spend.
    const declared = new Map(DRIVERS.map((d) => [DRIVER_LABELS[d], DRIVER_COLOURS[d].slice(1).toUpperCase()]))
    expect(years.colours).toEqual(years.series.map((s) => declared.get(s.name)))
  })

  it('labels part years by the months they cover', () => {
    const settings = { ...portfolio.settings, startMonth: '2026-10', horizonMonths: 18 }
    expect(calendarYearLabels(settings, 18)).toEqual(['2026 (Oct–Dec)', '2027', '2028 (Jan–Mar)'])
  })

  it('labels a month axis every quarter, half year or year, aligned to January, at most 12 labels', () => {
    const months36 = Array.from({ length: 36 }, (_, t) => t)
    const labels = monthAxisLabels('2027-01', months36)
    expect(labels.slice(0, 4)).toEqual(['Jan 2027', '', '', 'Apr 2027'])
    expect(labels.filter((l) => l !== '')).toHaveLength(12)
    const fromMay = monthAxisLabels(
      '2026-05',
      Array.from({ length: 120 }, (_, t) => t),
    )
    expect(fromMay.filter((l) => l !== '')).toEqual([
      'Jan 2027',
      'Jan 2028',
      'Jan 2029',
      'Jan 2030',
      'Jan 2031',
      'Jan 2032',
      'Jan 2033',
      'Jan 2034',
      'Jan 2035',
      'Jan 2036',
    ])
    expect(monthAxisLabels('2027-01', [0, 1, 2])).toEqual(['Jan 2027', 'Feb 2027', 'Mar 2027'])
  })

  it('takes the cost per query of each month from the engine’s unit costs', () => {
    const trend = unitCostTrend(runs, portfolio.settings.startMonth)
    expect(trend.series.map((s) => s.name)).toEqual(runs.map((r) => r.name))
    trend.months.forEach((t, i) =>
      expect(trend.series[1]?.values[i]).toBe(
        unitCostsAt(runs[1]?.result.series ?? baseline.result.series, t).fullPerQuery,
      ),
    )
  })
})

describe('unpriced unit costs are marked, never shown as the cost', () => {
  // The fixture's support assistant uses a model with no price from its launch (month 2) on; its
  // drafting assistant from month 14; contract search is priced throughout.
  const fixture = fixturePortfolio()
  const fixtureCompiled = compilePortfolio(fixture)
  const fixtureRun: DeckRun = { name: 'Baseline', compiled: fixtureCompiled, result: evaluate(fixtureCompiled) }

  it('flags each case’s unpriced months as the engine does, and the months any case has unpriced', () => {
    const trend = unitCostTrend([fixtureRun], fixture.settings.startMonth)
    expect(trend.months[0]).toBe(0)
    const flags = trend.months.map((t) => unitCostsAt(fixtureRun.result.series, t).unpriced)
    expect(trend.series[0]?.unpriced).toEqual(flags)
    expect(trend.unpriced).toEqual(flags)
    expect(trend.unpriced.slice(0, 3)).toEqual([false, false, true])
    expect(trend.unpriced.slice(2).every(Boolean)).toBe(true)
    // The sample is priced in every case and month.
    expect(unitCostTrend(runs, portfolio.settings.startMonth).unpriced.some(Boolean)).toBe(false)
    // With caching widened to the field-service bot (models without a cache price, launched in
    // month 12), the baseline stays priced and the caching case is unpriced from month 12: the
    // months any case has unpriced are those.
    const widenedTrend = unitCostTrend(widenedRuns, widened.settings.startMonth)
    const caching = widenedTrend.series.findIndex((s) => s.name === 'Caching and routing to a small model')
    expect(widenedTrend.series[0]?.unpriced.some(Boolean)).toBe(false)
    expect(widenedTrend.series[caching]?.unpriced.indexOf(true)).toBe(12)
    expect(widenedTrend.unpriced).toEqual(widenedTrend.series[caching]?.unpriced)
  })

  it('names the unpriced models from the price book', () => {
    expect(unpricedModelNames(fixture, [fixtureRun.result])).toEqual(['Acme Small model', 'Other Mystery model'])
    expect(unpricedModelNames(portfolio, [baseline.result])).toEqual([])
    expect(
      unpricedModelNames(
        portfolio,
        runs.map((r) => r.result),
      ),
    ).toEqual([])
    expect(
      unpricedModelNames(
        widened,
        widenedRuns.map((r) => r.result),
      ),
    ).toEqual(['Meta (Amazon Bedrock) Llama 3.3 70B Instruct on Bedrock', 'Amazon Nova Lite'])
  })

  it('explains an initiative priced at both ends before a larger one that is not', () => {
    const heavy = structuredClone(fixture)
    const support = heavy.initiatives.find((i) => i.id === 'support')
    if (!support) throw new Error('fixture changed')
    support.costs.platformPerMonth = 500_000
    const c = compilePortfolio(heavy)
    const run: DeckRun = { name: 'Baseline', compiled: c, result: evaluate(c) }
    const largest = [...run.result.initiatives].sort((a, b) => b.totals.cost - a.totals.cost)[0]
    expect(largest?.id).toBe('support')
    const w = horizonWaterfall(heavy, run)
    expect(w?.initiativeId).toBe('contracts')
    expect(w?.unpricedLabels).toEqual([])
  })

  it('falls back to an unpriced initiative and names its unpriced months', () => {
    const only = structuredClone(fixture)
    only.initiatives = only.initiatives.filter((i) => i.id === 'support')
    const c = compilePortfolio(only)
    const w = horizonWaterfall(only, { name: 'Baseline', compiled: c, result: evaluate(c) })
    expect(w?.initiativeId).toBe('support')
    expect(w?.fromLabel).toBe('Mar 2026')
    expect(w?.unpricedLabels).toEqual(['Mar 2026', 'Jun 2028'])
  })
})

describe('decision slides read the app’s recommendations', () => {
  it('counts the recommendations the app gives (the sample: double down 1, pull back 3), every colour in the legend', () => {
    const legend = matrixLegend(points)
    expect(legend.map((c) => c.action)).toEqual(['double_down', 'prove_value', 'fix', 'harvest', 'pull_back'])
    const counts = Object.fromEntries(legend.map((c) => [c.action, c.count]))
    expect(counts.double_down).toBe(1)
    expect(counts.pull_back).toBe(3)
    expect(counts.fix).toBe(0)
    for (const c of recommendationCounts(points)) if (c.action in counts) expect(counts[c.action]).toBe(c.count)
  })

  it('numbers the initiatives by spend, with the matrix’s reasons and flags', () => {
    const rows = recommendationRows(points)
    expect(rows.map((r) => r.number)).toEqual(rows.map((_, i) => i + 1))
    for (let i = 1; i < rows.length; i++) expect(rows[i - 1]?.spend ?? 0).toBeGreaterThanOrEqual(rows[i]?.spend ?? 0)
    for (const r of rows) {
      const p = points.find((x) => x.id === r.id)
      expect(r.reasons).toEqual(p?.recommendation.reasons)
      expect(r.quadrantNote).toBe(p?.recommendation.quadrantNote)
      expect(r.flags).toHaveLength(p?.flags.length ?? -1)
      expect(r.npv).toBe(baseline.result.byId.get(r.id)?.totals.npv)
    }
  })

  it('puts the sentence on the quadrant before the reasons', () => {
    const rows = recommendationRows(points)
    const sales = rows.find((r) => r.name === 'Sales email drafting')
    expect(sales && whyText(sales)).toBe(
      'Harvest quadrant, but undifferentiated: buy it off the shelf instead of building. undifferentiated: vendors sell this off the shelf, strategic importance 40 below 50',
    )
    const code = rows.find((r) => r.name === 'Internal code assistant')
    expect(code && whyText(code)).toBe(code?.reasons.join('; '))
  })

  it('shortens names at a word', () => {
    expect(shortName('Contract intelligence: search and Q&A', 24)).toBe('Contract intelligence…')
    expect(shortName('Meeting notes summariser', 24)).toBe('Meeting notes summariser')
    expect(shortName('Supercalifragilisticexpialidocious', 14)).toBe('Supercalifrag…')
  })

  it('lists reviews overdue or due within a year, soonest first, and counts the rest', () => {
    const due = decisionsDue(portfolio, points, '2027-03-01')
    const dated = portfolio.initiatives.filter((i) => i.governance.reviewDate !== null)
    expect(due.rows.length + due.later).toBe(dated.length)
    expect(due.unplanned).toBe(portfolio.initiatives.length - dated.length)
    expect(due.rows.map((r) => r.reviewDate)).toEqual([...due.rows.map((r) => r.reviewDate)].sort())
    for (const r of due.rows) {
      expect(r.overdue).toBe(r.reviewDate < '2027-03-01')
      expect(r.reviewDate <= '2028-02-29').toBe(true)
    }
    expect(due.rows.some((r) => r.overdue)).toBe(true)
  })
})

describe('budget slides read the budget module and the optimiser', () => {
  it('puts the horizon’s spend against the budget and what is left after the reserve', () => {
    const b = spendAgainstBudget(portfolio, baseline.result)
    expect(b.horizonSpend).toBeCloseTo(baseline.result.totals.cost, 6)
    expect(b.horizonBudget).toBe(12_000_000)
    expect(b.horizonAvailable).toBeCloseTo(10_800_000, 6)
    expect(b.years.map((y) => y.label)).toEqual(['2026', '2027', '2028'])
  })

  it('shows the optimiser’s choice with why each cut initiative is out', () => {
    const view = reallocationView(portfolio, baseline.result, points)
    const r = reallocate(portfolio, baseline.result, points, DECK_REALLOCATION)
    expect(view?.reallocation.funded).toEqual(r?.funded)
    expect(view?.cut.map((c) => c.name).sort()).toEqual(
      (r?.cut ?? []).map((id) => portfolio.initiatives.find((i) => i.id === id)?.name).sort(),
    )
    const pullBack = new Set(points.filter((p) => p.recommendation.action === 'pull_back').map((p) => p.name))
    for (const c of view?.cut ?? [])
      expect(c.reason).toBe(
        pullBack.has(c.name) ? 'Recommended to pull back' : c.npv <= 0 ? 'NPV not positive' : 'No room in the budget',
      )
    expect(view?.cut.filter((c) => c.reason === 'Recommended to pull back')).toHaveLength(3)
    const funded = (r?.funded ?? []).reduce((s, id) => s + (baseline.result.byId.get(id)?.totals.cost ?? 0), 0)
    expect(view?.fundedByYear.reduce((a, b) => a + b, 0)).toBeCloseTo(funded, 6)
    expect(
      reallocationView(
        { ...portfolio, settings: { ...portfolio.settings, annualBudget: null } },
        baseline.result,
        points,
      ),
    ).toBeNull()
  })
})

describe('sensitivity slides read the engine', () => {
  it('shows the engine’s tornado, drivers that move NPV, largest swing first', () => {
    const t = portfolioTornado(baseline)
    const full = tornado(baseline.compiled, 0.2, null, baseline.result)
    expect(t.center).toBe(full.center)
    expect(t.bars).toEqual(full.bars.filter((b) => b.swing > 0).slice(0, 10))
  })

  it('explains the unit cost of the largest initiative with queries at both ends, parts adding up to the change', () => {
    const w = horizonWaterfall(portfolio, baseline)
    expect(w).not.toBeNull()
    if (!w) return
    const spend = baseline.result.byId.get(w.initiativeId)?.totals.cost ?? 0
    const last = baseline.result.months - 1
    for (const r of baseline.result.initiatives) {
      const q = r.series.queries
      if ((q[last] ?? 0) > 0 && r.totals.cost > spend) expect([...q.subarray(0, last)].every((x) => x === 0)).toBe(true)
    }
    expect(w.toMonth).toBe(last)
    const { start, end, parts } = w.result.full
    expect(parts.reduce((s, p) => s + p.amount, start)).toBeCloseTo(end, 9)
    expect(w.result.sentence).toMatch(/per query/)
  })
})
