import { compilePortfolio } from '../engine'
import { runBaseline, runScenario, tornado, type Tornado, type TornadoDriver } from '../engine/scenarios'
import type { Portfolio } from '../model'

export interface TornadoJobParams {
  portfolio: Portfolio
  /** The case: a scenario's id, or null for the baseline. */
  scenarioId: string | null
  /** The move, e.g. 0.2 for ±20%. */
  percent: number
  /** Initiative id, or null for the portfolio's NPV. */
  target: string | null
}

/** A tornado as it crosses threads: one typed array per figure, bar by bar in swing order. */
export interface TornadoJobResult {
  target: string | null
  percent: number
  center: number
  keys: TornadoDriver[]
  labels: string[]
  low: Float64Array
  high: Float64Array
  swing: Float64Array
}

/** The engine's tornado of one case, evaluated from the portfolio itself (the worker holds no state). */
export function tornadoJob({ portfolio, scenarioId, percent, target }: TornadoJobParams): TornadoJobResult {
  const compiled = compilePortfolio(portfolio)
  const baseline = runBaseline(portfolio, compiled)
  const scenario = scenarioId === null ? undefined : portfolio.scenarios?.find((s) => s.id === scenarioId)
  const run = scenario ? runScenario(portfolio, compiled, scenario, baseline) : baseline
  const value = tornado(run.compiled, percent, target, run.result)
  return {
    target: value.target,
    percent: value.percent,
    center: value.center,
    keys: value.bars.map((b) => b.key),
    labels: value.bars.map((b) => b.label),
    low: Float64Array.from(value.bars, (b) => b.low),
    high: Float64Array.from(value.bars, (b) => b.high),
    swing: Float64Array.from(value.bars, (b) => b.swing),
  }
}

/** The tornado a job's result describes, as the charts read it. */
export function tornadoOf(r: TornadoJobResult): Tornado {
  return {
    target: r.target,
    percent: r.percent,
    center: r.center,
    bars: r.keys.map((key, i) => ({
      key,
      label: r.labels[i] ?? key,
      low: r.low[i] ?? 0,
      high: r.high[i] ?? 0,
      swing: r.swing[i] ?? 0,
    })),
  }
}
