import { FORMAT_SPECS } from './formats/registry'
import type { CostGrade } from './formats/spec'
import type { ActualLine, ActualsFormat } from './line'

/**
 * The cost-of-record rule (docs/actuals.md): per provider and month one source's cost counts, the
 * best grade present: an invoice-grade export, else the provider's cost report, else estimates
 * (shown as estimated). Lower grades only say how the cost divides.
 */

const GRADES: ReadonlyMap<ActualsFormat, CostGrade> = new Map(FORMAT_SPECS.map((s) => [s.format, s.grade]))

/** Best first. A usage report carries no cost, so it is never the cost of record. */
const RANK: Record<CostGrade, number> = { invoice: 0, 'cost-report': 1, estimate: 2, usage: 3 }

/**
 * The grade of a line's cost: its format's, except that a mapped CSV whose mapping says the cost
 * is billed counts as a cost report (the person vouches for it), and a line without a cost is usage.
 */
export function gradeOf(line: {
  cost: ActualLine['cost']
  costBasis: ActualLine['costBasis']
  lineage: { format: ActualsFormat }
}): CostGrade {
  if (line.cost === null) return 'usage'
  const grade = GRADES.get(line.lineage.format) ?? 'estimate'
  if (line.lineage.format === 'mapped' && line.costBasis === 'billed') return 'cost-report'
  return grade
}

export const rankOf = (grade: CostGrade): number => RANK[grade]

/**
 * Who was paid, as one key for every spelling of the same seller: the clouds bill the models they
 * host (Azure OpenAI is Microsoft's bill, Bedrock is AWS's), and gateways write provider ids.
 */
const PROVIDER_KEYS: readonly [RegExp, string][] = [
  [/^(microsoft|azure|azure[ _-]?(ai|openai))$/, 'microsoft'],
  [/^(aws|amazon|amazon web services|bedrock|amazon bedrock|bedrock[ _-]converse)$/, 'aws'],
  [/^(google|google cloud|gcp|vertex|vertex[ _-]ai|gemini)$/, 'google cloud'],
  [/^(openai|open ai|openai[ _-]api)$/, 'openai'],
  [/^(anthropic|anthropic[ _-]api)$/, 'anthropic'],
]

export function providerKey(provider: string): string {
  const text = provider.trim().toLowerCase()
  for (const [pattern, key] of PROVIDER_KEYS) if (pattern.test(text)) return key
  return text
}
