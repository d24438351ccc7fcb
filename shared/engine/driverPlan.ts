import {
  COST_INPUTS,
  SCHEDULED_DRIVERS,
  type Amount,
  type CostInput,
  type CostInputs,
  type Driver,
  type ScheduleTerm,
} from '../model/drivers'
import { OWN_DRIVERS, driverField } from './layout'

/**
 * The declared drivers (shared/model/drivers) as the engine's month passes read them, derived
 * once from the declarations: every cost input at a fixed position of an initiative's cost
 * vector (InitiativeInputs.costInputs), and each scheduled driver's terms with
 * their inputs as positions in that vector, so a month pass reads numbers by index, not by name.
 */

const POSITIONS: ReadonlyMap<string, number> = new Map(COST_INPUTS.map(({ name }, k) => [name, k]))

/** The position of a declared input in a cost vector. */
export function costInputPosition(name: CostInput): number {
  const k = POSITIONS.get(name)
  if (k === undefined) throw new RangeError(`No cost driver declares the input "${name}"`)
  return k
}

const NAMES: readonly CostInput[] = COST_INPUTS.map(({ name }) => name)

/**
 * An initiative's cost inputs as a cost vector (COST_INPUTS order). A plain array of numbers: a
 * full recompute makes one per initiative, and a small typed array costs far more to allocate.
 */
export function costVector(costs: Readonly<CostInputs>): number[] {
  // Allocated at its length: grown by push, it would be allocated and copied twice.
  const vector = new Array<number>(NAMES.length)
  for (let k = 0; k < NAMES.length; k++) vector[k] = costs[NAMES[k] as CostInput]
  return vector
}

/** An Amount over positions: the product of the inputs at `product` (left to right), divided by `per` when given. */
export interface PlannedAmount {
  product: readonly number[]
  per: number | null
}

/** A ScheduleTerm with its inputs as positions in the cost vector. */
export type PlannedTerm =
  | { when: 'overBuild'; total: PlannedAmount; months: number }
  | { when: 'monthBeforeLaunch' | 'everyMonth' | 'yearly'; amount: PlannedAmount }
  | { when: 'perQuery'; amount: PlannedAmount; yearlyDecline: number | null }

/** A scheduled driver as the schedule pass reads it. */
export interface PlannedDriver {
  id: Driver
  /** Its position among OWN_DRIVERS (layout.ts): its cost row in MonthFigures.costs. */
  row: number
  /** Its full-block field (layout.ts driverField): where its horizon sum goes. */
  field: number
  terms: readonly PlannedTerm[]
  /** Some term is per query (its cost moves with volume: a tornado part). */
  perQuery: boolean
}

function plannedAmount(amount: Amount<CostInput>): PlannedAmount {
  return { product: amount.product.map(costInputPosition), per: amount.per ?? null }
}

function plannedTerm(term: ScheduleTerm<CostInput>): PlannedTerm {
  switch (term.when) {
    case 'overBuild':
      return { when: term.when, total: plannedAmount(term.total), months: costInputPosition(term.months) }
    case 'perQuery':
      return {
        when: term.when,
        amount: plannedAmount(term.amount),
        yearlyDecline: term.yearlyDecline === undefined ? null : costInputPosition(term.yearlyDecline),
      }
    default:
      return { when: term.when, amount: plannedAmount(term.amount) }
  }
}

/** Every scheduled driver, in declaration order (the order own cost adds them up). */
export const DRIVER_PLANS: readonly PlannedDriver[] = SCHEDULED_DRIVERS.map((driver) => ({
  id: driver.id,
  row: OWN_DRIVERS.indexOf(driver.id),
  field: driverField(driver.id),
  terms: driver.terms.map(plannedTerm),
  perQuery: driver.perQuery,
}))

/** The value of an amount for one initiative's cost vector (the same arithmetic as the model's amountOf). */
export function amountValue(amount: PlannedAmount, costInputs: readonly number[]): number {
  const { product } = amount
  let value = product.length > 0 ? (costInputs[product[0] ?? 0] ?? 0) : 1
  for (let k = 1; k < product.length; k++) value *= costInputs[product[k] ?? 0] ?? 0
  return amount.per === null ? value : value / amount.per
}
