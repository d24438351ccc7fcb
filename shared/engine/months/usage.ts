import type { InitiativeInputs } from '../compiled'
import { growthAfter, monthlyFactor } from '../growth'
import { FIELD } from '../layout'
import type { MonthFigures } from './monthFigures'

/**
 * Users, queries, outcomes and tokens per query from launch (docs/cost-model.md, section 2), with
 * m = t - launchMonth: users ramp linearly from usersAtLaunch to targetUsers over rampMonths, then
 * grow at userGrowthPerYear compounded monthly; input tokens per query grow at promptGrowthPerYear
 * from launch; queries = users * queriesPerUser; outcomes = queries * outcomesPerQuery. A scenario's
 * month factors (InitiativeInputs.adjust) multiply users, queries per user, outcomes and tokens.
 * Both growths are seeded at the first month in the horizon, then advanced by multiplying.
 */
export function fillUsage(inp: InitiativeInputs, out: MonthFigures): void {
  const { users, queries, outcomes, inputTokens, outputTokens } = out
  const launch = inp.launchMonth
  const ramp = inp.rampMonths
  const adjust = inp.adjust
  const rampSlope = ramp > 0 ? (inp.targetUsers - inp.usersAtLaunch) / ramp : 0
  const userStep = monthlyFactor(inp.userGrowthPerYear)
  const promptStep = monthlyFactor(inp.promptGrowthPerYear)
  const firstLive = Math.max(0, launch)
  out.noteFiguresFrom(firstLive)
  let userGrowth = growthAfter(inp.userGrowthPerYear, firstLive - launch - ramp)
  let promptGrowth = growthAfter(inp.promptGrowthPerYear, firstLive - launch)
  let usersSum = 0
  let queriesSum = 0
  let outcomesSum = 0
  let inputTokensSum = 0
  for (let t = firstLive; t < out.months; t++) {
    const sinceLaunch = t - launch
    let activeUsers: number
    if (sinceLaunch < ramp) {
      activeUsers = inp.usersAtLaunch + rampSlope * sinceLaunch
    } else {
      activeUsers = inp.targetUsers * userGrowth
      userGrowth *= userStep
    }
    if (adjust?.usersFactor) activeUsers *= adjust.usersFactor[t] ?? 1
    let queriesPerUser = inp.queriesPerUserPerMonth
    if (adjust?.queriesPerUserFactor) queriesPerUser *= adjust.queriesPerUserFactor[t] ?? 1
    const monthQueries = activeUsers * queriesPerUser
    let outcomesPerQuery = inp.outcomesPerQuery
    if (adjust?.outcomesFactor) outcomesPerQuery *= adjust.outcomesFactor[t] ?? 1
    let tokensIn = inp.inputTokensPerQuery * promptGrowth
    promptGrowth *= promptStep
    if (adjust?.inputTokensFactor) tokensIn *= adjust.inputTokensFactor[t] ?? 1
    const monthOutcomes = monthQueries * outcomesPerQuery
    users[t] = activeUsers
    queries[t] = monthQueries
    outcomes[t] = monthOutcomes
    inputTokens[t] = tokensIn
    usersSum += activeUsers
    queriesSum += monthQueries
    outcomesSum += monthOutcomes
    inputTokensSum += tokensIn
    outputTokens[t] = adjust?.outputTokensFactor
      ? inp.outputTokensPerQuery * (adjust.outputTokensFactor[t] ?? 1)
      : inp.outputTokensPerQuery
  }
  out.setSum(FIELD.users, usersSum)
  out.setSum(FIELD.queries, queriesSum)
  out.setSum(FIELD.outcomes, outcomesSum)
  out.setSum(FIELD.inputTokens, inputTokensSum)
}
