import { normaliseHeader } from '../../imports/headerMatch'
import type { AttributionKeyType, CostBasis } from '../line'

/** What a column of an unknown tool's CSV/XLSX can hold. */
export const MAPPED_FIELDS = [
  'month',
  'date',
  'initiative',
  'key',
  'provider',
  'model',
  'serviceTier',
  'uncachedInput',
  'cacheRead',
  'cacheWrite',
  'output',
  'input',
  'requests',
  'cost',
  'currency',
  'chargeCategory',
] as const
export type MappedField = (typeof MAPPED_FIELDS)[number]

/**
 * A column mapping for a CSV/XLSX of any tool: for each field, the header of the column holding
 * it, and what the file does not say (its currency, cost basis, token unit, source name).
 */
export interface ActualsMapping {
  columns: Partial<Record<MappedField, string>>
  /** The kind of key the `key` column holds (a project, a team, a tag...). */
  keyType?: AttributionKeyType | undefined
  /** Names the source, so re-importing the same tool's file replaces its earlier rows ("Support tool export"). */
  source?: string | undefined
  currency?: string | undefined
  costBasis?: CostBasis | undefined
  /** The unit of the token columns, such as "1K tokens"; tokens when absent. */
  tokenUnit?: string | undefined
  provider?: string | undefined
}

const SYNONYMS: Readonly<Record<MappedField, readonly string[]>> = {
  month: ['month', 'period', 'billing month', 'usage month'],
  date: ['date', 'day', 'usage date', 'timestamp', 'start time', 'created at'],
  initiative: ['initiative', 'initiative id', 'use case', 'product'],
  key: ['project', 'team', 'workspace', 'application', 'app', 'cost center', 'tag', 'label', 'api key'],
  provider: ['provider', 'vendor', 'supplier'],
  model: ['model', 'model name', 'deployment'],
  serviceTier: ['service tier', 'tier'],
  uncachedInput: ['uncached input tokens', 'uncached input', 'input tokens uncached'],
  cacheRead: ['cache read tokens', 'cached input tokens', 'cached tokens', 'cache read'],
  cacheWrite: ['cache write tokens', 'cache creation tokens', 'cache write'],
  output: ['output tokens', 'completion tokens', 'output'],
  input: ['input tokens', 'prompt tokens', 'input'],
  requests: ['requests', 'calls', 'queries', 'request count'],
  cost: ['cost', 'spend', 'amount', 'cost usd', 'total cost'],
  currency: ['currency', 'currency code'],
  chargeCategory: ['charge category', 'charge type', 'category'],
}

/** A mapping suggested from the headers: each field to the first column that names it. */
export function suggestActualsMapping(headers: readonly string[]): ActualsMapping {
  const columns: Partial<Record<MappedField, string>> = {}
  const taken = new Set<string>()
  for (const field of MAPPED_FIELDS) {
    const spellings = new Set(SYNONYMS[field].map(normaliseHeader))
    const header = headers.find((h) => !taken.has(h) && spellings.has(normaliseHeader(h)))
    if (header !== undefined) {
      columns[field] = header
      taken.add(header)
    }
  }
  return { columns }
}
