import type { Scenario } from '../../../../shared/model/scenario'

/** A fresh id for a scenario or lever ("scenario-1a2b3c4d"); the API refuses a clash, so 8 hex digits are plenty. */
export function newId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`
}

/** "Scenario 1", "Scenario 2", … the first that no scenario uses (names are unique, ignoring case). */
export function freeScenarioName(scenarios: readonly Pick<Scenario, 'name'>[]): string {
  const taken = new Set(scenarios.map((s) => s.name.trim().toLowerCase()))
  for (let n = 1; ; n++) if (!taken.has(`scenario ${n}`)) return `Scenario ${n}`
}
