import { FIELD, FIELD_COUNT, OWN_DRIVERS, driverField } from '../layout'

/**
 * One initiative's figures month by month, as the month passes compute them (initiativeMonths.ts):
 * the full block's fields (layout.ts) as rows of `block`, plus what only the writers read.
 * An evaluation makes one and reuses it for each initiative in turn (every pass overwrites it).
 */
export class MonthFigures {
  readonly months: number
  /** Every full-block field month by month: field f of month t at [f * months + t]. */
  readonly block: Float64Array
  readonly users: Float64Array
  readonly queries: Float64Array
  readonly outcomes: Float64Array
  readonly inputTokens: Float64Array
  readonly value: Float64Array
  readonly ownCost: Float64Array
  /** 1 where a needed price is unknown, else 0. */
  readonly unpriced: Float64Array
  /** Output tokens per query in force (0 before launch). */
  readonly outputTokens: Float64Array
  /** Value from outcomes alone (value without the fixed monthly value): a tornado part. */
  readonly outcomeValue: Float64Array
  /** The per-query terms of every scheduled driver, after its lever: a tornado part. */
  readonly volumeCost: Float64Array
  /** The cost per month of each of OWN_DRIVERS, in their order (rows of `block`). */
  readonly costs: readonly Float64Array[]
  /** Inference's cost per month (the first of `costs`). */
  readonly inference: Float64Array
  /** The horizon sum of every full-block field (field f at f). */
  readonly sums: Float64Array
  /**
   * The first month any pass wrote a figure in (launch, or a cost before it): every row is 0 before
   * it, so the passes that add rows up start there.
   */
  firstFigureMonth = 0
  /** Bit mask of mix entries whose model was unpriced in some month. */
  unpricedEntries = 0

  constructor(months: number) {
    this.months = months
    this.block = new Float64Array(FIELD_COUNT * months)
    this.sums = new Float64Array(FIELD_COUNT)
    this.users = this.row(FIELD.users)
    this.queries = this.row(FIELD.queries)
    this.outcomes = this.row(FIELD.outcomes)
    this.inputTokens = this.row(FIELD.inputTokens)
    this.value = this.row(FIELD.value)
    this.ownCost = this.row(FIELD.ownCost)
    this.unpriced = this.row(FIELD.unpriced)
    this.costs = OWN_DRIVERS.map((d) => this.row(driverField(d)))
    this.inference = this.row(driverField('inference'))
    const extra = new Float64Array(3 * months)
    this.outputTokens = extra.subarray(0, months)
    this.outcomeValue = extra.subarray(months, 2 * months)
    this.volumeCost = extra.subarray(2 * months, 3 * months)
  }

  /** The months of full-block field f. */
  row(field: number): Float64Array {
    return this.block.subarray(field * this.months, (field + 1) * this.months)
  }

  /** The cost per month of the k-th of OWN_DRIVERS (layout.ts). */
  costRow(k: number): Float64Array {
    const row = this.costs[k]
    if (!row) throw new RangeError(`No driver has its own month figures at ${k}`)
    return row
  }

  /** Sets the horizon sum of field f (each pass sets the sums of the rows it writes). */
  setSum(field: number, sum: number): void {
    this.sums[field] = sum
  }

  /** Notes that a pass wrote figures from month t on. */
  noteFiguresFrom(t: number): void {
    this.firstFigureMonth = Math.min(this.firstFigureMonth, t)
  }

  clear(): void {
    this.firstFigureMonth = this.months
    this.sums.fill(0)
    this.block.fill(0)
    this.outputTokens.fill(0)
    this.outcomeValue.fill(0)
    this.volumeCost.fill(0)
    this.unpricedEntries = 0
  }
}
