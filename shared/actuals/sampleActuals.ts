import { computePortfolio } from '../engine'
import { isoMonth, monthsBetween } from '../engine/calendar'
import type { Portfolio } from '../model'
import {
  NON_TOKEN_DRIVERS,
  type ActualAmount,
  type AttributionRule,
  type MeasuredOutcome,
  type NonTokenDriver,
} from './stored'

/**
 * What the sample portfolio keeps of its actuals besides the imported lines: the attribution rules
 * for the keys of the sample exports in shared/data/actuals/ (written from the same drivers,
 * test/fixtures/actuals/sampleDrivers.ts), the other costs and the measured outcomes of the months
 * already over. Some keys are deliberately left without a rule (a sandbox project, a legacy API key,
 * the default workspace, a data scientist's calls, untagged requests), so some spend stays
 * Unallocated for the person to attribute.
 */

/** The last month of the sample actuals: the months already over on the sample's "today". */
export const SAMPLE_LAST_ACTUAL_MONTH = '2026-11'

/** The sample exports in shared/data/actuals/ a first run imports, with the keys given to a file that carries none. */
export const SAMPLE_ACTUALS_FILES: readonly { file: string; traceName?: string }[] = [
  { file: 'focus-google-cloud.csv' },
  { file: 'focus-azure.csv' },
  { file: 'openai-usage.json' },
  { file: 'openai-costs.json' },
  { file: 'anthropic-usage.json' },
  { file: 'anthropic-cost.json' },
  { file: 'aws-cur-bedrock.csv' },
  { file: 'litellm-daily-team-spend.csv' },
  { file: 'langfuse-daily-metrics.json', traceName: 'marketing-copy' },
  { file: 'helicone-requests.jsonl' },
]

const rule = (
  id: string,
  source: AttributionRule['source'],
  keyType: AttributionRule['keyType'],
  pattern: string,
  initiativeId: string,
  extra: Partial<AttributionRule> = {},
): AttributionRule => ({
  id,
  source,
  keyType,
  pattern,
  initiativeId,
  sharePercent: 100,
  validFrom: null,
  validTo: null,
  ...extra,
})

/** The sample's attribution rules, in the order they are tried. */
export function sampleAttributionRules(): AttributionRule[] {
  return [
    rule('rule-gcp-marketing', 'focus', 'tag', 'initiative=marketing-content', 'marketing-content'),
    rule('rule-gcp-claims', 'focus', 'tag', 'initiative=claims-triage', 'claims-triage'),
    rule('rule-azure-hr', 'focus', 'tag', 'initiative=hr-policy', 'hr-policy', { validFrom: '2026-05' }),
    // The API's exports name OpenAI projects by id (the dashboard's CSV names them: its lines need rules of their own).
    rule('rule-openai-code', 'any', 'project', 'proj_code_assistant', 'code-assistant'),
    rule('rule-openai-marketing', 'any', 'project', 'proj_marketing', 'marketing-content'),
    rule('rule-openai-sales', 'any', 'project', 'proj_sales', 'sales-email', { validFrom: '2026-03' }),
    rule('rule-anthropic-support', 'any', 'workspace', 'wrkspc_support', 'support-deflection'),
    rule('rule-anthropic-meetings', 'any', 'workspace', 'wrkspc_ops', 'meeting-notes'),
    // The platform workspace serves the LiteLLM proxy: its cost is split by the proxy's teams.
    rule('rule-litellm-devtools', 'litellm', 'team', 'team-dev-tools', 'code-assistant'),
    rule('rule-cur-claims', 'aws-cur', 'tag', 'user_initiative=claims-triage', 'claims-triage'),
    rule('rule-langfuse-marketing', 'langfuse', 'traceName', 'marketing-copy', 'marketing-content'),
    rule('rule-helicone-sales', 'helicone', 'tag', 'initiative=sales-email', 'sales-email'),
  ]
}

/**
 * How far each live initiative's other costs ran from the plan: the support assistant's integration
 * work overran, the claims pilot came in under; the rest ran a little over.
 */
const COST_RATIO: Readonly<Record<string, number>> = { 'support-deflection': 1.18, 'claims-triage': 0.92 }
/** How far outcomes and value came in against the plan: the meeting summariser is used far less than planned. */
const OUTCOME_RATIO: Readonly<Record<string, number>> = { 'meeting-notes': 0.45, 'code-assistant': 1.1 }

const cents = (x: number): number => Math.round(x * 100) / 100

/** The months of the horizon already over in the sample, as indexes. */
function pastMonths(portfolio: Portfolio): number[] {
  const last = monthsBetween(portfolio.settings.startMonth, SAMPLE_LAST_ACTUAL_MONTH)
  const count = Math.min(Math.max(last + 1, 0), portfolio.settings.horizonMonths)
  return Array.from({ length: count }, (_, t) => t)
}

/**
 * The other costs and the measured outcomes of the sample's months already over: the plan's
 * figures for each initiative live then, scaled by how far it ran from the plan, to the cent.
 */
export function sampleActualAmounts(portfolio: Portfolio): {
  amounts: ActualAmount[]
  outcomes: MeasuredOutcome[]
} {
  const result = computePortfolio(portfolio)
  const amounts: ActualAmount[] = []
  const outcomes: MeasuredOutcome[] = []
  for (const initiative of portfolio.initiatives) {
    const series = result.byId.get(initiative.id)?.series
    if (!series) continue
    const costRatio = COST_RATIO[initiative.id] ?? 1.04
    const outcomeRatio = OUTCOME_RATIO[initiative.id] ?? 0.9
    for (const t of pastMonths(portfolio)) {
      const month = isoMonth(portfolio.settings.startMonth, t)
      for (const driver of NON_TOKEN_DRIVERS as readonly NonTokenDriver[]) {
        const plan = series.cost[driver][t] ?? 0
        if (plan !== 0)
          amounts.push({
            initiativeId: initiative.id,
            month,
            driver,
            amount: cents(plan * costRatio),
            source: 'finance',
          })
      }
      const planned = series.outcomes[t] ?? 0
      if (planned > 0)
        outcomes.push({
          initiativeId: initiative.id,
          month,
          metricValue: null,
          outcomesCounted: Math.round(planned * outcomeRatio),
          valueRealised: cents((series.value[t] ?? 0) * outcomeRatio),
          source: 'finance',
        })
    }
  }
  return { amounts, outcomes }
}
