import type { ColumnLabel } from './plan'

/** How much of the spread of NPV one range explains. */
export interface Contribution {
  key: string
  label: string
  /** Squared correlation of the range's draws with NPV: the share of NPV's variance a straight line in it explains. */
  share: number
  /** The correlation itself (its sign says whether NPV rises or falls with the range). */
  correlation: number
}

/**
 * The variance contribution of each column to an output (the tornado's ranking of ranges): the
 * squared correlation over the draws. With independent ranges and a model near linear in each,
 * these are the first-order variance shares and add up to about 1 (less when ranges interact);
 * inputs that follow a shared factor share its contribution. Sums are kept shifted by the first
 * draw's values so large means cost no digits.
 */
export class ContributionSums {
  readonly #width: number
  readonly #shiftX: Float64Array
  readonly #sumX: Float64Array
  readonly #sumXX: Float64Array
  readonly #sumXY: Float64Array
  #shiftY = 0
  #sumY = 0
  #sumYY = 0
  #count = 0

  constructor(width: number) {
    this.#width = width
    this.#shiftX = new Float64Array(width)
    this.#sumX = new Float64Array(width)
    this.#sumXX = new Float64Array(width)
    this.#sumXY = new Float64Array(width)
  }

  /** Adds one draw: its row (width numbers from `at`) and the output. */
  add(row: Float64Array, at: number, output: number): void {
    if (this.#count === 0) {
      this.#shiftX.set(row.subarray(at, at + this.#width))
      this.#shiftY = output
    }
    const y = output - this.#shiftY
    this.#sumY += y
    this.#sumYY += y * y
    for (let j = 0; j < this.#width; j++) {
      const x = row[at + j]! - this.#shiftX[j]!
      this.#sumX[j] = this.#sumX[j]! + x
      this.#sumXX[j] = this.#sumXX[j]! + x * x
      this.#sumXY[j] = this.#sumXY[j]! + x * y
    }
    this.#count++
  }

  /** Every column's contribution, largest first (ties keep column order). */
  contributions(labels: readonly ColumnLabel[]): Contribution[] {
    const n = this.#count
    const varY = this.#sumYY - (this.#sumY * this.#sumY) / n
    const out = labels.map((label, j): Contribution => {
      const varX = this.#sumXX[j]! - (this.#sumX[j]! * this.#sumX[j]!) / n
      const cov = this.#sumXY[j]! - (this.#sumX[j]! * this.#sumY) / n
      const r = varX > 0 && varY > 0 ? Math.max(-1, Math.min(1, cov / Math.sqrt(varX * varY))) : 0
      return { key: label.key, label: label.label, share: r * r, correlation: r }
    })
    return out
      .map((c, j) => ({ c, j }))
      .sort((a, b) => b.c.share - a.c.share || a.j - b.j)
      .map(({ c }) => c)
  }
}
