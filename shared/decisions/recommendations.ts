import type { Evidence, MatrixThresholds, RecommendationRules } from '../model/strategy'
import { EVIDENCE_LEVELS } from '../model/strategy'
import type { ScaleEconomics } from './scaleEconomics'

export const QUADRANTS = ['double_down', 'fix', 'harvest', 'pull_back'] as const
export type Quadrant = (typeof QUADRANTS)[number]

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  double_down: 'Double down',
  fix: 'Fix the economics',
  harvest: 'Harvest / keep lean',
  pull_back: 'Pull back',
}

/** Quadrant of a point: x = scale economics (-100..100), y = strategic importance (0..100). */
export function quadrantOf(x: number, y: number, t: MatrixThresholds): Quadrant {
  const scales = x >= t.scaleEconomics
  const strategic = y >= t.strategic
  if (scales && strategic) return 'double_down'
  if (strategic) return 'fix'
  if (scales) return 'harvest'
  return 'pull_back'
}

export interface RecommendationInput {
  economics: ScaleEconomics | null
  /** Strategic importance 0..100, null when unscored. */
  strategic: number | null
  evidence: Evidence
  qualityPassRate: number | null
  commoditised: boolean
}

export const ACTIONS = ['double_down', 'prove_value', 'fix', 'harvest', 'pull_back'] as const
export type Action = (typeof ACTIONS)[number]

export const ACTION_LABELS: Record<Action, string> = {
  ...QUADRANT_LABELS,
  prove_value: 'Prove value, then double down',
}

export interface Recommendation {
  action: Action
  /** Why, each with its figures, e.g. "costs grow 42%/yr vs value 18%/yr". */
  reasons: string[]
}

const pct = (x: number): string => `${Math.round(x * 100)}%`
const atLeast = (have: Evidence, need: Evidence): boolean =>
  EVIDENCE_LEVELS.indexOf(have) >= EVIDENCE_LEVELS.indexOf(need)

/**
 * Explicit, readable rules (docs/decisions.md):
 * - pull-back triggers: cost growth above value growth by more than the margin; quality below the
 *   floor; commoditised while not strategic. Any trigger recommends Pull back, or Fix the economics
 *   when the initiative is strategic.
 * - Double down needs economics at or above the threshold, strategic importance at or above its
 *   threshold, enough user-value evidence and quality at or above the bar, and no trigger.
 * - Double-down quadrant but evidence or quality short of the bar -> Prove value, then double down.
 * - Otherwise: strategic -> Fix the economics; economics fine -> Harvest / keep lean; else Pull back.
 */
export function recommend(
  input: RecommendationInput,
  thresholds: MatrixThresholds,
  rules: RecommendationRules,
): Recommendation {
  const { economics, strategic, evidence, qualityPassRate, commoditised } = input
  const isStrategic = strategic !== null && strategic >= thresholds.strategic
  const scales = economics !== null && economics.score >= thresholds.scaleEconomics
  const triggers: string[] = []
  if (
    economics &&
    economics.costGrowthPerYear - economics.valueGrowthPerYear > rules.pullBack.costOverValueGrowthMargin
  ) {
    triggers.push(`costs grow ${pct(economics.costGrowthPerYear)}/yr vs value ${pct(economics.valueGrowthPerYear)}/yr`)
  }
  if (qualityPassRate !== null && qualityPassRate < rules.pullBack.minQuality) {
    triggers.push(
      `quality inconsistent: ${pct(qualityPassRate)} of outputs pass, below ${pct(rules.pullBack.minQuality)}`,
    )
  }
  if (commoditised && rules.pullBack.commoditisedUnlessStrategic && !isStrategic) {
    triggers.push(
      `undifferentiated: vendors sell this off the shelf, strategic importance ${strategic === null ? 'unscored' : Math.round(strategic)} below ${thresholds.strategic}`,
    )
  }
  const strategicText =
    strategic === null
      ? 'strategic importance not scored'
      : `strategic importance ${Math.round(strategic)} ${isStrategic ? '≥' : '<'} ${thresholds.strategic}`
  const economicsText =
    economics === null
      ? 'too few months after launch to judge scale economics'
      : `scale economics ${Math.round(economics.score)} ${scales ? '≥' : '<'} ${thresholds.scaleEconomics} (value ${pct(economics.valueGrowthPerYear)}/yr, costs ${pct(economics.costGrowthPerYear)}/yr)`
  if (triggers.length > 0) {
    return isStrategic
      ? { action: 'fix', reasons: [...triggers, `${strategicText}: fix rather than pull back`] }
      : { action: 'pull_back', reasons: triggers }
  }
  const gaps: string[] = []
  if (!atLeast(evidence, rules.doubleDown.minEvidence))
    gaps.push(`user value evidence is ${evidence}, needs ${rules.doubleDown.minEvidence}`)
  if (qualityPassRate === null) gaps.push('quality not measured')
  else if (qualityPassRate < rules.doubleDown.minQuality)
    gaps.push(`quality ${pct(qualityPassRate)} below the ${pct(rules.doubleDown.minQuality)} bar`)
  if (scales && isStrategic && gaps.length === 0) {
    return {
      action: 'double_down',
      reasons: [economicsText, strategicText, `user value ${evidence}`, `quality ${pct(qualityPassRate ?? 0)}`],
    }
  }
  if (scales && isStrategic) return { action: 'prove_value', reasons: [economicsText, strategicText, ...gaps] }
  if (isStrategic) return { action: 'fix', reasons: [economicsText, strategicText] }
  if (scales) return { action: 'harvest', reasons: [economicsText, strategicText] }
  return { action: 'pull_back', reasons: [economicsText, strategicText] }
}
