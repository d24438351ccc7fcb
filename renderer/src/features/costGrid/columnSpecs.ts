import { COST_INPUTS, driverDeclaration, type InputUnit } from '../../../../shared/model/drivers'
import type { FieldKind } from './fieldKinds'
import type { RowFigures } from './rows'

/** An editable field of the initiative; `field` is its dotted path, also the column id and the API's field. */
export interface InputColumn {
  field: string
  header: string
  kind: FieldKind
  width: number
  /** Explains the field in the header's tooltip. */
  help?: string
}

/** A read-only figure from the engine. */
export interface ResultColumn {
  colId: string
  header: string
  kind: FieldKind | 'payback' | 'unpriced'
  width: number
  help: string
  get(f: RowFigures): unknown
  /** Whether the figure leaves out an unknown model price (a lower bound), for unit costs. */
  unpriced?(f: RowFigures): boolean
}

export interface InputGroup {
  header: string
  columns: InputColumn[]
}

export const NAME_COLUMN: InputColumn = { field: 'name', header: 'Initiative', kind: 'text', width: 210 }

const GRID_KINDS: Record<InputUnit, FieldKind> = {
  money: 'money',
  unitMoney: 'unitMoney',
  count: 'count',
  months: 'months',
  percent: 'percent',
  yearlyRate: 'percent',
  minutes: 'count',
}

/** Every declared cost input, grouped as the drivers declare (shared/model/drivers), in their order. */
function costInputGroups(): InputGroup[] {
  const groups: InputGroup[] = []
  for (const { driver, name, input } of COST_INPUTS) {
    const header = driverDeclaration(driver).group
    let group = groups.at(-1)
    if (group?.header !== header) groups.push((group = { header, columns: [] }))
    group.columns.push({
      field: `costs.${name}`,
      header: input.label,
      kind: GRID_KINDS[input.unit],
      width: Math.max(92, Math.round(6.5 * input.label.length + 18)),
      help: input.help,
    })
  }
  return groups
}

export const INPUT_GROUPS: readonly InputGroup[] = [
  {
    header: 'Initiative',
    columns: [
      { field: 'governance.owner', header: 'Owner', kind: 'text', width: 120 },
      { field: 'governance.stage', header: 'Stage', kind: 'stage', width: 96 },
      { field: 'governance.valueType', header: 'Value type', kind: 'valueType', width: 118 },
    ],
  },
  {
    header: 'Usage',
    columns: [
      {
        field: 'usage.launchMonth',
        header: 'Launch',
        kind: 'month',
        width: 98,
        help: 'Launch month; type Mar 2026 or 2026-03',
      },
      {
        field: 'usage.usersAtLaunch',
        header: 'Users at launch',
        kind: 'count',
        width: 110,
        help: 'Active users in the launch month; they stay when there is no target',
      },
      {
        field: 'usage.targetUsers',
        header: 'Target users',
        kind: 'count',
        width: 104,
        help: 'Users the ramp reaches; 0 means no target: users stay at the users at launch',
      },
      { field: 'usage.rampMonths', header: 'Ramp (months)', kind: 'months', width: 106 },
      { field: 'usage.userGrowthPerYear', header: 'User growth / yr', kind: 'percent', width: 118 },
      { field: 'usage.queriesPerUserPerMonth', header: 'Queries / user / mo', kind: 'count', width: 132 },
    ],
  },
  {
    header: 'Tokens & model',
    columns: [
      { field: 'usage.inputTokensPerQuery', header: 'Input tokens / query', kind: 'tokens', width: 136 },
      { field: 'usage.outputTokensPerQuery', header: 'Output tokens / query', kind: 'tokens', width: 142 },
      { field: 'usage.promptGrowthPerYear', header: 'Prompt growth / yr', kind: 'percent', width: 128 },
      {
        field: 'usage.cacheHitRate',
        header: 'Cache hit rate',
        kind: 'percent',
        width: 108,
        help: 'Share of input tokens read from cache',
      },
      { field: 'usage.cacheWriteRate', header: 'Cache write rate', kind: 'percent', width: 116 },
      { field: 'usage.batchShare', header: 'Batch share', kind: 'percent', width: 98 },
      {
        field: 'usage.modelMix',
        header: 'Model mix',
        kind: 'mix',
        width: 220,
        help: 'Double-click or press Enter to edit',
      },
    ],
  },
  ...costInputGroups(),
  {
    header: 'Value',
    columns: [
      { field: 'value.outcomesPerQuery', header: 'Outcomes / query', kind: 'count', width: 120 },
      { field: 'value.valuePerOutcome', header: 'Value / outcome', kind: 'unitMoney', width: 114 },
      { field: 'value.monthsToFullValue', header: 'Months to full value', kind: 'months', width: 138 },
      { field: 'value.fixedMonthlyValue', header: 'Fixed value / mo', kind: 'money', width: 118 },
    ],
  },
]

/** What "first active month" means, after the label (the one name everywhere: FIRST_ACTIVE_MONTH_LABEL). */
const FIRST_MONTH_HELP =
  "(the launch month, or the horizon's first month if launched before it; for the total: the earliest)"

export const RESULT_COLUMNS: readonly ResultColumn[] = [
  {
    colId: 'result.cost',
    header: 'Horizon cost',
    kind: 'money',
    width: 118,
    help: 'Total cost over the horizon, shared pools included',
    get: (f) => f.totals.cost,
  },
  {
    colId: 'result.value',
    header: 'Horizon value',
    kind: 'money',
    width: 118,
    help: 'Total value over the horizon',
    get: (f) => f.totals.value,
  },
  {
    colId: 'result.npv',
    header: 'NPV',
    kind: 'money',
    width: 118,
    help: 'Net present value at the portfolio discount rate, as of the first day of the horizon',
    get: (f) => f.totals.npv,
  },
  {
    colId: 'result.roi',
    header: 'ROI',
    kind: 'roi',
    width: 78,
    help: '(value − cost) / cost over the horizon, undiscounted',
    get: (f) => f.totals.roi,
  },
  {
    colId: 'result.payback',
    header: 'Payback',
    kind: 'payback',
    width: 104,
    help: 'First month by which money spent is recovered: cumulative net zero or more, with something spent',
    get: (f) => f.totals.paybackMonth,
  },
  {
    colId: 'result.inferenceFirst',
    header: 'Inference cost / query, first active mo',
    kind: 'unitMoney',
    width: 200,
    help: `Inference cost per query in the first active month ${FIRST_MONTH_HELP}`,
    get: (f) => f.unitFirst?.inferencePerQuery ?? null,
    unpriced: (f) => f.unitFirst?.unpriced ?? false,
  },
  {
    colId: 'result.fullFirst',
    header: 'Full cost / query, first active mo',
    kind: 'unitMoney',
    width: 176,
    help: `Fully loaded cost per query in the first active month ${FIRST_MONTH_HELP}`,
    get: (f) => f.unitFirst?.fullPerQuery ?? null,
    unpriced: (f) => f.unitFirst?.unpriced ?? false,
  },
  {
    colId: 'result.inferenceLast',
    header: 'Inference cost / query, last mo',
    kind: 'unitMoney',
    width: 170,
    help: 'Inference cost per query in the last month of the horizon',
    get: (f) => f.unitLast?.inferencePerQuery ?? null,
    unpriced: (f) => f.unitLast?.unpriced ?? false,
  },
  {
    colId: 'result.fullLast',
    header: 'Full cost / query, last mo',
    kind: 'unitMoney',
    width: 146,
    help: 'Fully loaded cost per query in the last month of the horizon',
    get: (f) => f.unitLast?.fullPerQuery ?? null,
    unpriced: (f) => f.unitLast?.unpriced ?? false,
  },
  {
    colId: 'result.unpriced',
    header: 'Unpriced',
    kind: 'unpriced',
    width: 130,
    help: 'Models without a known price: their cost counts as 0',
    get: (f) => (f.totals.unpriced ? f.unpricedModels : null),
  },
]

/**
 * The results kept in view at the right edge, beside the flags, however far the inputs are
 * scrolled: the others stay in the Results group after the inputs.
 */
export const KEY_RESULT_IDS: ReadonlySet<string> = new Set(['result.cost', 'result.npv', 'result.roi'])

/**
 * Investment-discipline flags, pinned to the right so they stay in view; the cell counts them and its
 * tooltip lists each message. The value is the messages, which is also what a copy puts on the clipboard.
 */
export const FLAGS_COLUMN: ResultColumn = {
  colId: 'result.flags',
  header: 'Flags',
  // Copied as text: the messages, joined.
  kind: 'text',
  width: 78,
  help: 'Investment discipline: missing ROI framing, strategic without narrative, review overdue, strategic past its horizon',
  get: (f) => f.flags.map((flag) => flag.message),
}

/** Every input column by id, for the clipboard and the error messages. */
export const INPUT_COLUMNS_BY_ID: ReadonlyMap<string, InputColumn> = new Map(
  [NAME_COLUMN, ...INPUT_GROUPS.flatMap((g) => g.columns)].map((c) => [c.field, c]),
)
export const RESULT_COLUMNS_BY_ID: ReadonlyMap<string, ResultColumn> = new Map(
  [...RESULT_COLUMNS, FLAGS_COLUMN].map((c) => [c.colId, c]),
)
