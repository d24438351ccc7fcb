import type { Evidence, ScoringCriterion, ScoringModel } from '../../../../shared/model/strategy'

/**
 * Edits of the scoring model as pure functions: each returns the whole new model, which the view
 * saves with 'scoring:update' as one undo step. Nothing is checked here; the API names the rule.
 */

/** A new criterion's id from its name, unique in the model ("Customer trust" -> "customer-trust", "-2", ...). */
export function criterionId(name: string, model: ScoringModel): string {
  const base =
    name
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'criterion'
  const taken = new Set(model.criteria.map((c) => c.id))
  if (!taken.has(base)) return base
  let n = 2
  while (taken.has(`${base}-${String(n)}`)) n++
  return `${base}-${String(n)}`
}

/** Adds a criterion at the end with the given weight (scores of initiatives for it start unscored). */
export function addCriterion(model: ScoringModel, name: string, weight: number): ScoringModel {
  const criterion: ScoringCriterion = { id: criterionId(name, model), name: name.trim(), description: '', weight }
  return { ...model, criteria: [...model.criteria, criterion] }
}

export function updateCriterion(
  model: ScoringModel,
  id: string,
  patch: Partial<Pick<ScoringCriterion, 'name' | 'weight' | 'description'>>,
): ScoringModel {
  return { ...model, criteria: model.criteria.map((c) => (c.id === id ? { ...c, ...patch } : c)) }
}

/** Removing keeps the initiatives' scores for it in the file, so undoing the removal restores them. */
export function removeCriterion(model: ScoringModel, id: string): ScoringModel {
  return { ...model, criteria: model.criteria.filter((c) => c.id !== id) }
}

/** Each criterion's share of the total weight (what the weights mean once normalised); 0 when all are 0. */
export function weightShares(model: ScoringModel): Map<string, number> {
  const total = model.criteria.reduce((s, c) => s + c.weight, 0)
  return new Map(model.criteria.map((c) => [c.id, total > 0 ? c.weight / total : 0]))
}

/** The editable parameters of the thresholds and rules, each a path into the model. */
export type RuleParameter =
  | 'thresholds.scaleEconomics'
  | 'thresholds.strategic'
  | 'rules.doubleDown.minEvidence'
  | 'rules.doubleDown.minQuality'
  | 'rules.pullBack.costOverValueGrowthMargin'
  | 'rules.pullBack.minQuality'
  | 'rules.pullBack.commoditisedUnlessStrategic'
  | 'rules.economicGate.minNpv'
  | 'rules.economicGate.strategicCase'
  | 'rules.economicGate.harvest'

export type RuleValue = number | boolean | Evidence

/** The model with one threshold or rule parameter changed. */
export function withParameter(model: ScoringModel, parameter: RuleParameter, value: RuleValue): ScoringModel {
  const { thresholds, rules } = model
  switch (parameter) {
    case 'thresholds.scaleEconomics':
      return { ...model, thresholds: { ...thresholds, scaleEconomics: value as number } }
    case 'thresholds.strategic':
      return { ...model, thresholds: { ...thresholds, strategic: value as number } }
    case 'rules.doubleDown.minEvidence':
      return { ...model, rules: { ...rules, doubleDown: { ...rules.doubleDown, minEvidence: value as Evidence } } }
    case 'rules.doubleDown.minQuality':
      return { ...model, rules: { ...rules, doubleDown: { ...rules.doubleDown, minQuality: value as number } } }
    case 'rules.pullBack.costOverValueGrowthMargin':
      return {
        ...model,
        rules: { ...rules, pullBack: { ...rules.pullBack, costOverValueGrowthMargin: value as number } },
      }
    case 'rules.pullBack.minQuality':
      return { ...model, rules: { ...rules, pullBack: { ...rules.pullBack, minQuality: value as number } } }
    case 'rules.pullBack.commoditisedUnlessStrategic':
      return {
        ...model,
        rules: { ...rules, pullBack: { ...rules.pullBack, commoditisedUnlessStrategic: value as boolean } },
      }
    case 'rules.economicGate.minNpv':
      return { ...model, rules: { ...rules, economicGate: { ...rules.economicGate, minNpv: value as number } } }
    case 'rules.economicGate.strategicCase':
      return {
        ...model,
        rules: { ...rules, economicGate: { ...rules.economicGate, strategicCase: value as boolean } },
      }
    case 'rules.economicGate.harvest':
      return { ...model, rules: { ...rules, economicGate: { ...rules.economicGate, harvest: value as boolean } } }
  }
}

/** The parameter's current value. */
export function parameterValue(model: ScoringModel, parameter: RuleParameter): RuleValue {
  switch (parameter) {
    case 'thresholds.scaleEconomics':
      return model.thresholds.scaleEconomics
    case 'thresholds.strategic':
      return model.thresholds.strategic
    case 'rules.doubleDown.minEvidence':
      return model.rules.doubleDown.minEvidence
    case 'rules.doubleDown.minQuality':
      return model.rules.doubleDown.minQuality
    case 'rules.pullBack.costOverValueGrowthMargin':
      return model.rules.pullBack.costOverValueGrowthMargin
    case 'rules.pullBack.minQuality':
      return model.rules.pullBack.minQuality
    case 'rules.pullBack.commoditisedUnlessStrategic':
      return model.rules.pullBack.commoditisedUnlessStrategic
    case 'rules.economicGate.minNpv':
      return model.rules.economicGate.minNpv
    case 'rules.economicGate.strategicCase':
      return model.rules.economicGate.strategicCase
    case 'rules.economicGate.harvest':
      return model.rules.economicGate.harvest
  }
}
