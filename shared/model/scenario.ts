import { z } from 'zod'
import { Stage, ValueType } from './categories'
import { COST_LEVER_DRIVERS } from './drivers'
import { limitedList } from './limits'
import { HorizonMonth, Id, LongText, ShortText } from './primitives'

/**
 * A scenario: a named set of levers applied on top of the baseline (the portfolio as entered).
 * Levers never edit the portfolio; the engine applies them to its compiled inputs
 * (shared/engine/scenarios). Month numbers are horizon months (0 = the portfolio's start month).
 */

const finite = (rule = 'must be a number') => z.number({ error: rule }).finite('must be a finite number')

/** A relative change: -0.5 halves, 0.3 adds 30%. */
const RelativeChange = finite().min(-1, 'must be -100% or more').max(10, 'must be +1000% or less')

/** Which initiatives a lever touches. */
export const LeverScope = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('portfolio') }),
    z.object({
      kind: z.literal('initiatives'),
      ids: z.array(Id).min(1, 'must name at least one initiative').max(5000),
    }),
    z.object({ kind: z.literal('stage'), stages: z.array(Stage).min(1, 'must name at least one stage') }),
    z.object({
      kind: z.literal('valueType'),
      valueTypes: z.array(ValueType).min(1, 'must name at least one value type'),
    }),
  ],
  { error: 'must be portfolio, initiatives, stage or valueType' },
)
export type LeverScope = z.infer<typeof LeverScope>

/**
 * When a lever acts, as an intensity w(t) of its amount:
 * - from: w = 1 from month M on, 0 before;
 * - linear: w = 0 up to month A, rising linearly to 1 at month B, 1 after;
 * - yearly: the amount is a yearly rate from month M: factors compound, (1+a)^((t-M)/12);
 *   rate levers (cache, batch) add a * (t-M)/12 points.
 */
export const LeverTiming = z
  .discriminatedUnion(
    'kind',
    [
      z.object({ kind: z.literal('from'), month: HorizonMonth }),
      z.object({ kind: z.literal('linear'), fromMonth: HorizonMonth, toMonth: HorizonMonth }),
      z.object({ kind: z.literal('yearly'), fromMonth: HorizonMonth }),
    ],
    { error: 'must be from, linear or yearly' },
  )
  .superRefine((t, ctx) => {
    if (t.kind === 'linear' && t.toMonth <= t.fromMonth) {
      ctx.addIssue({ code: 'custom', path: ['toMonth'], message: 'must come after the first month of the curve' })
    }
  })
export type LeverTiming = z.infer<typeof LeverTiming>

/** Which prices a price lever changes. */
export const PriceTarget = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('all') }),
    z.object({ kind: z.literal('provider'), provider: ShortText.min(1, 'must not be empty') }),
    z.object({ kind: z.literal('model'), modelId: Id }),
  ],
  { error: 'must be all, provider or model' },
)
export type PriceTarget = z.infer<typeof PriceTarget>

export { COST_LEVER_DRIVERS } from './drivers'
export const CostLeverDriver = z.enum(COST_LEVER_DRIVERS, { error: 'must be a cost driver other than inference' })
export type CostLeverDriver = z.infer<typeof CostLeverDriver>

const common = {
  id: Id,
  /** Off levers are kept but not applied. */
  enabled: z.boolean({ error: 'must be true or false' }).default(true),
  scope: LeverScope,
}
const timed = { ...common, timing: LeverTiming }

/** Every kind of lever; `amount` is a relative change unless said otherwise. */
export const Lever = z.discriminatedUnion(
  'kind',
  [
    /** Prices per million tokens (all four, and the long-context tier) times (1 + amount). */
    z.object({ kind: z.literal('price'), ...timed, target: PriceTarget, amount: RelativeChange }),
    /** Moves `share` of the traffic from one model (or from every other model when null) to another. */
    z.object({
      kind: z.literal('routing'),
      ...timed,
      fromModelId: Id.nullable(),
      toModelId: Id,
      share: finite().min(0, 'must be between 0% and 100%').max(1, 'must be between 0% and 100%'),
    }),
    /** Cache hit rate or batch share: add points, or set the rate. */
    z.object({
      kind: z.literal('rate'),
      ...timed,
      rate: z.enum(['cacheHitRate', 'batchShare'], { error: 'must be cacheHitRate or batchShare' }),
      mode: z.enum(['add', 'set'], { error: 'must be add or set' }),
      amount: finite().min(-1, 'must be between -100% and 100%').max(1, 'must be between -100% and 100%'),
    }),
    /** Input tokens per query (prompt growth: yearly timing) or output tokens per query. */
    z.object({
      kind: z.literal('tokens'),
      ...timed,
      tokens: z.enum(['input', 'output'], { error: 'must be input or output' }),
      amount: RelativeChange,
    }),
    /** Active users or queries per user. */
    z.object({
      kind: z.literal('volume'),
      ...timed,
      volume: z.enum(['users', 'queriesPerUser'], { error: 'must be users or queriesPerUser' }),
      amount: RelativeChange,
    }),
    /** A cost driver's monthly cost; 'shared' (pools) needs the portfolio scope. */
    z.object({ kind: z.literal('cost'), ...timed, driver: CostLeverDriver, amount: RelativeChange }),
    /** Outcomes per query, or value per outcome (with any fixed monthly value). */
    z.object({
      kind: z.literal('value'),
      ...timed,
      value: z.enum(['outcomesPerQuery', 'valuePerOutcome'], { error: 'must be outcomesPerQuery or valuePerOutcome' }),
      amount: RelativeChange,
    }),
    /** Months added to the users' ramp or to the time until value is fully realised (negative: faster). */
    z.object({
      kind: z.literal('ramp'),
      ...common,
      ramp: z.enum(['users', 'value'], { error: 'must be users or value' }),
      months: finite()
        .int('must be a whole number of months')
        .min(-240, 'must be -240 or more')
        .max(240, 'must be 240 or fewer'),
    }),
    /** The annual discount rate: set it, or add points. Acts on the whole portfolio. */
    z.object({
      kind: z.literal('discountRate'),
      ...common,
      mode: z.enum(['add', 'set'], { error: 'must be add or set' }),
      amount: finite().min(-1, 'must be between -100% and 100%').max(1, 'must be between -100% and 100%'),
    }),
  ],
  { error: 'must be a known lever kind (price, routing, rate, tokens, volume, cost, value, ramp, discountRate)' },
)
export type Lever = z.infer<typeof Lever>
export type LeverKind = Lever['kind']
export type LeverInput = z.input<typeof Lever>

export const LEVER_LABELS: Record<LeverKind, string> = {
  price: 'Model price change',
  routing: 'Model switch / routing',
  rate: 'Cache or batch rate',
  tokens: 'Tokens per query',
  volume: 'Volume',
  cost: 'Cost driver',
  value: 'Value realisation',
  ramp: 'Ramp speed',
  discountRate: 'Discount rate',
}

/** Rules across fields of one lever that the shape alone cannot say. */
function leverRuleIssues(lever: Lever): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = []
  if (
    (lever.kind === 'discountRate' || (lever.kind === 'cost' && lever.driver === 'shared')) &&
    lever.scope.kind !== 'portfolio'
  ) {
    issues.push({
      path: ['scope'],
      message: 'must be the whole portfolio for this lever (it acts on portfolio-level figures)',
    })
  }
  if ((lever.kind === 'routing' || (lever.kind === 'rate' && lever.mode === 'set')) && lever.timing.kind === 'yearly') {
    issues.push({
      path: ['timing', 'kind'],
      message: 'must be from or linear for this lever (a yearly rate has no meaning here)',
    })
  }
  if (lever.kind === 'routing' && lever.fromModelId === lever.toModelId) {
    issues.push({ path: ['toModelId'], message: 'must differ from the model the traffic leaves' })
  }
  if (
    'timing' in lever &&
    lever.timing.kind === 'yearly' &&
    'amount' in lever &&
    lever.kind !== 'rate' &&
    lever.amount <= -1
  ) {
    issues.push({ path: ['amount'], message: 'must be above -100% for a yearly rate' })
  }
  return issues
}

export const ScenarioBody = z.object({
  id: Id,
  name: ShortText.min(1, 'must not be empty'),
  description: LongText.default(''),
  levers: z.array(Lever).max(200, 'must hold 200 levers or fewer'),
})

export const Scenario = ScenarioBody.superRefine((s, ctx) => {
  const ids = new Set<string>()
  s.levers.forEach((lever, i) => {
    if (ids.has(lever.id))
      ctx.addIssue({ code: 'custom', path: ['levers', i, 'id'], message: `must be unique (${lever.id} appears twice)` })
    ids.add(lever.id)
    for (const issue of leverRuleIssues(lever))
      ctx.addIssue({ code: 'custom', path: ['levers', i, ...issue.path], message: issue.message })
  })
})
export type Scenario = z.infer<typeof Scenario>
export type ScenarioInput = z.input<typeof Scenario>

/** The portfolio's scenarios, in the order the user arranged them; ids and names unique. */
export const ScenarioList = limitedList(Scenario, 'scenarios').superRefine((list, ctx) => {
  const ids = new Set<string>()
  const names = new Set<string>()
  list.forEach((s, i) => {
    if (ids.has(s.id))
      ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `must be unique (${s.id} appears twice)` })
    const key = s.name.trim().toLowerCase()
    if (names.has(key))
      ctx.addIssue({
        code: 'custom',
        path: [i, 'name'],
        message: `must be unique (another scenario is named "${s.name}")`,
      })
    ids.add(s.id)
    names.add(key)
  })
})

/** Which entity a path into a scenario belongs to: the scenario, or one of its levers (named by number and kind). */
function scenarioEntity(
  raw: unknown,
  path: readonly (string | number)[],
): { entity: string; rest: (string | number)[] } {
  const obj = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {}
  const name =
    typeof obj.name === 'string' && obj.name !== '' ? obj.name : typeof obj.id === 'string' ? obj.id : 'unnamed'
  const scenario = `Scenario "${name}"`
  const [head, index, ...rest] = path
  if (head !== 'levers' || typeof index !== 'number') return { entity: scenario, rest: [...path] }
  const levers = Array.isArray(obj.levers) ? (obj.levers as unknown[]) : []
  const lever = levers[index]
  const kind = typeof lever === 'object' && lever !== null ? (lever as Record<string, unknown>).kind : undefined
  const label =
    typeof kind === 'string' && Object.hasOwn(LEVER_LABELS, kind) ? ` (${LEVER_LABELS[kind as LeverKind]})` : ''
  return { entity: `${scenario}, lever ${index + 1}${label}`, rest }
}

/** A problem with a scenario, phrased like ValidationIssue: entity (scenario and lever), field, rule. */
export interface ScenarioIssue {
  path: (string | number)[]
  field: string
  entity: string
  rule: string
  message: string
}

export function scenarioIssue(raw: unknown, path: (string | number)[], rule: string): ScenarioIssue {
  const { entity, rest } = scenarioEntity(raw, path)
  const field = rest.join('.') || '(value)'
  return { path, field, entity, rule, message: `${entity}: ${field} ${rule}` }
}

/** Validates one scenario on its own; messages name the scenario, the lever and the field. */
export function validateScenario(
  input: unknown,
): { ok: true; value: Scenario } | { ok: false; issues: ScenarioIssue[] } {
  const r = Scenario.safeParse(input)
  if (r.success) return { ok: true, value: r.data }
  return {
    ok: false,
    issues: r.error.issues.map((i) =>
      scenarioIssue(
        input,
        i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
        i.message,
      ),
    ),
  }
}

/** What a scenario's references are checked against. */
export interface ScenarioContext {
  horizonMonths: number
  initiativeIds: ReadonlySet<string>
  modelIds: ReadonlySet<string>
  providers: ReadonlySet<string>
}

function monthIssues(lever: Lever, horizon: number): { path: (string | number)[]; message: string }[] {
  if (!('timing' in lever)) return []
  const t = lever.timing
  const rule = `must fall within the ${horizon}-month horizon (0 to ${horizon - 1})`
  const months: [string, number][] =
    t.kind === 'linear'
      ? [
          ['fromMonth', t.fromMonth],
          ['toMonth', t.toMonth],
        ]
      : t.kind === 'from'
        ? [['month', t.month]]
        : [['fromMonth', t.fromMonth]]
  return months.filter(([, m]) => m >= horizon).map(([field]) => ({ path: ['timing', field], message: rule }))
}

/**
 * Rules that need the portfolio: months within the horizon, initiatives, models and providers
 * that exist. Checked when a scenario is saved; at evaluation a reference that has since gone
 * (a deleted initiative or model) simply matches nothing, so a file never becomes unreadable.
 */
export function scenarioContextIssues(scenario: Scenario, ctx: ScenarioContext): ScenarioIssue[] {
  const issues: ScenarioIssue[] = []
  scenario.levers.forEach((lever, i) => {
    const at = (path: (string | number)[], message: string) =>
      issues.push(scenarioIssue(scenario, ['levers', i, ...path], message))
    for (const m of monthIssues(lever, ctx.horizonMonths)) at(m.path, m.message)
    if (lever.scope.kind === 'initiatives') {
      lever.scope.ids.forEach((id, j) => {
        if (!ctx.initiativeIds.has(id))
          at(['scope', 'ids', j], `must name an initiative in the portfolio (unknown initiative "${id}")`)
      })
    }
    const model = (path: (string | number)[], id: string | null) => {
      if (id !== null && !ctx.modelIds.has(id)) at(path, `must name a model in the price book (unknown model "${id}")`)
    }
    if (lever.kind === 'price' && lever.target.kind === 'model') model(['target', 'modelId'], lever.target.modelId)
    if (lever.kind === 'price' && lever.target.kind === 'provider' && !ctx.providers.has(lever.target.provider)) {
      at(['target', 'provider'], `must name a provider in the price book (unknown provider "${lever.target.provider}")`)
    }
    if (lever.kind === 'routing') {
      model(['fromModelId'], lever.fromModelId)
      model(['toModelId'], lever.toModelId)
    }
  })
  return issues
}
