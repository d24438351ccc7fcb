import type { EconomicGate } from '../model/strategy'
import { formatDate } from '../display/dates'
import { moneyText } from './moneyText'

/** What the gate reads of one initiative. */
export interface GateInput {
  /** NPV over the horizon. */
  npv: number
  /** A strategic narrative is written. */
  hasNarrative: boolean
  /** YYYY-MM-DD or null. */
  reviewDate: string | null
  /** YYYY-MM-DD: a review date before it has passed. */
  today: string
  currency: string
}

export interface GateResult {
  passes: boolean
  /** Passes on the strategic case alone: the NPV is not above the bar. */
  onStrategicCase: boolean
  /** "NPV $2.4M above $0", or why it fails / what lets it pass instead. */
  text: string
  /** Short form for a sentence: "NPV −$1.5M and no strategic case". */
  shortText: string
}

/** Why the strategic case does not hold, or null when it does (a narrative and a review date today or later). */
function strategicCaseGap(input: Pick<GateInput, 'hasNarrative' | 'reviewDate' | 'today'>): string | null {
  if (!input.hasNarrative && input.reviewDate === null) return 'no strategic narrative or review date'
  if (!input.hasNarrative) return 'no strategic narrative'
  if (input.reviewDate === null) return 'no review date'
  if (input.reviewDate < input.today) return `its review date ${formatDate(input.reviewDate)} has passed`
  return null
}

/**
 * The economic gate (docs/decisions.md): an NPV above the bar, or, when the rule allows it, a
 * strategic narrative with a review date not yet passed — a time-boxed exception, not a waiver.
 */
export function economicGate(input: GateInput, gate: EconomicGate): GateResult {
  const npv = moneyText(input.npv, input.currency)
  const bar = moneyText(gate.minNpv, input.currency)
  if (input.npv > gate.minNpv)
    return { passes: true, onStrategicCase: false, text: `NPV ${npv} above ${bar}`, shortText: `NPV ${npv}` }
  const below = `NPV ${npv} not above ${bar}`
  if (!gate.strategicCase) return { passes: false, onStrategicCase: false, text: below, shortText: below }
  const gap = strategicCaseGap(input)
  if (gap === null) {
    return {
      passes: true,
      onStrategicCase: true,
      text: `${below}; held on its strategic case until the review on ${formatDate(input.reviewDate ?? '')}`,
      shortText: `NPV ${npv}, held on its strategic case until ${formatDate(input.reviewDate ?? '')}`,
    }
  }
  return {
    passes: false,
    onStrategicCase: false,
    text: `${below} and no strategic case (${gap})`,
    shortText: `NPV ${npv} and no strategic case`,
  }
}
