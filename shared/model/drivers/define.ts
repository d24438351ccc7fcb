import type { z } from 'zod'

/**
 * A cost driver, declared once: what it is called and how it is shown, the inputs it reads and
 * their rules, when its cost falls, and how scenarios and the tornado move it. The engine's month
 * loop, the portfolio's cost inputs (their schema and defaults), the results' driver lists and the
 * scenario levers are derived from the list of declarations (index.ts); docs/cost-model.md gives
 * every driver's formula.
 */

/** How an input is entered and shown (the grid's and the import's kinds). */
export type InputUnit = 'money' | 'unitMoney' | 'count' | 'months' | 'percent' | 'yearlyRate' | 'minutes'

/** One input of a driver, stored at `costs.<name>` of an initiative. */
export interface DriverInput {
  rule: z.ZodNumber
  label: string
  unit: InputUnit
  /** The value of a new initiative (and, with `addedLater`, of a file written before the input existed). */
  default: number
  /**
   * The input came after files were first written: a file without it reads as `default`. Other
   * inputs are required, so a file that lacks one is refused with the field's name.
   */
  addedLater?: true
  /** What the input means, in a few words (import help, tooltips). */
  help: string
  /** Its name in full words (workbook and CSV headers), when `label` abbreviates. */
  title?: string
  /** Other column headers an import recognises for it. */
  aliases?: readonly string[]
}

/**
 * An amount per initiative: the product of some of its inputs, divided by `per` when given
 * (minutes per review at a cost per hour is `{ product: [..., 'minutesPerReview', 'costPerReviewerHour'], per: 60 }`).
 * Declared as data, so the engine computes it and a workbook writes it as a live formula.
 */
export interface Amount<Name extends string = string> {
  product: readonly Name[]
  per?: number
}

/**
 * When a driver's cost falls, relative to the launch month L (m = t - L is the month since launch):
 * - overBuild: `total` spread evenly over the `months` months before launch (all at L when 0);
 * - monthBeforeLaunch: `amount` once, in month L - 1;
 * - everyMonth: `amount` in every month from launch;
 * - yearly: `amount` in months m = 12, 24, ... after launch;
 * - perQuery: `amount` times the month's queries, from launch; with `yearlyDecline` (an input, a
 *   share per year), the amount falls by it yearly, compounded monthly from launch: (1 - d)^(m/12).
 * Months before 0 fall outside the horizon (sunk: Totals.costBeforeHorizon).
 */
export type ScheduleTerm<Name extends string = string> =
  | { when: 'overBuild'; total: Amount<Name>; months: Name }
  | { when: 'monthBeforeLaunch'; amount: Amount<Name> }
  | { when: 'everyMonth'; amount: Amount<Name> }
  | { when: 'yearly'; amount: Amount<Name> }
  | { when: 'perQuery'; amount: Amount<Name>; yearlyDecline?: Name }

/** A tornado bar: drivers that name the same key move together in one bar. */
export interface TornadoBarSpec {
  key: string
  label: string
}

/**
 * How a driver's cost is computed:
 * - schedule: the sum of its terms, month by month (the engine's month loop reads the terms);
 * - inference: tokens times the mix's dated prices (shared/engine/months/inference.ts);
 * - pools: the portfolio's shared cost pools, allocated to initiatives (shared/engine/allocation.ts).
 */
export type DriverCost<Name extends string = string> =
  { kind: 'schedule'; terms: readonly ScheduleTerm<Name>[] } | { kind: 'inference' } | { kind: 'pools' }

export interface DriverDeclaration<Id extends string = string, Name extends string = string> {
  id: Id
  /** Its name in charts, tables and exports. */
  label: string
  /** The grid's column group its inputs appear under. */
  group: string
  /** Its colour in every chart. */
  colour: string
  /** The inputs it declares (another driver's inputs it reads are named in `uses`). */
  inputs: Readonly<Record<string, DriverInput>>
  cost: DriverCost<Name>
  /** A scenario's cost lever can scale it from a month or along a curve. */
  lever: boolean
  /**
   * The tornado bar that moves it, and the inputs its cost is proportional to (the bar scales
   * them); null when the tornado moves it otherwise (inference: prices, tokens and cache).
   */
  tornado: { bar: TornadoBarSpec; scales: readonly string[] } | null
}

/**
 * Declares a driver; `uses` names inputs of other drivers that its terms read (build's cost per
 * FTE-month, say), so the terms are checked against what the driver can read.
 */
export function defineDriver<
  const Id extends string,
  const Inputs extends Readonly<Record<string, DriverInput>>,
  const Uses extends string = never,
>(
  declaration: Omit<DriverDeclaration<Id, NoInfer<(keyof Inputs & string) | Uses>>, 'inputs' | 'tornado'> & {
    inputs: Inputs
    uses?: readonly Uses[]
    tornado: { bar: TornadoBarSpec; scales: readonly (keyof Inputs & string)[] } | null
  },
): Omit<DriverDeclaration<Id, (keyof Inputs & string) | Uses>, 'inputs'> & { inputs: Inputs } {
  return declaration
}

/** The tornado bar of every running and one-off cost other than build. */
export const FIXED_COSTS_BAR: TornadoBarSpec = {
  key: 'fixed',
  label: 'Integration, platform, data, evaluation and compliance costs',
}
