/**
 * Formulas of a scenario's levers (shared/engine/scenarios), as string builders like formulas.ts.
 * A lever's inputs are cells a reader can change: on (1/0), amount, the month numbers of its start
 * and full effect (from the dates typed in), and per initiative a scope cell (1 = applies).
 * Each timed lever becomes one month row, its effect; each initiative's formulas then read the
 * effects of the levers whose scope cell is 1 (docs/exports.md, "Scenario levers").
 */

/** The cells of one lever that its effect row reads. */
export interface LeverInputCells {
  on: string
  amount: string
  /** Month number (0 = the horizon's first month) of the start, and of the full effect. */
  start: string
  full: string
}

/** What a lever's effect row holds in month t. */
export type EffectKind = 'factor' | 'points' | 'weight'

/**
 * The intensity w(t) of the timing: 0 up to the start, rising linearly to 1 at the full effect, 1
 * after. A start equal to the full effect is a step at that month (the "from a month" timing).
 */
function intensityFormula(t: string, start: string, full: string): string {
  return `IF(${t}>=${full},1,IF(${t}<=${start},0,(${t}-${start})/(${full}-${start})))`
}

/**
 * A lever's effect in the month of `t` (a lever switched off has no effect):
 * - factor: max(0, 1 + a*w(t)), or for a yearly rate (1 + a)^((t - start)/12) from the start;
 * - points: a*w(t), or a*(t - start)/12 for a yearly rate (rate levers adding points; routing's share moved);
 * - weight: w(t) itself (rate levers setting a rate).
 */
export function effectFormula(kind: EffectKind, yearly: boolean, t: string, c: LeverInputCells): string {
  const running = `AND(${c.on}=1,${t}>=${c.start})`
  if (yearly) {
    if (kind === 'factor') return `IF(${running},MAX(0,1+${c.amount})^((${t}-${c.start})/12),1)`
    if (kind === 'points') return `IF(${running},${c.amount}*(${t}-${c.start})/12,0)`
    return `IF(${running},1,0)`
  }
  const w = intensityFormula(t, c.start, c.full)
  if (kind === 'factor') return `IF(${c.on}=1,MAX(0,1+${c.amount}*${w}),1)`
  if (kind === 'points') return `IF(${c.on}=1,${c.amount}*${w},0)`
  return `IF(${c.on}=1,${w},0)`
}

/** A factor lever's effect where its scope cell is 1, else 1. */
export const scopedFactor = (scope: string, effect: string): string => `IF(${scope}=1,${effect},1)`

/** The product of scoped factors; undefined when there are none (as entered). */
export function factorProduct(terms: readonly string[]): string | undefined {
  return terms.length === 0 ? undefined : terms.join('*')
}

/** A price lever's effect on one model for one initiative: where both the scope and the model's cell are 1. */
export const scopedPriceFactor = (scope: string, model: string, effect: string): string =>
  `IF(AND(${scope}=1,${model}=1),${effect},1)`

/**
 * A cache hit rate or batch share after one rate lever, from `prev` (the rate before it): "add"
 * adds the effect's points, "set" moves it towards the amount by the effect's weight; clamped to
 * [0, max]. Unchanged where the scope cell is not 1.
 */
export function rateStageFormula(
  mode: 'add' | 'set',
  prev: string,
  scope: string,
  effect: string,
  amount: string,
  max: string,
): string {
  const moved = mode === 'add' ? `${prev}+${effect}` : `${prev}+${effect}*(${amount}-${prev})`
  return `IF(${scope}=1,MIN(${max},MAX(0,${moved})),${prev})`
}

/** The share a routing lever moves in the month: its effect where the scope cell is 1, else 0. */
export const routedShare = (scope: string, effect: string): string => `IF(${scope}=1,${effect},0)`

/** A mix entry that gives traffic away: its share less the share moved. */
export const sourceShareFormula = (prev: string, moved: string): string => `${prev}-${prev}*${moved}`

/** The entry receiving traffic: its share plus the moved part of every source entry. */
export const targetShareFormula = (prev: string, sources: readonly string[], moved: string): string =>
  sources.length === 0 ? prev : `${prev}+(${sources.join('+')})*${moved}`

/** Ramp months (or months to full value) after a ramp lever: months added, floored at 0, where it applies. */
export const rampStageFormula = (prev: string, on: string, scope: string, months: string): string =>
  `IF(AND(${on}=1,${scope}=1),MAX(0,${prev}+${months}),${prev})`

/** The annual discount rate after a discount-rate lever: set or add points, clamped to [0, 1]. */
export function discountStageFormula(mode: 'add' | 'set', prev: string, on: string, amount: string): string {
  const next = mode === 'set' ? amount : `${prev}+${amount}`
  return `IF(${on}=1,MIN(1,MAX(0,${next})),${prev})`
}
