import type { InitiativeInputs } from './compiled'
import { growthAfter, monthlyFactor } from './growth'
import { F_INPUT_TOKENS, F_OUTCOMES, F_QUERIES, F_USERS, sumIndex } from './layout'

/**
 * Users ramp linearly from usersAtLaunch to targetUsers over rampMonths, then grow at
 * userGrowthPerYear compounded monthly; input tokens per query grow at promptGrowthPerYear
 * from launch; queries = users * queriesPerUser; outcomes = queries * outcomesPerQuery.
 * Writes months at or after launch, and the sums, into a zeroed block (see layout.ts).
 */
export function fillUsage(inp: InitiativeInputs, months: number, buf: Float64Array, base: number): void {
  const L = inp.launchMonth
  const R = inp.rampMonths
  const adj = inp.adjust
  const usersF = adj?.usersFactor
  const queriesF = adj?.queriesPerUserFactor
  const tokensF = adj?.inputTokensFactor
  const outcomesF = adj?.outcomesFactor
  const userStep = monthlyFactor(inp.userGrowthPerYear)
  const promptStep = monthlyFactor(inp.promptGrowthPerYear)
  const rampSlope = R > 0 ? (inp.targetUsers - inp.usersAtLaunch) / R : 0
  const t0 = Math.max(0, L)
  // Seed both growth factors at the first month in the horizon, then multiply month by month.
  let userGrowth = growthAfter(inp.userGrowthPerYear, t0 - L - R)
  let promptGrowth = growthAfter(inp.promptGrowthPerYear, t0 - L)
  const oU = base + F_USERS * months
  const oQ = base + F_QUERIES * months
  const oO = base + F_OUTCOMES * months
  const oT = base + F_INPUT_TOKENS * months
  let sumU = 0
  let sumQ = 0
  let sumO = 0
  let sumT = 0
  for (let t = t0; t < months; t++) {
    const m = t - L
    let users: number
    if (m < R) {
      users = inp.usersAtLaunch + rampSlope * m
    } else {
      users = inp.targetUsers * userGrowth
      userGrowth *= userStep
    }
    if (usersF) users *= usersF[t] ?? 1
    let qpu = inp.queriesPerUserPerMonth
    if (queriesF) qpu *= queriesF[t] ?? 1
    const queries = users * qpu
    let opq = inp.outcomesPerQuery
    if (outcomesF) opq *= outcomesF[t] ?? 1
    const outcomes = queries * opq
    let tin = inp.inputTokensPerQuery * promptGrowth
    promptGrowth *= promptStep
    if (tokensF) tin *= tokensF[t] ?? 1
    buf[oU + t] = users
    buf[oQ + t] = queries
    buf[oO + t] = outcomes
    buf[oT + t] = tin
    sumU += users
    sumQ += queries
    sumO += outcomes
    sumT += tin
  }
  buf[sumIndex(base, months, F_USERS)] = sumU
  buf[sumIndex(base, months, F_QUERIES)] = sumQ
  buf[sumIndex(base, months, F_OUTCOMES)] = sumO
  buf[sumIndex(base, months, F_INPUT_TOKENS)] = sumT
}
