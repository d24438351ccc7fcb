import type { InitiativeInputs } from '../../../shared/engine'
import type { Driver } from '../../../shared/engine/types'
import type { FactorRefs, InputRefs } from '../../../shared/exports/formulas'
import {
  factorProduct,
  rateStageFormula,
  routedShare,
  scopedFactor,
  scopedPriceFactor,
  sourceShareFormula,
  targetShareFormula,
} from '../../../shared/exports/leverFormulas'
import type { Portfolio } from '../../../shared/model'
import type { LeverCells } from './leversSheet'

/**
 * One initiative's side of a scenario's levers: the factors its formulas multiply by, and the month
 * lines it needs of its own (the cache hit rate or batch share after each rate lever, the model mix
 * after each routing lever). A line's formula may read earlier lines of the same initiative, by
 * their index in `lines`; each line's values mirror its formula (the engine's rules), for the
 * workbook's cached results.
 */
interface ExtraLine {
  label: string
  formula: (line: (index: number) => string) => string
  values: Float64Array
}

/** A reference that is a cell (an input) or one of the initiative's own lever lines. */
export type LineRef = { cell: string } | { line: number }

interface MixEntry {
  modelId: string
  /** Price-book index of the model (-1: not in the price book, never priced). */
  model: number
  share: LineRef
  priceFactor?: string
}

export interface InitiativeLevers {
  factors: FactorRefs
  costFactors: Partial<Record<Driver, string>>
  lines: ExtraLine[]
  cacheHitRate: LineRef
  batchShare: LineRef
  mix: MixEntry[]
}

const clamp = (x: number, lo: number, hi: number): number => (x < lo ? lo : x > hi ? hi : x)

/** The factors of every factor and cost lever whose scope covers the initiative (as scope cells). */
function factorsOf(i: number, levers: readonly LeverCells[], effect: (l: LeverCells) => string) {
  const factors: Record<string, string[]> = {}
  const costs: Record<string, string[]> = {}
  for (const l of levers) {
    const role = l.planned.role
    const scope = l.scope[i]
    if (!scope) continue
    if (role.role === 'factor') (factors[role.factor] ??= []).push(scopedFactor(scope, effect(l)))
    if (role.role === 'cost') (costs[role.driver] ??= []).push(scopedFactor(scope, effect(l)))
  }
  const product = (terms: Record<string, string[]>) =>
    Object.fromEntries(Object.entries(terms).map(([k, v]) => [k, factorProduct(v)]))
  return { factors: product(factors) as FactorRefs, costFactors: product(costs) as Partial<Record<Driver, string>> }
}

/** Lines of the rate after each rate lever on `rate`, in lever order (docs/cost-model.md: clamped after each). */
function rateLines(
  i: number,
  rate: 'cacheHitRate' | 'batchShare',
  levers: readonly LeverCells[],
  effect: (l: LeverCells) => string,
  entered: { cell: string; value: number },
  max: { cell: string; value: number },
  lines: ExtraLine[],
  H: number,
): LineRef {
  let prev: LineRef = { cell: entered.cell }
  let values = new Float64Array(H).fill(entered.value)
  for (const l of levers) {
    const role = l.planned.role
    const scope = l.scope[i]
    if (role.role !== 'rate' || role.rate !== rate || !scope) continue
    const before = values
    const series = l.planned.series ?? new Float64Array(H)
    const applies = l.planned.covers[i] === 1
    const amount = l.planned.amount
    values = Float64Array.from(before, (now, t) => {
      if (!applies) return now
      const s = series[t] ?? 0
      return clamp(role.mode === 'add' ? now + s : now + s * (amount - now), 0, max.value)
    })
    const from = prev
    lines.push({
      label: `${rate === 'cacheHitRate' ? 'Cache hit rate' : 'Batch share'} after lever ${l.planned.number}`,
      formula: (line) =>
        rateStageFormula(role.mode, 'cell' in from ? from.cell : line(from.line), scope, effect(l), l.amount, max.cell),
      values,
    })
    prev = { line: lines.length - 1 }
  }
  return prev
}

/**
 * The model mix after each routing lever: the initiative's mix, then every routing lever's target
 * model not in it (share 0, so a reader can bring a lever into scope); per lever, the share of each
 * source entry and of the target (shared/engine/scenarios routeMix).
 */
function mixLines(
  i: number,
  base: InitiativeInputs,
  shareCells: readonly string[],
  levers: readonly LeverCells[],
  effect: (l: LeverCells) => string,
  portfolio: Portfolio,
  lines: ExtraLine[],
  H: number,
): MixEntry[] {
  const modelIndex = new Map(portfolio.priceBook.map((m, k) => [m.id, k]))
  const ids = [...base.mixModelIds]
  const entries: MixEntry[] = ids.map((modelId, j) => ({
    modelId,
    model: base.mixModels[j] ?? -1,
    share: { cell: shareCells[j] ?? '0' },
  }))
  const values = ids.map((_, j) => new Float64Array(H).fill(base.mixShares[j] ?? 0))
  const routing = levers.filter((l) => l.planned.role.role === 'routing')
  for (const l of routing) {
    if (l.planned.role.role !== 'routing' || ids.includes(l.planned.role.toModelId)) continue
    const modelId = l.planned.role.toModelId
    ids.push(modelId)
    entries.push({ modelId, model: modelIndex.get(modelId) ?? -1, share: { cell: '0' } })
    values.push(new Float64Array(H))
  }
  const name = (j: number): string => {
    const model = portfolio.priceBook[entries[j]?.model ?? -1]
    return model ? model.name : (ids[j] ?? '')
  }
  for (const l of routing) {
    const role = l.planned.role
    const scope = l.scope[i]
    if (role.role !== 'routing' || !scope) continue
    const to = ids.indexOf(role.toModelId)
    const from = role.fromModelId === null ? -1 : ids.indexOf(role.fromModelId)
    if (role.fromModelId !== null && from < 0) continue
    const sources = ids.flatMap((_, j) => (j === to || (from >= 0 && j !== from) ? [] : [j]))
    const applies = l.planned.covers[i] === 1
    const series = l.planned.series ?? new Float64Array(H)
    const before = values.map((v) => v)
    const refs = entries.map((e) => e.share)
    const cell = (r: LineRef, line: (index: number) => string): string => ('cell' in r ? r.cell : line(r.line))
    const moved = routedShare(scope, effect(l))
    for (const j of sources) {
      const prev = refs[j] ?? { cell: '0' }
      const v = Float64Array.from(before[j] ?? [], (share, t) => (applies ? share - share * (series[t] ?? 0) : share))
      lines.push({
        label: `Share of ${name(j)} after lever ${l.planned.number}`,
        formula: (line) => sourceShareFormula(cell(prev, line), moved),
        values: v,
      })
      values[j] = v
      const entry = entries[j]
      if (entry) entry.share = { line: lines.length - 1 }
    }
    const target = Float64Array.from(before[to] ?? [], (share, t) => {
      if (!applies) return share
      let sum = share
      for (const j of sources) sum += (before[j]?.[t] ?? 0) * (series[t] ?? 0)
      return sum
    })
    const prevTarget = refs[to] ?? { cell: '0' }
    const sourceRefs = sources.map((j) => refs[j] ?? { cell: '0' })
    lines.push({
      label: `Share of ${name(to)} after lever ${l.planned.number}`,
      formula: (line) =>
        targetShareFormula(
          cell(prevTarget, line),
          sourceRefs.map((r) => cell(r, line)),
          moved,
        ),
      values: target,
    })
    values[to] = target
    const entry = entries[to]
    if (entry) entry.share = { line: lines.length - 1 }
  }
  return entries
}

/** The price levers' factor on each priced entry of the mix: where the scope and the model's cell are 1. */
function withPriceFactors(
  i: number,
  mix: MixEntry[],
  levers: readonly LeverCells[],
  effect: (l: LeverCells) => string,
) {
  for (const entry of mix) {
    if (entry.model < 0) continue
    const terms: string[] = []
    for (const l of levers) {
      const scope = l.scope[i]
      const model = l.models?.[entry.model]
      if (l.planned.role.role === 'price' && scope && model) terms.push(scopedPriceFactor(scope, model, effect(l)))
    }
    const factor = factorProduct(terms)
    if (factor) entry.priceFactor = factor
  }
}

/**
 * Everything initiative i's formulas take from a scenario's levers. `effect` gives a timed lever's
 * effect row (a month reference). Without levers: no factors, no lines, the rates and mix as entered.
 */
export function initiativeLevers(
  i: number,
  base: InitiativeInputs,
  inputs: InputRefs,
  shareCells: readonly string[],
  levers: readonly LeverCells[],
  effect: (l: LeverCells) => string,
  portfolio: Portfolio,
  H: number,
): InitiativeLevers {
  const { factors, costFactors } = factorsOf(i, levers, effect)
  const lines: ExtraLine[] = []
  const mix = mixLines(i, base, shareCells, levers, effect, portfolio, lines, H)
  withPriceFactors(i, mix, levers, effect)
  const cacheHitRate = rateLines(
    i,
    'cacheHitRate',
    levers,
    effect,
    { cell: inputs.cacheHitRate, value: base.cacheHitRate },
    { cell: `MAX(0,1-${inputs.cacheWriteRate})`, value: Math.max(0, 1 - base.cacheWriteRate) },
    lines,
    H,
  )
  const batchShare = rateLines(
    i,
    'batchShare',
    levers,
    effect,
    { cell: inputs.batchShare, value: base.batchShare },
    { cell: '1', value: 1 },
    lines,
    H,
  )
  return { factors, costFactors, lines, cacheHitRate, batchShare, mix }
}
