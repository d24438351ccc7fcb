import type { Evidence, MatrixThresholds, RecommendationRules } from '../model/strategy'
import { EVIDENCE_LEVELS } from '../model/strategy'
import { economicGate, type GateInput, type GateResult } from './economicGate'
import { percentText as pct } from './moneyText'
import type { ScaleEconomics } from './scaleEconomics'

export type Quadrant = 'double_down' | 'fix' | 'harvest' | 'pull_back'

export const QUADRANT_LABELS: Record<Quadrant, string> = {
  double_down: 'Double down',
  fix: 'Fix the economics',
  harvest: 'Harvest / keep lean',
  pull_back: 'Pull back',
}

/** The quadrant's name inside a sentence: "Harvest quadrant, but …". */
const QUADRANT_SHORT_LABELS: Record<Quadrant, string> = {
  double_down: 'Double down',
  fix: 'Fix the economics',
  harvest: 'Harvest',
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
  /** What the economic gate reads: NPV, the strategic case, today and the currency. */
  gate: GateInput
}

/**
 * Recommendations in reading order, then the two statuses of initiatives that get none: too new
 * to judge their scale economics, or not scored. Those are listed, never given a default.
 */
export const ACTIONS = ['double_down', 'prove_value', 'fix', 'harvest', 'pull_back', 'too_early', 'not_scored'] as const
export type Action = (typeof ACTIONS)[number]

/** The statuses that are no recommendation: the initiative is off the matrix. */
export const UNJUDGED_ACTIONS: readonly Action[] = ['too_early', 'not_scored']

export const ACTION_LABELS: Record<Action, string> = {
  ...QUADRANT_LABELS,
  prove_value: 'Prove value, then double down',
  too_early: 'Too early to judge',
  not_scored: 'Not scored',
}

export interface Recommendation {
  action: Action
  /** Why, each with its figures, e.g. "costs grow 42%/yr vs value 18%/yr", "NPV $2.4M above $0". */
  reasons: string[]
  /**
   * One sentence when the recommendation is not the quadrant the bubble sits in: "Harvest
   * quadrant, but undifferentiated: buy it off the shelf instead of building." Null otherwise.
   */
  quadrantNote: string | null
}

interface Trigger {
  kind: 'cost_growth' | 'quality' | 'undifferentiated'
  /** The reason with its figures. */
  reason: string
  /** The condition inside a sentence. */
  condition: string
}

const atLeast = (have: Evidence, need: Evidence): boolean =>
  EVIDENCE_LEVELS.indexOf(have) >= EVIDENCE_LEVELS.indexOf(need)

function pullBackTriggers(
  input: RecommendationInput,
  isStrategic: boolean,
  t: MatrixThresholds,
  rules: RecommendationRules,
) {
  const { economics, strategic, qualityPassRate, commoditised } = input
  const triggers: Trigger[] = []
  if (
    economics &&
    economics.costGrowthPerYear - economics.valueGrowthPerYear > rules.pullBack.costOverValueGrowthMargin
  ) {
    const figures = `${pct(economics.costGrowthPerYear)}/yr vs value ${pct(economics.valueGrowthPerYear)}/yr`
    triggers.push({
      kind: 'cost_growth',
      reason: `costs grow ${figures}`,
      condition: `running costs outgrow value (${figures})`,
    })
  }
  if (qualityPassRate !== null && qualityPassRate < rules.pullBack.minQuality) {
    triggers.push({
      kind: 'quality',
      reason: `quality inconsistent: ${pct(qualityPassRate)} of outputs pass, below ${pct(rules.pullBack.minQuality)}`,
      condition: `only ${pct(qualityPassRate)} of outputs pass the quality bar`,
    })
  }
  if (commoditised && rules.pullBack.commoditisedUnlessStrategic && !isStrategic) {
    triggers.push({
      kind: 'undifferentiated',
      reason: `undifferentiated: vendors sell this off the shelf, strategic importance ${strategic === null ? 'unscored' : Math.round(strategic)} below ${t.strategic}`,
      condition: 'undifferentiated',
    })
  }
  return triggers
}

/** "Harvest quadrant, but undifferentiated: buy it off the shelf instead of building." */
function note(quadrant: Quadrant | null, action: Action, condition: string, advice: string): string | null {
  if (quadrant === null || quadrant === action) return null
  return `${QUADRANT_SHORT_LABELS[quadrant]} quadrant, but ${condition}: ${advice}.`
}

function fromTriggers(triggers: Trigger[], isStrategic: boolean, strategicText: string, quadrant: Quadrant | null) {
  const first = triggers[0] as Trigger
  if (isStrategic) {
    return {
      action: 'fix' as const,
      reasons: [...triggers.map((t) => t.reason), `${strategicText}: fix rather than pull back`],
      quadrantNote: note(quadrant, 'fix', first.condition, 'fix it before investing more'),
    }
  }
  const advice = first.kind === 'undifferentiated' ? 'buy it off the shelf instead of building' : 'pull back'
  return {
    action: 'pull_back' as const,
    reasons: triggers.map((t) => t.reason),
    quadrantNote: note(quadrant, 'pull_back', first.condition, advice),
  }
}

/** What Double down still needs besides the quadrant and the gate: evidence and quality. */
function doubleDownGaps(evidence: Evidence, qualityPassRate: number | null, rules: RecommendationRules) {
  const gaps: { reason: string; condition: string }[] = []
  if (!atLeast(evidence, rules.doubleDown.minEvidence)) {
    gaps.push({
      reason: `user value evidence is ${evidence}, needs ${rules.doubleDown.minEvidence}`,
      condition: evidence === 'none' ? 'no user value evidence' : `user value evidence only ${evidence}`,
    })
  }
  if (qualityPassRate === null) gaps.push({ reason: 'quality not measured', condition: 'quality not measured' })
  else if (qualityPassRate < rules.doubleDown.minQuality) {
    const figures = `${pct(qualityPassRate)} below the ${pct(rules.doubleDown.minQuality)} bar`
    gaps.push({ reason: `quality ${figures}`, condition: `quality ${figures}` })
  }
  return gaps
}

function fromQuadrant(
  input: RecommendationInput,
  quadrant: Quadrant,
  texts: { economics: string; strategic: string },
  gate: GateResult,
  rules: RecommendationRules,
): Recommendation {
  const { evidence, qualityPassRate } = input
  const base = [texts.economics, texts.strategic]
  if (quadrant === 'double_down') {
    if (!gate.passes) {
      return {
        action: 'fix',
        reasons: [...base, gate.text],
        quadrantNote: note(quadrant, 'fix', gate.shortText, 'fix the economics before investing more'),
      }
    }
    const gaps = doubleDownGaps(evidence, qualityPassRate, rules)
    if (gaps.length > 0) {
      const advice = gate.onStrategicCase
        ? `prove value before scaling (${gate.shortText})`
        : 'prove value before scaling'
      return {
        action: 'prove_value',
        reasons: [...base, ...gaps.map((g) => g.reason), gate.text],
        quadrantNote: note(quadrant, 'prove_value', gaps.map((g) => g.condition).join(' and '), advice),
      }
    }
    return {
      action: 'double_down',
      reasons: [...base, `user value ${evidence}`, `quality ${pct(qualityPassRate ?? 0)}`, gate.text],
      quadrantNote: null,
    }
  }
  if (quadrant === 'harvest' && rules.economicGate.harvest) {
    if (!gate.passes) {
      return {
        action: 'pull_back',
        reasons: [...base, gate.text],
        quadrantNote: note(
          quadrant,
          'pull_back',
          gate.shortText,
          input.gate.npv < 0 ? 'pull back rather than keep a loss running' : 'pull back rather than keep it running',
        ),
      }
    }
    return { action: 'harvest', reasons: [...base, gate.text], quadrantNote: null }
  }
  return { action: quadrant, reasons: base, quadrantNote: null }
}

/**
 * Explicit, readable rules (docs/decisions.md):
 * - not scored: no recommendation, listed as "Not scored";
 * - pull-back triggers: cost growth above value growth by more than the margin; quality below the
 *   floor; commoditised while not strategic. Any trigger recommends Pull back, or Fix the economics
 *   when the initiative is strategic;
 * - too few months after launch to judge scale economics (and no trigger): "Too early to judge";
 * - Double down quadrant: the economic gate, then evidence and quality. Failing the gate -> Fix the
 *   economics; short of evidence or quality -> Prove value, then double down; else Double down;
 * - Harvest quadrant: Harvest / keep lean, or Pull back when the gate applies to it and fails;
 * - Fix the economics and Pull back quadrants: their own name.
 * Where the recommendation differs from the quadrant, `quadrantNote` says why in one sentence.
 */
export function recommend(
  input: RecommendationInput,
  thresholds: MatrixThresholds,
  rules: RecommendationRules,
): Recommendation {
  const { economics, strategic } = input
  if (strategic === null) {
    return {
      action: 'not_scored',
      reasons: ['no criterion scored: score it in its Strategy panel'],
      quadrantNote: null,
    }
  }
  const isStrategic = strategic >= thresholds.strategic
  const quadrant = economics === null ? null : quadrantOf(economics.score, strategic, thresholds)
  const strategicText = `strategic importance ${Math.round(strategic)} ${isStrategic ? '≥' : '<'} ${thresholds.strategic}`
  const triggers = pullBackTriggers(input, isStrategic, thresholds, rules)
  if (triggers.length > 0) return fromTriggers(triggers, isStrategic, strategicText, quadrant)
  if (economics === null || quadrant === null) {
    return {
      action: 'too_early',
      reasons: ['too few months after launch to judge scale economics', strategicText],
      quadrantNote: null,
    }
  }
  const scales = economics.score >= thresholds.scaleEconomics
  const economicsText = `scale economics ${Math.round(economics.score)} ${scales ? '≥' : '<'} ${thresholds.scaleEconomics} (value ${pct(economics.valueGrowthPerYear)}/yr, costs ${pct(economics.costGrowthPerYear)}/yr, margin at scale ${pct(economics.marginAtScale)})`
  const gate = economicGate(input.gate, rules.economicGate)
  return fromQuadrant(input, quadrant, { economics: economicsText, strategic: strategicText }, gate, rules)
}
