import type { PortfolioResult } from '../types'

/** One draw's figures of one initiative. */
export interface InitiativeDraw {
  cost: number
  value: number
  npv: number
  outcomes: number
  /** Payback month index, or -1 for none within the horizon. */
  payback: number
}

/** One draw's figures of the portfolio, with its months. */
export interface PortfolioDraw extends InitiativeDraw {
  /** Total cost per month (own cost plus the pools'). */
  monthlyCost: Float64Array
  /** Net per month. */
  net: Float64Array
}

/**
 * The figures of every draw, in typed arrays: per initiative at [initiative * draws + draw] (so one
 * initiative's draws are contiguous, ready to summarise), the portfolio's at [draw], and its months
 * at [draw * months + t] (a fan chart's layout).
 */
export class DrawFigures {
  readonly draws: number
  readonly initiatives: number
  readonly months: number
  /** The first active month of the portfolio (its payback counts from it). */
  readonly firstActiveMonth: number
  readonly cost: Float64Array
  readonly value: Float64Array
  readonly npv: Float64Array
  readonly outcomes: Float64Array
  readonly payback: Float64Array
  readonly portfolio: {
    cost: Float64Array
    value: Float64Array
    npv: Float64Array
    outcomes: Float64Array
    payback: Float64Array
  }
  readonly monthlyCost: Float64Array
  readonly cumulativeNet: Float64Array

  constructor(draws: number, initiatives: number, months: number, firstActiveMonth: number) {
    this.draws = draws
    this.initiatives = initiatives
    this.months = months
    this.firstActiveMonth = firstActiveMonth
    const perInitiative = () => new Float64Array(draws * initiatives)
    this.cost = perInitiative()
    this.value = perInitiative()
    this.npv = perInitiative()
    this.outcomes = perInitiative()
    this.payback = perInitiative()
    const perDraw = () => new Float64Array(draws)
    this.portfolio = { cost: perDraw(), value: perDraw(), npv: perDraw(), outcomes: perDraw(), payback: perDraw() }
    this.monthlyCost = new Float64Array(draws * months)
    this.cumulativeNet = new Float64Array(draws * months)
  }

  /** The deterministic figures of an evaluation as a single draw: what a draw that moves nothing gives. */
  static of(result: PortfolioResult, months: number): DrawFigures {
    const out = new DrawFigures(1, result.initiatives.length, months, result.firstActiveMonth)
    result.initiatives.forEach((r, i) => {
      const t = r.totals
      out.setInitiative(i, 0, {
        cost: t.cost,
        value: t.value,
        npv: t.npv,
        outcomes: t.outcomes,
        payback: t.paybackMonth ?? -1,
      })
    })
    const t = result.totals
    out.setPortfolio(0, {
      cost: t.cost,
      value: t.value,
      npv: t.npv,
      outcomes: t.outcomes,
      payback: t.paybackMonth ?? -1,
      monthlyCost: result.series.totalCost,
      net: result.series.net,
    })
    return out
  }

  setInitiative(i: number, d: number, x: InitiativeDraw): void {
    const at = i * this.draws + d
    this.cost[at] = x.cost
    this.value[at] = x.value
    this.npv[at] = x.npv
    this.outcomes[at] = x.outcomes
    this.payback[at] = x.payback
  }

  setPortfolio(d: number, x: PortfolioDraw): void {
    const p = this.portfolio
    p.cost[d] = x.cost
    p.value[d] = x.value
    p.npv[d] = x.npv
    p.outcomes[d] = x.outcomes
    p.payback[d] = x.payback
    const H = this.months
    let cumulative = 0
    for (let t = 0; t < H; t++) {
      this.monthlyCost[d * H + t] = x.monthlyCost[t] ?? 0
      cumulative += x.net[t] ?? 0
      this.cumulativeNet[d * H + t] = cumulative
    }
  }

  /** Copies draw `from` of `source` (same initiatives and months) into draw `to`. */
  copyDraw(source: DrawFigures, from: number, to: number): void {
    for (let i = 0; i < this.initiatives; i++) {
      const a = i * source.draws + from
      const b = i * this.draws + to
      this.cost[b] = source.cost[a]!
      this.value[b] = source.value[a]!
      this.npv[b] = source.npv[a]!
      this.outcomes[b] = source.outcomes[a]!
      this.payback[b] = source.payback[a]!
    }
    for (const key of ['cost', 'value', 'npv', 'outcomes', 'payback'] as const)
      this.portfolio[key][to] = source.portfolio[key][from]!
    const H = this.months
    this.monthlyCost.set(source.monthlyCost.subarray(from * H, (from + 1) * H), to * H)
    this.cumulativeNet.set(source.cumulativeNet.subarray(from * H, (from + 1) * H), to * H)
  }
}
