import { z } from 'zod'
import { build } from './build'
import { compliance } from './compliance'
import { data } from './data'
import type { Amount, DriverDeclaration, DriverInput, ScheduleTerm } from './define'
import { evaluation } from './evaluation'
import { humanReview } from './humanReview'
import { inference } from './inference'
import { integration } from './integration'
import { platform } from './platform'
import { sharedPools } from './sharedPools'

export * from './define'

/**
 * Every cost driver, in the order results, charts and tables list them: inference first, the
 * drivers an initiative's inputs schedule, then the shared pools. An initiative's own cost adds
 * its drivers up in this order.
 */
export const COST_DRIVERS = [
  inference,
  build,
  integration,
  platform,
  data,
  evaluation,
  compliance,
  humanReview,
  sharedPools,
] as const

export type Driver = (typeof COST_DRIVERS)[number]['id']
export const DRIVERS = COST_DRIVERS.map((d) => d.id) as readonly Driver[]

export const DRIVER_LABELS = Object.fromEntries(COST_DRIVERS.map((d) => [d.id, d.label])) as Record<Driver, string>
export const DRIVER_COLOURS = Object.fromEntries(COST_DRIVERS.map((d) => [d.id, d.colour])) as Record<Driver, string>

type Declared = (typeof COST_DRIVERS)[number]
type InputsOf<D> = D extends { inputs: infer I } ? I : never
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never
type AllInputs = UnionToIntersection<InputsOf<Declared>>

/** The name of every declared input (each lives at `costs.<name>` of an initiative). */
export type CostInput = keyof AllInputs & string

/** The zod rules of every declared input, by name: the initiative's `costs` object. */
export const COSTS_SHAPE = Object.fromEntries(
  COST_DRIVERS.flatMap((d) =>
    Object.entries(d.inputs).map(([name, input]: [string, DriverInput]) => [
      name,
      input.addedLater ? input.rule.default(input.default) : input.rule,
    ]),
  ),
) as { [K in CostInput]: z.ZodNumber }

/** Every declared input with the driver that declares it, in declaration order. */
export const COST_INPUTS: readonly { name: CostInput; driver: Driver; input: DriverInput }[] = COST_DRIVERS.flatMap(
  (d) => Object.entries(d.inputs).map(([name, input]) => ({ name: name as CostInput, driver: d.id, input })),
)

export type CostInputs = Record<CostInput, number>

/** Every input at its default: a blank initiative's costs. */
export function defaultCosts(): CostInputs {
  return Object.fromEntries(COST_INPUTS.map(({ name, input }) => [name, input.default])) as CostInputs
}

/** A driver whose cost is the sum of its schedule's terms. */
export interface ScheduledDriver {
  id: Driver
  terms: readonly ScheduleTerm<CostInput>[]
  /** Some term is per query (its cost moves with volume). */
  perQuery: boolean
}

/** The drivers an initiative's inputs schedule, in COST_DRIVERS order. */
export const SCHEDULED_DRIVERS: readonly ScheduledDriver[] = COST_DRIVERS.flatMap((d) =>
  d.cost.kind === 'schedule'
    ? [
        {
          id: d.id,
          terms: d.cost.terms as readonly ScheduleTerm<CostInput>[],
          perQuery: d.cost.terms.some((term) => term.when === 'perQuery'),
        },
      ]
    : [],
)

/** Drivers a scenario's cost lever can move, in COST_DRIVERS order (inference moves by its own levers). */
export const COST_LEVER_DRIVERS = COST_DRIVERS.flatMap((d) => (d.lever ? [d.id] : [])) as readonly Exclude<
  Driver,
  'inference'
>[]

/** The value of an amount for one initiative's inputs: the product, left to right, then divided. */
export function amountOf(amount: Amount<CostInput>, inputs: Readonly<CostInputs>): number {
  let value = 1
  amount.product.forEach((name, k) => {
    value = k === 0 ? inputs[name] : value * inputs[name]
  })
  return amount.per === undefined ? value : value / amount.per
}

/** One declaration by id. */
export function driverDeclaration(id: Driver): DriverDeclaration {
  const d = COST_DRIVERS.find((x) => x.id === id)
  if (!d) throw new RangeError(`No cost driver has the id "${id}"`)
  return d as DriverDeclaration
}
