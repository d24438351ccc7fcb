import { blankInitiative as emptyInitiative } from '../../../../shared/model/blankInitiative'
import type { Initiative, Portfolio } from '../../../../shared/model'

/** A fresh id the API accepts (letters, digits, dash). */
function newInitiativeId(): string {
  return `init-${crypto.randomUUID()}`
}

/**
 * A blank initiative that passes every rule: no users and no tokens on the first model of the
 * price book, so it adds no cost until the user fills it in. Null when the price book is empty.
 */
export function blankInitiative(portfolio: Portfolio, name: string): Initiative | null {
  const model = portfolio.priceBook[0]
  return model ? { ...emptyInitiative(newInitiativeId(), model.id), name } : null
}

/** A copy under a new id; its decision log stays with the original. */
export function duplicateOf(source: Initiative, existingNames: ReadonlySet<string>): Initiative {
  let name = `${source.name} (copy)`
  for (let n = 2; existingNames.has(name); n++) name = `${source.name} (copy ${n})`
  const copy: Initiative = { ...structuredClone(source), id: newInitiativeId(), name: name.slice(0, 200) }
  delete copy.decisions
  return copy
}
