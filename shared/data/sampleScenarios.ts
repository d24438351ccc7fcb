import type { Scenario } from '../model/scenario'

/** The small model the sample's routing scenario sends traffic to (in the default price book). */
const SAMPLE_SMALL_MODEL = 'openai:gpt-4.1-mini'

/**
 * The sample initiatives whose models all publish a cache price in the default price book. The
 * field-service bot (Llama 3.3 70B on Bedrock, Amazon Nova Lite) is left out: a cache hit on a
 * model without a cache price cannot be priced, and prices are never invented.
 */
const INITIATIVES_WITH_CACHE_PRICES = [
  'support-deflection',
  'sales-email',
  'marketing-content',
  'code-assistant',
  'contract-search',
  'rnd-agent',
  'claims-triage',
  'hr-policy',
  'finance-close',
  'meeting-notes',
]

/**
 * The four scenarios shipped with the sample portfolio: a price war, an optimisation programme,
 * prompt bloat and weak adoption. Month numbers are horizon months (0 = January 2026).
 */
export function sampleScenarios(): Scenario[] {
  return [
    {
      id: 'scenario-prices-halve',
      name: 'Model prices -50% over 12 months',
      description:
        'Every model price falls steadily until it is half of today’s list price a year from now (a price war between providers).',
      levers: [
        {
          id: 'prices',
          kind: 'price',
          enabled: true,
          scope: { kind: 'portfolio' },
          timing: { kind: 'linear', fromMonth: 0, toMonth: 12 },
          target: { kind: 'all' },
          amount: -0.5,
        },
      ],
    },
    {
      id: 'scenario-cache-and-route',
      name: 'Caching and routing to a small model',
      description:
        'A gateway programme: prompt caching on the initiatives whose models offer it adds 30 points of cache hits over six months; from month 3 a router sends 40% of traffic to GPT-4.1 mini.',
      levers: [
        {
          id: 'cache',
          kind: 'rate',
          enabled: true,
          scope: { kind: 'initiatives', ids: INITIATIVES_WITH_CACHE_PRICES },
          timing: { kind: 'linear', fromMonth: 0, toMonth: 6 },
          rate: 'cacheHitRate',
          mode: 'add',
          amount: 0.3,
        },
        {
          id: 'route',
          kind: 'routing',
          enabled: true,
          scope: { kind: 'portfolio' },
          timing: { kind: 'from', month: 3 },
          fromModelId: null,
          toModelId: SAMPLE_SMALL_MODEL,
          share: 0.4,
        },
      ],
    },
    {
      id: 'scenario-prompt-growth',
      name: 'Prompt growth +40% a year',
      description:
        'Prompts keep growing (more retrieved context, longer instructions, agent traces): input tokens per query rise 40% a year on top of the plan.',
      levers: [
        {
          id: 'prompts',
          kind: 'tokens',
          enabled: true,
          scope: { kind: 'portfolio' },
          timing: { kind: 'yearly', fromMonth: 0 },
          tokens: 'input',
          amount: 0.4,
        },
      ],
    },
    {
      id: 'scenario-half-adoption',
      name: 'Adoption at half the plan',
      description: 'Only half the planned users adopt the tools: active users are 50% of plan in every month.',
      levers: [
        {
          id: 'users',
          kind: 'volume',
          enabled: true,
          scope: { kind: 'portfolio' },
          timing: { kind: 'from', month: 0 },
          volume: 'users',
          amount: -0.5,
        },
      ],
    },
  ]
}
