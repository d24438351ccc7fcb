import { z } from 'zod'
import { ModelAliases } from '../modelNames/aliases'
import { CostPool } from './costPool'
import { Initiative, SHARE_SUM_TOLERANCE } from './initiative'
import { limitedList } from './limits'
import { PriceBookModel } from './priceBook'
import { ScenarioList } from './scenario'
import { FactorMultiplier, Uncertainty, boundIssues } from './ranges'
import { PortfolioSettings } from './settings'
import { ScoringModel } from './strategy'

const PortfolioBody = z.object({
  settings: PortfolioSettings,
  priceBook: limitedList(PriceBookModel, 'priceBook'),
  costPools: limitedList(CostPool, 'costPools'),
  initiatives: limitedList(Initiative, 'initiatives'),
  /** Strategic scoring model, matrix thresholds and recommendation rules; defaults apply when absent. */
  scoring: ScoringModel.optional(),
  /** What-if scenarios (levers on top of the baseline), in the order arranged; none when absent. */
  scenarios: ScenarioList.optional(),
  /**
   * Names that price files and usage exports give the price book's models, as the person chose them
   * once (shared/modelNames); none saved when absent.
   */
  modelAliases: ModelAliases.optional(),
  /** Simulation seed and draws and the shared factors of ranges; none when absent. */
  uncertainty: Uncertainty.optional(),
})

/** A whole portfolio, with the rules that tie its parts together. */
export const Portfolio = PortfolioBody.superRefine((p, ctx) => {
  const modelIds = new Set<string>()
  p.priceBook.forEach((m, i) => {
    if (modelIds.has(m.id)) {
      ctx.addIssue({ code: 'custom', path: ['priceBook', i, 'id'], message: `must be unique (${m.id} appears twice)` })
    }
    modelIds.add(m.id)
  })
  const initiativeIds = new Set<string>()
  p.initiatives.forEach((init, i) => {
    if (initiativeIds.has(init.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['initiatives', i, 'id'],
        message: `must be unique (${init.id} appears twice)`,
      })
    }
    initiativeIds.add(init.id)
    for (const issue of initiativeContextIssues(init, p.settings.horizonMonths, modelIds)) {
      ctx.addIssue({ code: 'custom', path: ['initiatives', i, ...issue.path], message: issue.message })
    }
  })
  const poolIds = new Set<string>()
  p.costPools.forEach((pool, i) => {
    if (poolIds.has(pool.id)) {
      ctx.addIssue({
        code: 'custom',
        path: ['costPools', i, 'id'],
        message: `must be unique (${pool.id} appears twice)`,
      })
    }
    poolIds.add(pool.id)
    for (const issue of costPoolContextIssues(pool, p.settings.horizonMonths, initiativeIds)) {
      ctx.addIssue({ code: 'custom', path: ['costPools', i, ...issue.path], message: issue.message })
    }
  })
  for (const issue of uncertaintyIssues(p)) ctx.addIssue({ code: 'custom', path: issue.path, message: issue.message })
})
export type Portfolio = z.infer<typeof Portfolio>

export interface ContextIssue {
  path: (string | number)[]
  message: string
}

/** Rules of one initiative that need the portfolio around it. Used by the API for single edits too. */
export function initiativeContextIssues(
  init: Initiative,
  horizonMonths: number,
  modelIds: ReadonlySet<string>,
): ContextIssue[] {
  const issues: ContextIssue[] = []
  if (init.usage.launchMonth >= horizonMonths) {
    issues.push({
      path: ['usage', 'launchMonth'],
      message: `must fall within the ${horizonMonths}-month horizon (0 to ${horizonMonths - 1})`,
    })
  }
  init.usage.modelMix.forEach((m, j) => {
    if (!modelIds.has(m.modelId)) {
      issues.push({
        path: ['usage', 'modelMix', j, 'modelId'],
        message: `must name a model in the price book (unknown model "${m.modelId}")`,
      })
    }
  })
  return issues
}

export function costPoolContextIssues(
  pool: CostPool,
  horizonMonths: number,
  initiativeIds: ReadonlySet<string>,
): ContextIssue[] {
  const issues: ContextIssue[] = []
  if (pool.startMonth >= horizonMonths) {
    issues.push({
      path: ['startMonth'],
      message: `must fall within the ${horizonMonths}-month horizon (0 to ${horizonMonths - 1})`,
    })
  }
  if (pool.allocation === 'fixed') {
    let sum = 0
    for (const [id, share] of Object.entries(pool.fixedShares)) {
      if (!initiativeIds.has(id)) {
        issues.push({
          path: ['fixedShares', id],
          message: `must name an initiative in the portfolio (unknown initiative "${id}")`,
        })
      }
      sum += share
    }
    if (Math.abs(sum - 1) > SHARE_SUM_TOLERANCE) {
      issues.push({
        path: ['fixedShares'],
        message: `shares must sum to 100% (they sum to ${(sum * 100).toFixed(4)}%)`,
      })
    }
  }
  return issues
}

/**
 * Rules of ranges that need the portfolio: factor keys are unique, a price factor names a provider
 * of the price book and a stage or provider has one factor at most, a multiplier stays within
 * 0..100, and every range follows a factor that exists.
 */
function uncertaintyIssues(p: z.infer<typeof PortfolioBody>): ContextIssue[] {
  const issues: ContextIssue[] = []
  const factors = p.uncertainty?.factors ?? []
  const keys = new Set<string>()
  const moved = new Set<string>()
  const providers = new Set(p.priceBook.map((m) => m.provider))
  factors.forEach((f, i) => {
    const at = ['uncertainty', 'factors', i]
    if (keys.has(f.key)) issues.push({ path: [...at, 'key'], message: `must be unique (${f.key} appears twice)` })
    keys.add(f.key)
    if (!f.moves) return
    for (const issue of boundIssues(f.distribution, FactorMultiplier))
      issues.push({ path: [...at, 'distribution', ...issue.path], message: issue.message })
    const what = f.moves.kind === 'prices' ? `prices of ${f.moves.provider}` : `adoption at stage ${f.moves.stage}`
    if (moved.has(what)) issues.push({ path: [...at, 'moves'], message: `must be the only factor that moves ${what}` })
    moved.add(what)
    if (f.moves.kind === 'prices' && !providers.has(f.moves.provider))
      issues.push({
        path: [...at, 'moves', 'provider'],
        message: `must name a provider in the price book (unknown provider "${f.moves.provider}")`,
      })
  })
  p.initiatives.forEach((init, i) => {
    for (const [key, range] of Object.entries(init.ranges ?? {})) {
      const factor = range?.follows?.factor
      if (factor !== undefined && !keys.has(factor))
        issues.push({
          path: ['initiatives', i, 'ranges', key, 'follows', 'factor'],
          message: `must name a shared factor of the portfolio (unknown factor "${factor}")`,
        })
    }
  })
  return issues
}
