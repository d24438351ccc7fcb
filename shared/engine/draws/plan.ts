import type { FactorMoves } from '../../model/ranges'

/**
 * Where a draw's numbers sit in a row of draws (one number per column), for the engine: which
 * column holds each ranged input of each initiative and each shared factor that moves prices or
 * adoption. The sampling that fills the rows is shared/stats; the plan that orders the columns is
 * shared/jobs/simulation.
 */
export interface RangedSlot {
  /** Dotted input path, e.g. 'usage.targetUsers' (RANGEABLE_INPUTS). */
  key: string
  column: number
  /** The input's bounds: a draw beyond them (a lognormal's far tail) is taken at the bound. */
  min: number
  max: number
}

export interface InitiativeSlots {
  /** Index in the portfolio's initiatives. */
  index: number
  inputs: readonly RangedSlot[]
}

export interface FactorSlot {
  column: number
  moves: FactorMoves
}

export interface DrawColumns {
  /** Numbers per row. */
  width: number
  initiatives: readonly InitiativeSlots[]
  factors: readonly FactorSlot[]
}
