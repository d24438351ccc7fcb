import type { Initiative, Portfolio } from '../../../../shared/model'

/** A fresh id the API accepts (letters, digits, dash). */
export function newInitiativeId(): string {
  return `init-${crypto.randomUUID()}`
}

/**
 * A blank initiative that passes every rule: one user at zero tokens on the first model of the
 * price book, so it adds no cost until the user fills it in. Null when the price book is empty.
 */
export function blankInitiative(portfolio: Portfolio, name: string): Initiative | null {
  const model = portfolio.priceBook[0]
  if (!model) return null
  return {
    id: newInitiativeId(),
    name,
    governance: {
      owner: '',
      stage: 'idea',
      valueType: 'cost_savings',
      hypothesis: '',
      successMetric: '',
      baseline: '',
      target: '',
      measurementPlan: '',
      reviewDate: null,
      timeHorizonMonths: 12,
      strategicNarrative: '',
    },
    usage: {
      launchMonth: 0,
      usersAtLaunch: 0,
      targetUsers: 0,
      rampMonths: 0,
      userGrowthPerYear: 0,
      queriesPerUserPerMonth: 0,
      inputTokensPerQuery: 0,
      outputTokensPerQuery: 0,
      promptGrowthPerYear: 0,
      cacheHitRate: 0,
      cacheWriteRate: 0,
      batchShare: 0,
      modelMix: [{ modelId: model.id, share: 1 }],
    },
    costs: {
      buildFteMonths: 0,
      costPerFteMonth: 0,
      buildMonths: 0,
      integrationFte: 0,
      platformPerMonth: 0,
      dataOneOff: 0,
      dataPerMonth: 0,
      dataPerQuery: 0,
      evalSetup: 0,
      evalPerMonth: 0,
      complianceOneOff: 0,
      complianceYearly: 0,
    },
    value: { outcomesPerQuery: 0, valuePerOutcome: 0, monthsToFullValue: 0, fixedMonthlyValue: 0, outcomeName: '' },
  }
}

/** A copy under a new id; its decision log stays with the original. */
export function duplicateOf(source: Initiative, existingNames: ReadonlySet<string>): Initiative {
  let name = `${source.name} (copy)`
  for (let n = 2; existingNames.has(name); n++) name = `${source.name} (copy ${n})`
  const copy: Initiative = { ...structuredClone(source), id: newInitiativeId(), name: name.slice(0, 200) }
  delete copy.decisions
  return copy
}

/** "New initiative", or "New initiative 2", 3... whichever is free. */
export function freeName(base: string, existingNames: ReadonlySet<string>): string {
  if (!existingNames.has(base)) return base
  let n = 2
  while (existingNames.has(`${base} ${n}`)) n++
  return `${base} ${n}`
}
