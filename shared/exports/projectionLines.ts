import { DRIVERS, DRIVER_LABELS, type Driver, type Series } from '../engine/types'

/** How a line's figures are formatted in exports. */
type LineUnit = 'count' | 'tokens' | 'money'

/** One monthly line of a projection: the engine series it reads and how it is shown. */
export interface ProjectionLine {
  key:
    'users' | 'queries' | 'outcomes' | 'inputTokensPerQuery' | Driver | 'totalCost' | 'value' | 'net' | 'cumulativeNet'
  label: string
  unit: LineUnit
  read: (s: Series) => ArrayLike<number>
}

const driverLines: ProjectionLine[] = DRIVERS.map((d) => ({
  key: d,
  label: DRIVER_LABELS[d],
  unit: 'money',
  read: (s: Series) => s.cost[d],
}))

/** Every line of an initiative's projection, in the order the exports show them. */
export const PROJECTION_LINES: readonly ProjectionLine[] = [
  { key: 'users', label: 'Active users', unit: 'count', read: (s) => s.users },
  { key: 'queries', label: 'Queries', unit: 'count', read: (s) => s.queries },
  { key: 'outcomes', label: 'Outcomes', unit: 'count', read: (s) => s.outcomes },
  { key: 'inputTokensPerQuery', label: 'Input tokens per query', unit: 'tokens', read: (s) => s.inputTokensPerQuery },
  ...driverLines,
  { key: 'totalCost', label: 'Total cost', unit: 'money', read: (s) => s.totalCost },
  { key: 'value', label: 'Value', unit: 'money', read: (s) => s.value },
  { key: 'net', label: 'Net', unit: 'money', read: (s) => s.net },
  { key: 'cumulativeNet', label: 'Cumulative net', unit: 'money', read: (s) => s.cumulativeNet },
]

/** The portfolio's lines: input tokens per query is a per-initiative figure, not a sum. */
export const PORTFOLIO_LINES: readonly ProjectionLine[] = PROJECTION_LINES.filter(
  (l) => l.key !== 'inputTokensPerQuery',
)
