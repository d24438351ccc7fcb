import type { ActualsFormat } from '../line'
import { anthropicCost, anthropicUsage } from './anthropic'
import { awsCur } from './awsCur'
import { focus } from './focus'
import { helicone } from './helicone'
import { langfuseDaily, langfuseObservations } from './langfuse'
import { litellmDailySpend, litellmSpendLogs } from './litellm'
import { mapped } from './mapped'
import { openaiCostsCsv, openaiCostsJson, openaiUsageCsv, openaiUsageJson } from './openai'
import type { FormatSpec } from './spec'

/** Every reader, in the order detection tries them (the most specific column sets first). */
export const FORMAT_SPECS: readonly FormatSpec[] = [
  focus,
  awsCur,
  openaiCostsCsv,
  openaiUsageCsv,
  litellmSpendLogs,
  litellmDailySpend,
  helicone,
  langfuseObservations,
  openaiUsageJson,
  openaiCostsJson,
  anthropicUsage,
  anthropicCost,
  langfuseDaily,
  mapped,
]

/** The reader of a named format for a table ('records') or a JSON document ('document'). */
export function specOf(format: ActualsFormat, shape: 'records' | 'document'): FormatSpec | null {
  return (
    FORMAT_SPECS.find((s) => s.format === format && s.kind === shape) ??
    FORMAT_SPECS.find((s) => s.format === format) ??
    null
  )
}
