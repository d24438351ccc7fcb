import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import {
  compilePortfolio,
  computePortfolio,
  costInputPosition,
  evaluate,
  type PortfolioResult,
} from '../../../shared/engine'
import { runBaseline, runScenario } from '../../../shared/engine/scenarios'
import { encodeRow } from '../../../shared/exports/csv'
import { LONG_COLUMNS, longFormatRows } from '../../../shared/exports/longFormat'
import { parsePortfolioJson, serializePortfolio } from '../../../shared/format'
import {
  limitIssues,
  PORTFOLIO_LIMITS,
  NonFiniteNumberError,
  NUMBER_LIMITS,
  type Portfolio,
} from '../../../shared/model'
import { validatePortfolio, type ValidationIssue } from '../../../shared/model/validation'
import { boundaryPortfolioArb, maximalPortfolio } from '../../fixtures/boundaryPortfolio'
import { allNumbers } from '../engine/resultChecks'

function issuesOf(p: Portfolio): ValidationIssue[] {
  const v = validatePortfolio(p)
  return v.ok ? [] : v.issues
}

/** The sample with one edit, validated: its issues' messages. */
function messagesAfter(edit: (p: Portfolio) => void): string[] {
  const p = samplePortfolio()
  edit(p)
  return issuesOf(p).map((i) => i.message)
}

const first = (p: Portfolio) => {
  const init = p.initiatives[0]
  if (!init) throw new Error('the sample has initiatives')
  return init
}
const support = 'Initiative "Support deflection assistant"'

/** Every number of every run (baseline and scenarios) that is neither null nor finite, labelled. */
function nonFinite(runs: readonly { name: string; result: PortfolioResult }[]): string[] {
  return runs.flatMap((r) =>
    allNumbers(r.result)
      .filter(([, v]) => v !== null && !Number.isFinite(v))
      .map(([where, v]) => `${r.name}: ${where} = ${String(v)}`),
  )
}

function runsOf(p: Portfolio) {
  const compiled = compilePortfolio(p)
  const baseline = runBaseline(p, compiled)
  return [baseline, ...(p.scenarios ?? []).map((s) => runScenario(p, compiled, s, baseline))]
}

describe('every numeric field has a maximum, and the message names the field and the rule', () => {
  const cases: [string, (p: Portfolio, v: number) => void, number, string][] = [
    [
      'users',
      (p, v) => (first(p).usage.targetUsers = v),
      1e10,
      `${support}: usage.targetUsers must be 10 billion or less`,
    ],
    [
      'queries per user',
      (p, v) => (first(p).usage.queriesPerUserPerMonth = v),
      1e6,
      `${support}: usage.queriesPerUserPerMonth must be 1 million or less`,
    ],
    [
      'tokens per query',
      (p, v) => (first(p).usage.outputTokensPerQuery = v),
      1e8,
      `${support}: usage.outputTokensPerQuery must be 100 million or less`,
    ],
    [
      'money',
      (p, v) => (first(p).costs.platformPerMonth = v),
      1e13,
      `${support}: costs.platformPerMonth must be 10 trillion or less`,
    ],
    [
      'money per query',
      (p, v) => (first(p).costs.dataPerQuery = v),
      1e13,
      `${support}: costs.dataPerQuery must be 10 trillion or less`,
    ],
    [
      'effort',
      (p, v) => (first(p).costs.integrationFte = v),
      1e6,
      `${support}: costs.integrationFte must be 1 million or less`,
    ],
    [
      'outcomes per query',
      (p, v) => (first(p).value.outcomesPerQuery = v),
      1e6,
      `${support}: value.outcomesPerQuery must be 1 million or less`,
    ],
    [
      'price per million tokens',
      (p, v) => {
        const price = p.priceBook[0]?.prices[0]
        if (price) price.outputPerM = v
      },
      1e6,
      'prices.0.outputPerM must be 1 million or less',
    ],
    [
      'pool cost',
      (p, v) => {
        const pool = p.costPools[0]
        if (pool) pool.monthlyCost = v
      },
      1e13,
      'monthlyCost must be 10 trillion or less',
    ],
    ['budget', (p, v) => (p.settings.annualBudget = v), 1e13, 'settings.annualBudget must be 10 trillion or less'],
  ]

  it.each(cases)('%s: the maximum is accepted, just above it and 1e308 are refused', (_, set, max, message) => {
    expect(messagesAfter((p) => set(p, max))).toEqual([])
    for (const tooBig of [max * (1 + 1e-9), 1e308, Number.MAX_VALUE]) {
      const messages = messagesAfter((p) => set(p, tooBig))
      expect(messages).toHaveLength(1)
      expect(messages[0]).toContain(message)
    }
  })

  it('names the model and the pool whose number is too large', () => {
    const p = samplePortfolio()
    const model = p.priceBook[0]
    const pool = p.costPools[0]
    if (!model?.prices[0] || !pool) throw new Error('the sample has models and pools')
    model.prices[0].inputPerM = 1e308
    pool.monthlyCost = 1e308
    expect(issuesOf(p).map((i) => i.message)).toEqual([
      `Model "${model.name}": prices.0.inputPerM must be 1 million or less`,
      `Cost pool "${pool.name}": monthlyCost must be 10 trillion or less`,
    ])
  })

  it('bounds month indices and long-context thresholds too', () => {
    expect(messagesAfter((p) => (first(p).usage.launchMonth = 500))).toEqual([
      `${support}: usage.launchMonth must fall within the horizon (month 119 at most)`,
      `${support}: usage.launchMonth must fall within the 36-month horizon (0 to 35)`,
    ])
    const messages = messagesAfter((p) => {
      const price = p.priceBook[0]?.prices[0]
      if (price)
        price.longContext = { thresholdTokens: 1e9, inputPerM: 1, cachedInputPerM: 1, cacheWritePerM: 1, outputPerM: 1 }
    })
    expect(messages).toEqual([
      expect.stringContaining('prices.0.longContext.thresholdTokens must be 100 million or less'),
    ])
  })

  it('the limits are the ones documented', () => {
    expect(Object.fromEntries(Object.entries(NUMBER_LIMITS).map(([k, v]) => [k, v.max]))).toEqual({
      money: 1e13,
      users: 1e10,
      queriesPerUserPerMonth: 1e6,
      tokensPerQuery: 1e8,
      pricePerMillionTokens: 1e6,
      outcomesPerQuery: 1e6,
      effort: 1e6,
    })
  })
})

describe('a rule about a whole list names the list, not "#undefined"', () => {
  const sample = samplePortfolio()
  const model = sample.priceBook[0]
  const pool = sample.costPools[0]
  const init = sample.initiatives[0]
  if (!model || !pool || !init) throw new Error('the sample has models, pools and initiatives')

  it.each([
    [
      'price book',
      { ...sample, priceBook: Array.from({ length: 501 }, (_, i) => ({ ...model, id: `m${i}` })) },
      'Price book: must hold 500 models or fewer',
    ],
    [
      'cost pools',
      { ...sample, costPools: Array.from({ length: 201 }, (_, i) => ({ ...pool, id: `p${i}` })) },
      'Cost pools: must hold 200 cost pools or fewer',
    ],
    [
      'initiatives',
      { ...sample, initiatives: Array.from({ length: 5001 }, (_, i) => ({ ...init, id: `i${i}` })) },
      'Initiatives: must hold 5,000 initiatives or fewer',
    ],
    [
      'scenarios',
      {
        ...sample,
        scenarios: Array.from({ length: 101 }, (_, i) => ({ id: `s${i}`, name: `S${i}`, description: '', levers: [] })),
      },
      'Scenarios: must hold 100 scenarios or fewer',
    ],
  ])('%s', (_, portfolio, message) => {
    const issues = issuesOf(portfolio).filter((i) => i.path.length === 1)
    expect(issues.map((i) => [i.entity, i.field, i.message])).toEqual([[message.split(':')[0], '', message]])
    expect(issues[0]?.message).not.toContain('#undefined')
  })

  it('the check every write makes words a limit exactly as opening the file does', () => {
    const over = {
      ...sample,
      priceBook: Array.from({ length: 501 }, (_, i) => ({ ...model, id: `m${i}` })),
      initiatives: Array.from({ length: 5001 }, (_, i) => ({ ...init, id: `i${i}` })),
    }
    const onOpen = issuesOf(over).filter((i) => i.path.length === 1)
    expect(limitIssues(over)).toEqual(onOpen)
    expect(onOpen.map((i) => i.message)).toEqual([
      'Price book: must hold 500 models or fewer',
      'Initiatives: must hold 5,000 initiatives or fewer',
    ])
  })

  it('an item with neither name nor id is named by its place in the list, counted from 1', () => {
    const p = samplePortfolio()
    p.priceBook.push({ provider: 'X', prices: [] } as unknown as Portfolio['priceBook'][number])
    const n = p.priceBook.length
    expect(issuesOf(p).map((i) => i.message)).toContain(`Model "#${n}": id must be text`)
  })

  it("a scenario's lever is named by scenario and lever", () => {
    const p = samplePortfolio()
    const lever = p.scenarios?.[0]?.levers[0]
    if (!lever || !('amount' in lever)) throw new Error('the sample has a lever with an amount')
    lever.amount = 1e308
    const issue = issuesOf(p)[0]
    expect(issue?.message).toMatch(/^Scenario "[^"]+", lever 1 \([^)]+\): amount must be/)
  })
})

describe('any portfolio that passes validation evaluates to finite numbers everywhere', () => {
  it('property: numbers at the edges of their ranges, with extreme scenarios (engine, CSV, JSON)', () => {
    fc.assert(
      fc.property(boundaryPortfolioArb(), (p) => {
        expect(issuesOf(p)).toEqual([])
        const runs = runsOf(p)
        expect(nonFinite(runs)).toEqual([])
        // The CSV export's rows encode without refusal (a non-finite value would throw).
        for (const row of longFormatRows(p, runs)) encodeRow(LONG_COLUMNS.map((c) => c.value(row)))
        expect(parsePortfolioJson(serializePortfolio(p)).ok).toBe(true)
      }),
      { numRuns: 60 },
    )
  })

  it('every number at its maximum over the longest horizon, with the most initiatives and pools', () => {
    const p = maximalPortfolio(PORTFOLIO_LIMITS.initiatives.max, PORTFOLIO_LIMITS.costPools.max)
    expect(issuesOf(p)).toEqual([])
    const [baseline, up, down] = runsOf(p)
    for (const run of [baseline, up, down]) {
      if (!run) throw new Error('three runs')
      const { totals, series } = run.result
      expect([totals.cost, totals.value, totals.net, totals.npv].every(Number.isFinite)).toBe(true)
      expect(Array.from(series.totalCost).every(Number.isFinite)).toBe(true)
      expect(Array.from(series.cumulativeNet).every(Number.isFinite)).toBe(true)
    }
    // Every figure of the smaller maximal portfolio, initiative by initiative.
    expect(nonFinite(runsOf(maximalPortfolio(3, 3)))).toEqual([])
    // Far below the double's range: the bounds leave room, they do not just scrape through.
    expect(Math.abs(baseline?.result.totals.cost ?? Infinity)).toBeLessThan(1e200)
  })
})

describe('the engine and the JSON writer refuse to emit a non-finite number', () => {
  it('a number beyond its bound (1e308 users), evaluated without validation, is refused by the engine', () => {
    const p = samplePortfolio()
    first(p).usage.usersAtLaunch = 1e308
    first(p).usage.targetUsers = 1e308
    expect(() => computePortfolio(p)).toThrow(NonFiniteNumberError)
    expect(() => computePortfolio(p)).toThrow(/^The portfolio's .* is (NaN|Infinity), not a finite number/)
  })

  it('compiled inputs holding Infinity are refused, whichever figure they reach first', () => {
    const compiled = compilePortfolio(samplePortfolio())
    const [head, ...rest] = compiled.initiatives
    if (!head) throw new Error('the sample has initiatives')
    const costInputs = head.costInputs.slice()
    costInputs[costInputPosition('platformPerMonth')] = Infinity
    expect(() => evaluate({ ...compiled, initiatives: [{ ...head, costInputs }, ...rest] })).toThrow(
      NonFiniteNumberError,
    )
  })

  it('JSON: NaN is refused with its place in the portfolio rather than written as null', () => {
    const p = samplePortfolio()
    first(p).usage.targetUsers = Number.NaN
    expect(() => serializePortfolio(p)).toThrow('portfolio.initiatives.0.usage.targetUsers is NaN, not a finite number')
  })
})
