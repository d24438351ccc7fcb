import type { InitiativeInputs } from '../engine/compiled'
import { costInputPosition } from '../engine/driverPlan'
import { COST_INPUTS, type CostInput, type InputUnit } from '../model/drivers'

/** The numeric usage and value inputs of an initiative. */
type UsageInput = {
  [K in keyof InitiativeInputs]: InitiativeInputs[K] extends number ? K : never
}[keyof InitiativeInputs]

/** The numeric inputs of an initiative that the projection formulas read: usage, value and every driver's. */
export type NumericInput = UsageInput | CostInput

const COST_INPUT_NAMES: ReadonlySet<string> = new Set(COST_INPUTS.map((c) => c.name))

/** The value of one numeric input of compiled inputs. */
export function inputValue(inp: InitiativeInputs, key: NumericInput): number {
  return COST_INPUT_NAMES.has(key) ? (inp.costInputs[costInputPosition(key as CostInput)] ?? 0) : inp[key as UsageInput]
}

/** How an input is shown in exports. */
export type InputFormat = 'integer' | 'count' | 'percent' | 'money' | 'moneyCents' | 'decimal' | 'month'

export interface InputField {
  key: NumericInput
  label: string
  format: InputFormat
}

const FORMATS: Record<InputUnit, InputFormat> = {
  money: 'money',
  unitMoney: 'moneyCents',
  count: 'decimal',
  months: 'integer',
  percent: 'percent',
  yearlyRate: 'percent',
  minutes: 'decimal',
}

/** Every numeric input, in the order of the Assumptions sheet's initiative table. */
export const INPUT_FIELDS: readonly InputField[] = [
  // A date in exports (the first day of the month), a month index in the engine.
  { key: 'launchMonth', label: 'Launch month', format: 'month' },
  { key: 'usersAtLaunch', label: 'Users at launch', format: 'count' },
  { key: 'targetUsers', label: 'Target users', format: 'count' },
  { key: 'rampMonths', label: 'Ramp months', format: 'integer' },
  { key: 'userGrowthPerYear', label: 'User growth per year', format: 'percent' },
  { key: 'queriesPerUserPerMonth', label: 'Queries per user per month', format: 'decimal' },
  { key: 'inputTokensPerQuery', label: 'Input tokens per query', format: 'count' },
  { key: 'outputTokensPerQuery', label: 'Output tokens per query', format: 'count' },
  { key: 'promptGrowthPerYear', label: 'Prompt growth per year', format: 'percent' },
  { key: 'cacheHitRate', label: 'Cache hit rate', format: 'percent' },
  { key: 'cacheWriteRate', label: 'Cache write rate', format: 'percent' },
  { key: 'batchShare', label: 'Batch share', format: 'percent' },
  ...COST_INPUTS.map(({ name, input }) => ({
    key: name,
    label: input.title ?? input.label,
    format: FORMATS[input.unit],
  })),
  { key: 'outcomesPerQuery', label: 'Outcomes per query', format: 'decimal' },
  { key: 'valuePerOutcome', label: 'Value per outcome', format: 'moneyCents' },
  { key: 'monthsToFullValue', label: 'Months to full value', format: 'integer' },
  { key: 'fixedMonthlyValue', label: 'Fixed monthly value', format: 'money' },
]
