import type { InitiativeInputs } from '../engine/compiled'

/** The numeric inputs of an initiative that the projection formulas read. */
export type NumericInput = {
  [K in keyof InitiativeInputs]: InitiativeInputs[K] extends number ? K : never
}[keyof InitiativeInputs]

/** How an input is shown in exports. */
export type InputFormat = 'integer' | 'count' | 'percent' | 'money' | 'moneyCents' | 'decimal' | 'month'

export interface InputField {
  key: NumericInput
  label: string
  format: InputFormat
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
  { key: 'buildFteMonths', label: 'Build FTE-months', format: 'decimal' },
  { key: 'costPerFteMonth', label: 'Cost per FTE-month', format: 'money' },
  { key: 'buildMonths', label: 'Build months', format: 'integer' },
  { key: 'integrationFte', label: 'Integration FTE', format: 'decimal' },
  { key: 'platformPerMonth', label: 'Platform per month', format: 'money' },
  { key: 'dataOneOff', label: 'Data one-off', format: 'money' },
  { key: 'dataPerMonth', label: 'Data per month', format: 'money' },
  { key: 'dataPerQuery', label: 'Data per query', format: 'moneyCents' },
  { key: 'evalSetup', label: 'Evaluation set-up', format: 'money' },
  { key: 'evalPerMonth', label: 'Evaluation per month', format: 'money' },
  { key: 'complianceOneOff', label: 'Compliance one-off', format: 'money' },
  { key: 'complianceYearly', label: 'Compliance yearly', format: 'money' },
  { key: 'outcomesPerQuery', label: 'Outcomes per query', format: 'decimal' },
  { key: 'valuePerOutcome', label: 'Value per outcome', format: 'moneyCents' },
  { key: 'monthsToFullValue', label: 'Months to full value', format: 'integer' },
  { key: 'fixedMonthlyValue', label: 'Fixed monthly value', format: 'money' },
]
