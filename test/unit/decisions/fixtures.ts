import { DRIVERS, type InitiativeResult, type Series, type Totals } from '../../../shared/engine/types'

/** A hand-made result: running cost and value per month given directly, no engine involved. */
export function handResult(opts: {
  id?: string
  months: number
  firstActiveMonth?: number
  cost: (t: number) => number
  build?: (t: number) => number
  value: (t: number) => number
  outcomes?: (t: number) => number
  npv?: number
}): InitiativeResult {
  const n = opts.months
  const arr = (f: (t: number) => number): Float64Array => Float64Array.from({ length: n }, (_, t) => f(t))
  const zero = (): Float64Array => new Float64Array(n)
  const cost = Object.fromEntries(DRIVERS.map((d) => [d, zero()])) as Series['cost']
  cost.build = arr(opts.build ?? (() => 0))
  cost.inference = arr(opts.cost)
  const totalCost = arr((t) => opts.cost(t) + (opts.build?.(t) ?? 0))
  const value = arr(opts.value)
  const net = arr((t) => (value[t] ?? 0) - (totalCost[t] ?? 0))
  let run = 0
  const cumulativeNet = net.map((x) => (run += x))
  const series: Series = {
    months: n,
    users: zero(),
    queries: zero(),
    outcomes: arr(opts.outcomes ?? (() => 0)),
    inputTokensPerQuery: zero(),
    cost,
    totalCost,
    value,
    net,
    cumulativeNet,
    unpriced: new Uint8Array(n),
  }
  const sum = (a: Float64Array): number => a.reduce((s, x) => s + x, 0)
  const totals: Totals = {
    costByDriver: Object.fromEntries(DRIVERS.map((d) => [d, sum(cost[d])])) as Totals['costByDriver'],
    cost: sum(totalCost),
    value: sum(value),
    net: sum(net),
    npv: opts.npv ?? 0,
    roi: null,
    paybackMonth: null,
    queries: 0,
    outcomes: sum(series.outcomes),
    unpriced: false,
    costBeforeHorizon: 0,
  }
  const unit = {
    inferencePerQuery: null,
    fullPerQuery: null,
    inferencePerUser: null,
    fullPerUser: null,
    inferencePerOutcome: null,
    fullPerOutcome: null,
    unpriced: false,
  }
  return {
    id: opts.id ?? 'a',
    firstActiveMonth: opts.firstActiveMonth ?? 0,
    series,
    totals,
    unitFirst: unit,
    unitLast: unit,
    unpricedModels: [],
  }
}
