import { compilePortfolio } from '../../shared/engine'
import type { CompiledPortfolio } from '../../shared/engine'
import { compareScenarios, tornado } from '../../shared/engine/scenarios'
import type { Portfolio } from '../../shared/model'
import { validatePortfolio } from '../../shared/model/validation'
import type { Scenario } from '../../shared/model/scenario'
import type { BenchSuite } from './harness'
import { syntheticPortfolio } from './syntheticPortfolio'

/**
 * The scenarios bench: comparing 8 scenarios (KPI table for the portfolio and every initiative, with
 * the baseline) over 1,000 initiatives x 60 months, and the tornado over its 12 drivers for the
 * portfolio's NPV. Target: both together under 150 ms; each is also reported on its own.
 */
const SIZE = { seed: 20_261_128, initiatives: 1_000, months: 60, models: 15, pools: 4 }
const portfolioScope = { kind: 'portfolio' } as const

/** Eight scenarios using every kind of lever, with scopes of the whole portfolio and of some initiatives. */
export function benchScenarios(initiativeIds: readonly string[]): Scenario[] {
  const some = { kind: 'initiatives', ids: initiativeIds.filter((_, i) => i % 5 === 0) } as const
  const scenario = (id: string, levers: Scenario['levers']): Scenario => ({ id, name: id, description: '', levers })
  return [
    scenario('prices-halve', [
      {
        id: 'p',
        kind: 'price',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'linear', fromMonth: 0, toMonth: 12 },
        target: { kind: 'all' },
        amount: -0.5,
      },
    ]),
    scenario('cache-and-route', [
      {
        id: 'c',
        kind: 'rate',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'linear', fromMonth: 0, toMonth: 6 },
        rate: 'cacheHitRate',
        mode: 'add',
        amount: 0.3,
      },
      {
        id: 'r',
        kind: 'routing',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 3 },
        fromModelId: null,
        toModelId: 'model-1',
        share: 0.4,
      },
    ]),
    scenario('prompt-growth', [
      {
        id: 't',
        kind: 'tokens',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'yearly', fromMonth: 0 },
        tokens: 'input',
        amount: 0.4,
      },
    ]),
    scenario('half-adoption', [
      {
        id: 'u',
        kind: 'volume',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 0 },
        volume: 'users',
        amount: -0.5,
      },
    ]),
    scenario('provider-cut-and-batch', [
      {
        id: 'p',
        kind: 'price',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 6 },
        target: { kind: 'provider', provider: 'provider-1' },
        amount: -0.3,
      },
      {
        id: 'b',
        kind: 'rate',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 12 },
        rate: 'batchShare',
        mode: 'set',
        amount: 0.6,
      },
    ]),
    scenario('build-and-upkeep', [
      {
        id: 'b',
        kind: 'cost',
        enabled: true,
        scope: some,
        timing: { kind: 'from', month: 0 },
        driver: 'build',
        amount: 0.3,
      },
      {
        id: 'i',
        kind: 'cost',
        enabled: true,
        scope: some,
        timing: { kind: 'from', month: 0 },
        driver: 'integration',
        amount: 1,
      },
    ]),
    scenario('slower-value', [
      {
        id: 'o',
        kind: 'value',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 0 },
        value: 'outcomesPerQuery',
        amount: -0.2,
      },
      { id: 'rv', kind: 'ramp', enabled: true, scope: portfolioScope, ramp: 'value', months: 3 },
      { id: 'ru', kind: 'ramp', enabled: true, scope: portfolioScope, ramp: 'users', months: 2 },
    ]),
    scenario('leaner-answers-more-use', [
      {
        id: 'o',
        kind: 'tokens',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 6 },
        tokens: 'output',
        amount: -0.25,
      },
      {
        id: 'q',
        kind: 'volume',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'linear', fromMonth: 0, toMonth: 24 },
        volume: 'queriesPerUser',
        amount: 0.2,
      },
      {
        id: 's',
        kind: 'cost',
        enabled: true,
        scope: portfolioScope,
        timing: { kind: 'from', month: 0 },
        driver: 'shared',
        amount: 0.15,
      },
      { id: 'd', kind: 'discountRate', enabled: true, scope: portfolioScope, mode: 'set', amount: 0.12 },
    ]),
  ]
}

/** The bench's portfolio: the synthetic 1,000 initiatives with the eight scenarios, validated. */
export function scenarioBenchPortfolio(): Portfolio {
  const base = syntheticPortfolio(SIZE)
  // The bench measures only what the app would accept: the scenarios pass the file's rules.
  const checked = validatePortfolio({ ...base, scenarios: benchScenarios(base.initiatives.map((i) => i.id)) })
  if (!checked.ok) throw new RangeError(checked.issues.map((i) => i.message).join('; '))
  return checked.value
}

let portfolio: Portfolio | undefined
let compiled: CompiledPortfolio | undefined
let keys: string[] = []

function setup(): void {
  if (portfolio) return
  portfolio = scenarioBenchPortfolio()
  keys = (portfolio.scenarios ?? []).map((s) => s.id)
  compiled = compilePortfolio(portfolio)
}

function need<T>(x: T | undefined): T {
  if (x === undefined) throw new RangeError('setup did not run')
  return x
}

/** The comparison as the view and the CLI build it: compile, evaluate baseline + 8, KPI table. */
function compare(): void {
  const c = compareScenarios(need(portfolio), keys)
  if (c.columns.length !== keys.length + 1) throw new RangeError('a scenario went missing')
}

/** The portfolio tornado (±20%, 12 drivers) on the baseline's compiled inputs. */
function sensitivity(): void {
  const t = tornado(need(compiled))
  if (t.bars.length !== 12) throw new RangeError('the tornado lost a driver')
}

export const suites: BenchSuite[] = [
  {
    name: 'scenarios: compare 8 scenarios + tornado 12 drivers (1,000 x 60)',
    targetMs: 150,
    samples: 10,
    warmup: 3,
    setup,
    run: () => {
      compare()
      sensitivity()
    },
  },
  {
    name: 'scenarios: compare 8 scenarios, KPI table (1,000 x 60)',
    targetMs: 150,
    samples: 10,
    warmup: 3,
    setup,
    run: compare,
  },
  {
    name: 'scenarios: tornado 12 drivers, portfolio NPV (1,000 x 60)',
    targetMs: 150,
    samples: 10,
    warmup: 3,
    setup,
    run: sensitivity,
  },
]
