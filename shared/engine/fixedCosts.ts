import type { InitiativeInputs } from './compiled'
import { F_BUILD, F_COMPLIANCE, F_DATA, F_EVALUATION, F_INTEGRATION, F_PLATFORM, F_QUERIES, sumIndex } from './layout'

/**
 * The fixed and semi-fixed drivers, with m = t - launchMonth: build spread evenly over
 * m = -buildMonths..-1 (all at m = 0 when buildMonths = 0); one-offs (data, evaluation set-up,
 * compliance) at m = -1; running costs every m >= 0; yearly compliance at m = 12, 24, ...;
 * dataPerQuery * Q every month. Months before 0 are sunk: outside the horizon, never counted.
 * Writes into a zeroed full block (see layout.ts) and returns the first month with any such cost.
 */
export function fillFixedCosts(inp: InitiativeInputs, months: number, buf: Float64Array, base: number): number {
  const L = inp.launchMonth
  const B = inp.buildMonths
  const buildTotal = inp.buildFteMonths * inp.costPerFteMonth
  const buildPerMonth = B > 0 ? buildTotal / B : buildTotal
  const buildFrom = Math.max(0, B > 0 ? L - B : L)
  const buildTo = Math.min(months - 1, B > 0 ? L - 1 : L)
  const oB = base + F_BUILD * months
  let sumB = 0
  for (let t = buildFrom; t <= buildTo; t++) {
    buf[oB + t] = buildPerMonth
    sumB += buildPerMonth
  }
  let sumD = 0
  let sumE = 0
  let sumC = 0
  const before = L - 1
  if (before >= 0 && before < months) {
    buf[base + F_DATA * months + before] = inp.dataOneOff
    buf[base + F_EVALUATION * months + before] = inp.evalSetup
    buf[base + F_COMPLIANCE * months + before] = inp.complianceOneOff
    sumD = inp.dataOneOff
    sumE = inp.evalSetup
    sumC = inp.complianceOneOff
  }
  const integration = inp.integrationFte * inp.costPerFteMonth
  const platform = inp.platformPerMonth
  const evalMonthly = inp.evalPerMonth
  const oI = base + F_INTEGRATION * months
  const oP = base + F_PLATFORM * months
  const oD = base + F_DATA * months
  const oE = base + F_EVALUATION * months
  const oC = base + F_COMPLIANCE * months
  const oQ = base + F_QUERIES * months
  const t0 = Math.max(0, L)
  let live = 0
  for (let t = t0; t < months; t++) {
    const m = t - L
    const data = inp.dataPerMonth + inp.dataPerQuery * (buf[oQ + t] ?? 0)
    buf[oI + t] = integration
    buf[oP + t] = platform
    buf[oD + t] = data
    buf[oE + t] = evalMonthly
    sumD += data
    live++
    if (m > 0 && m % 12 === 0) {
      buf[oC + t] = inp.complianceYearly
      sumC += inp.complianceYearly
    }
  }
  buf[sumIndex(base, months, F_BUILD)] = sumB
  buf[sumIndex(base, months, F_INTEGRATION)] = integration * live
  buf[sumIndex(base, months, F_PLATFORM)] = platform * live
  buf[sumIndex(base, months, F_DATA)] = sumD
  buf[sumIndex(base, months, F_EVALUATION)] = sumE + evalMonthly * live
  buf[sumIndex(base, months, F_COMPLIANCE)] = sumC
  const first = Math.max(0, Math.min(buildFrom, before, L))
  const f = inp.adjust?.costFactor
  if (f) {
    scaleField(buf, base, months, F_BUILD, f.build, first)
    scaleField(buf, base, months, F_INTEGRATION, f.integration, first)
    scaleField(buf, base, months, F_PLATFORM, f.platform, first)
    scaleField(buf, base, months, F_DATA, f.data, first)
    scaleField(buf, base, months, F_EVALUATION, f.evaluation, first)
    scaleField(buf, base, months, F_COMPLIANCE, f.compliance, first)
  }
  return first
}

/** Multiplies one field by a factor series (a scenario lever) and recomputes its sum. */
function scaleField(
  buf: Float64Array,
  base: number,
  months: number,
  field: number,
  factor: Float64Array | undefined,
  from: number,
): void {
  if (!factor) return
  const o = base + field * months
  let sum = 0
  for (let t = from; t < months; t++) {
    const x = (buf[o + t] ?? 0) * (factor[t] ?? 1)
    buf[o + t] = x
    sum += x
  }
  buf[sumIndex(base, months, field)] = sum
}
