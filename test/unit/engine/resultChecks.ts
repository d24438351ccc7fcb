import { DRIVERS, type PortfolioResult, type Series, type Totals, type UnitCosts } from '../../../shared/engine'

/** Every number of a Series, labelled, for property checks and exact comparisons. */
function seriesEntries(s: Series): [string, ArrayLike<number>][] {
  return [
    ['users', s.users],
    ['queries', s.queries],
    ['outcomes', s.outcomes],
    ['inputTokensPerQuery', s.inputTokensPerQuery],
    ...DRIVERS.map((d): [string, ArrayLike<number>] => [`cost.${d}`, s.cost[d]]),
    ['totalCost', s.totalCost],
    ['value', s.value],
    ['net', s.net],
    ['cumulativeNet', s.cumulativeNet],
    ['unpriced', s.unpriced],
  ]
}

function totalsNumbers(t: Totals): [string, number | null][] {
  return [
    ...DRIVERS.map((d): [string, number] => [`costByDriver.${d}`, t.costByDriver[d]]),
    ['cost', t.cost],
    ['value', t.value],
    ['net', t.net],
    ['npv', t.npv],
    ['roi', t.roi],
    ['paybackMonth', t.paybackMonth],
    ['queries', t.queries],
    ['outcomes', t.outcomes],
    ['costBeforeHorizon', t.costBeforeHorizon],
  ]
}

function unitNumbers(u: UnitCosts): [string, number | null][] {
  const { unpriced: _flag, ...figures } = u
  return Object.entries(figures)
}

/** Every number in a result (series, totals, unit costs), labelled by where it sits. */
export function allNumbers(r: PortfolioResult): [string, number | null][] {
  const out: [string, number | null][] = []
  const addSeries = (prefix: string, s: Series) => {
    for (const [name, values] of seriesEntries(s)) {
      for (let t = 0; t < values.length; t++) out.push([`${prefix}.${name}[${t}]`, values[t] ?? null])
    }
  }
  for (const i of r.initiatives) {
    addSeries(i.id, i.series)
    for (const [k, v] of totalsNumbers(i.totals)) out.push([`${i.id}.totals.${k}`, v])
    for (const [k, v] of unitNumbers(i.unitFirst)) out.push([`${i.id}.unitFirst.${k}`, v])
    for (const [k, v] of unitNumbers(i.unitLast)) out.push([`${i.id}.unitLast.${k}`, v])
  }
  addSeries('portfolio', r.series)
  for (const [k, v] of totalsNumbers(r.totals)) out.push([`portfolio.totals.${k}`, v])
  for (let t = 0; t < r.unallocatedShared.length; t++) out.push([`unallocated[${t}]`, r.unallocatedShared[t] ?? null])
  return out
}

/** A comparable snapshot of a result: ids, flags and every number. */
export function snapshot(r: PortfolioResult) {
  return {
    months: r.months,
    firstActiveMonth: r.firstActiveMonth,
    ids: r.initiatives.map((i) => i.id),
    firstActive: r.initiatives.map((i) => i.firstActiveMonth),
    unpricedModels: r.initiatives.map((i) => i.unpricedModels),
    unpriced: r.initiatives.map((i) => i.totals.unpriced).concat(r.totals.unpriced),
    unitUnpriced: r.initiatives.map((i) => [i.unitFirst.unpriced, i.unitLast.unpriced]),
    numbers: allNumbers(r),
  }
}
