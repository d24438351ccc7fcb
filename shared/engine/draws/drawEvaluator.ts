import type { Portfolio } from '../../model/portfolio'
import { monthSumsOf, poolRates } from '../allocation'
import { addBlock } from '../chunks'
import type { CompiledPortfolio, InitiativeInputs, PriceTable } from '../compiled'
import { discountFactors, paybackMonth } from '../finance'
import { addToMonthBlock, computeMonths } from '../initiativeMonths'
import { monthBlockSize } from '../layout'
import { MonthFigures } from '../months/monthFigures'
import { evaluate } from '../portfolio'
import { portfolioTotalCost } from '../portfolioSeries'
import { TOTALS_STRIDE, T_NPV, T_PAYBACK, T_SHARED, fillTotalsRow, npvOf, portfolioNet } from '../totals'
import { DrawFigures } from './drawFigures'
import { drawnInputs, drawnPriceTable, enteredValue } from './drawnInputs'
import { ScalingInitiative } from './fastInitiative'
import type { DrawColumns, RangedSlot } from './plan'

/** An initiative that some draw moves: its own ranges, its stage's adoption, its providers' prices. */
interface Moving {
  index: number
  slots: readonly RangedSlot[]
  /** Column of its stage's adoption factor, or -1. */
  adoption: number
  /** The price paths its mix follows. */
  paths: readonly number[]
  scaling: ScalingInitiative | null
  /** Each slot's entered number. */
  entered: Float64Array
}

/**
 * Evaluates one draw of a case (the baseline, or a scenario with its levers) at a time, writing its
 * figures into a DrawFigures. Compiled once: the case's month blocks, and for each initiative that
 * draws move, either the series its draws scale (fastInitiative.ts) or nothing (its months are
 * computed again per draw with the drawn inputs, by the engine's own month passes). Everything
 * after the initiatives is the engine's: month sums by chunk, pool rates, each initiative's totals
 * row (NPV, payback, shared cost) and the portfolio's net, NPV and payback. A draw that moves
 * nothing takes the deterministic figures, so zero-width ranges give the engine's numbers exactly.
 */
export class DrawEvaluator {
  readonly months: number
  readonly #compiled: CompiledPortfolio
  readonly #portfolio: Portfolio
  readonly #columns: DrawColumns
  readonly #moving: Moving[]
  readonly #baseBlocks: Float64Array
  readonly #blocks: Float64Array
  readonly #baseValue: Float64Array
  readonly #baseOutcomes: Float64Array
  readonly #baseOwn: Float64Array
  readonly #own: Float64Array
  readonly #value: Float64Array
  readonly #outcomes: Float64Array
  readonly #figures: MonthFigures
  readonly #discount: Float64Array
  readonly #pathOfRow: Int32Array
  readonly #paths: Float64Array
  readonly #priceColumns: readonly number[]
  #baseFigures: DrawFigures | null = null
  /** The portfolio's first active month (its payback counts from it). */
  readonly firstActiveMonth: number
  #drawnTable: PriceTable | null = null

  /**
   * `scaling: false` sends every moved initiative through the engine's month passes (what the
   * scaled series must equal; tests compare the two).
   */
  constructor(portfolio: Portfolio, compiled: CompiledPortfolio, columns: DrawColumns, { scaling = true } = {}) {
    const H = compiled.months
    const n = compiled.initiatives.length
    const B = monthBlockSize(H)
    this.months = H
    this.#compiled = compiled
    this.#portfolio = portfolio
    this.#columns = columns
    this.#figures = new MonthFigures(H)
    this.#discount = discountFactors(compiled.discountRateAnnual, H)
    this.#baseBlocks = new Float64Array(n * B)
    this.#baseValue = new Float64Array(n)
    this.#baseOutcomes = new Float64Array(n)
    this.#baseOwn = new Float64Array(n)
    const prices = columns.factors.flatMap((f) => (f.moves.kind === 'prices' ? [f] : []))
    this.#priceColumns = prices.map((f) => f.column)
    this.#paths = new Float64Array(prices.length * H).fill(1)
    const providerOf = new Map(portfolio.priceBook.map((m) => [m.id, m.provider]))
    const pathOf = new Map(prices.map((f, k) => [f.moves.kind === 'prices' ? f.moves.provider : '', k]))
    this.#pathOfRow = Int32Array.from(compiled.priceTable.modelIds, (id) => pathOf.get(providerOf.get(id) ?? '') ?? -1)
    const moves = this.#movesOf(scaling)
    this.#moving = []
    compiled.initiatives.forEach((inp, i) => {
      computeMonths(inp, compiled.priceTable, this.#figures)
      addToMonthBlock(this.#figures, this.#baseBlocks, i * B)
      this.#baseValue[i] = sumOf(this.#figures.value)
      this.#baseOutcomes[i] = sumOf(this.#figures.outcomes)
      this.#baseOwn[i] = sumOf(this.#figures.ownCost)
      // Last: preparing the scaled series uses the month figures as scratch.
      const moving = moves(inp, i)
      if (moving) this.#moving.push(moving)
    })
    this.#blocks = this.#baseBlocks.slice()
    this.#value = this.#baseValue.slice()
    this.#outcomes = this.#baseOutcomes.slice()
    this.#own = this.#baseOwn.slice()
    // As the engine's result names it: the earliest first active month (0 without initiatives).
    this.firstActiveMonth = n > 0 ? Math.min(...compiled.initiatives.map((inp) => Math.max(0, inp.launchMonth))) : 0
  }

  /** The deterministic figures, which a draw that moves nothing copies (evaluated when first needed). */
  #base(): DrawFigures {
    return (this.#baseFigures ??= DrawFigures.of(evaluate(this.#compiled), this.months))
  }

  /** How draws move one initiative (its month figures as entered in this.#figures), or null when none does. */
  #movesOf(scaling: boolean): (inp: InitiativeInputs, index: number) => Moving | null {
    const { priceTable } = this.#compiled
    const slotsOf = new Map(this.#columns.initiatives.map((s) => [s.index, s.inputs]))
    const adoptionOf = new Map(
      this.#columns.factors.flatMap((f) => (f.moves.kind === 'adoption' ? [[f.moves.stage, f.column] as const] : [])),
    )
    return (inp, index) => {
      const entered = this.#portfolio.initiatives[index]
      if (!entered) return null
      const slots = slotsOf.get(index) ?? []
      const adoption = adoptionOf.get(entered.governance.stage) ?? -1
      const paths = [...new Set(Array.from(inp.mixModels, (k) => (k < 0 ? -1 : (this.#pathOfRow[k] ?? -1))))].filter(
        (p) => p >= 0,
      )
      if (slots.length === 0 && adoption < 0 && paths.length === 0) return null
      const scaled = scaling
        ? ScalingInitiative.prepare(inp, entered, slots, adoption, this.#pathOfRow, priceTable, this.#figures)
        : null
      const enteredValues = Float64Array.from(slots, (s) => enteredValue(entered, s.key))
      return { index, slots, adoption, paths, scaling: scaled, entered: enteredValues }
    }
  }

  /** The figures of draw `d` (row `rowAt` of `row`, DrawColumns' layout) into `out`. */
  evaluate(row: Float64Array, rowAt: number, d: number, out: DrawFigures): void {
    const H = this.months
    let pricesMoved = false
    this.#priceColumns.forEach((column, k) => {
      const f = row[rowAt + column] ?? 1
      if (f !== 1) pricesMoved = true
      for (let t = 0; t < H; t++) this.#paths[k * H + t] = f === 1 ? 1 : Math.pow(f, t / 12)
    })
    let moved = false
    let drawnTable: PriceTable | null = null
    for (const m of this.#moving) {
      const still = this.#unmoved(m, row, rowAt)
      if (still) this.#restore(m.index)
      else {
        moved = true
        if (!m.scaling?.fill(row, rowAt, this.#paths, this.#blocks, m.index * monthBlockSize(H))) {
          const table =
            pricesMoved && m.paths.length > 0 ? (drawnTable ??= this.#priceTableOfDraw()) : this.#compiled.priceTable
          this.#recompute(m, row, rowAt, table)
        } else {
          this.#value[m.index] = m.scaling.value
          this.#outcomes[m.index] = m.scaling.outcomes
          this.#own[m.index] = m.scaling.ownCost
        }
      }
    }
    if (!moved) out.copyDraw(this.#base(), 0, d)
    else this.#finish(d, out)
  }

  /** True when the draw leaves the initiative as entered (every range, its adoption and its prices). */
  #unmoved(m: Moving, row: Float64Array, rowAt: number): boolean {
    if (m.adoption >= 0 && row[rowAt + m.adoption] !== 1) return false
    for (const p of m.paths) if (row[rowAt + this.#priceColumns[p]!] !== 1) return false
    for (let k = 0; k < m.slots.length; k++) if (row[rowAt + m.slots[k]!.column] !== m.entered[k]) return false
    return true
  }

  #restore(i: number): void {
    const B = monthBlockSize(this.months)
    this.#blocks.set(this.#baseBlocks.subarray(i * B, (i + 1) * B), i * B)
    this.#value[i] = this.#baseValue[i]!
    this.#outcomes[i] = this.#baseOutcomes[i]!
    this.#own[i] = this.#baseOwn[i]!
  }

  #priceTableOfDraw(): PriceTable {
    this.#drawnTable = drawnPriceTable(this.#compiled.priceTable, this.#pathOfRow, this.#paths, this.#drawnTable)
    return this.#drawnTable
  }

  /** The initiative's months computed again with the drawn inputs (the engine's month passes). */
  #recompute(m: Moving, row: Float64Array, rowAt: number, table: PriceTable): void {
    const B = monthBlockSize(this.months)
    const drawn = new Map<string, number>()
    for (const s of m.slots) {
      const x = row[rowAt + s.column] ?? 0
      drawn.set(s.key, x < s.min ? s.min : x > s.max ? s.max : x)
    }
    const adoption = m.adoption < 0 ? 1 : (row[rowAt + m.adoption] ?? 1)
    const inputs = drawnInputs(
      this.#compiled.initiatives[m.index]!,
      this.#portfolio.initiatives[m.index]!,
      drawn,
      adoption,
    )
    computeMonths(inputs, table, this.#figures)
    this.#blocks.fill(0, m.index * B, (m.index + 1) * B)
    addToMonthBlock(this.#figures, this.#blocks, m.index * B)
    this.#value[m.index] = sumOf(this.#figures.value)
    this.#outcomes[m.index] = sumOf(this.#figures.outcomes)
    this.#own[m.index] = sumOf(this.#figures.ownCost)
  }

  /** Month sums by chunk, pool rates, every initiative's totals row, then the portfolio's figures. */
  #finish(d: number, out: DrawFigures): void {
    const H = this.months
    const B = monthBlockSize(H)
    const { initiatives, pools } = this.#compiled
    const n = initiatives.length
    // A draw that moves something: the sums in initiative order (the chunks' order matters only to
    // reproduce the engine's last digits, which a draw that moves nothing copies).
    const total = new Float64Array(B)
    for (let i = 0; i < n; i++) addBlock(total, this.#blocks, i * B, B)
    const sums = monthSumsOf(total, H)
    const rates = poolRates(pools, n, H, sums)
    const totals = new Float64Array(TOTALS_STRIDE)
    let value = 0
    let outcomes = 0
    for (let i = 0; i < n; i++) {
      const block = this.#blocks.subarray(i * B, (i + 1) * B)
      const launchMonth = initiatives[i]!.launchMonth
      fillTotalsRow(block, { months: H, launchMonth }, i, rates, this.#discount, Math.max(0, launchMonth), totals, 0)
      out.setInitiative(i, d, {
        cost: this.#own[i]! + (totals[T_SHARED] ?? 0),
        value: this.#value[i]!,
        npv: totals[T_NPV] ?? 0,
        outcomes: this.#outcomes[i]!,
        payback: totals[T_PAYBACK] ?? -1,
      })
      value += this.#value[i]!
      outcomes += this.#outcomes[i]!
    }
    const cost = portfolioTotalCost(sums, rates)
    const net = portfolioNet(sums.ownNet, rates)
    out.setPortfolio(d, {
      cost: sumOf(cost),
      value,
      npv: npvOf(net, this.#discount),
      outcomes,
      payback: n > 0 ? (paybackMonth(net, cost, this.firstActiveMonth) ?? -1) : -1,
      monthlyCost: cost,
      net,
    })
  }
}

function sumOf(values: ArrayLike<number>): number {
  let sum = 0
  for (let t = 0; t < values.length; t++) sum += values[t] ?? 0
  return sum
}
