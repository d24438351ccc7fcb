import type { Portfolio } from '../../shared/model/portfolio'
import { scenarioContextIssues, scenarioIssue, validateScenario, type Scenario } from '../../shared/model/scenario'
import { ApiFailure, invalid } from './failure'
import type { ApiContext } from './context'
import type { HandlerMap } from './handler'

/**
 * One change of the scenario list as one write: `edit` gets the list and the portfolio as the file holds
 * them under the write lock and returns the new list (stored whole) and the answer.
 */
function writeScenarios<T>(
  ctx: ApiContext,
  edit: (list: readonly Scenario[], portfolio: Portfolio) => { next: Scenario[]; answer: T },
): T {
  return ctx.session.current.write((change) => {
    const { next, answer } = edit(change.portfolio.scenarios ?? [], change.portfolio)
    change.replacePart('scenarios', next)
    return answer
  })
}

function indexOf(list: readonly Scenario[], id: string): number {
  const i = list.findIndex((s) => s.id === id)
  if (i < 0) throw new ApiFailure('not_found', `No scenario has the id "${id}".`)
  return i
}

/**
 * Validates one scenario against its schema, the portfolio (initiatives, models, providers, horizon)
 * and the other scenarios (unique id and name). Messages name the scenario, the lever and the field.
 */
function checked(raw: unknown, portfolio: Portfolio, others: readonly Scenario[]): Scenario {
  const v = validateScenario(raw)
  if (!v.ok) throw invalid(v.issues)
  const scenario = v.value
  const issues = scenarioContextIssues(scenario, {
    horizonMonths: portfolio.settings.horizonMonths,
    initiativeIds: new Set(portfolio.initiatives.map((i) => i.id)),
    modelIds: new Set(portfolio.priceBook.map((m) => m.id)),
    providers: new Set(portfolio.priceBook.map((m) => m.provider)),
  })
  const name = scenario.name.trim().toLowerCase()
  if (others.some((s) => s.name.trim().toLowerCase() === name)) {
    issues.push(scenarioIssue(scenario, ['name'], `must be unique (another scenario is named "${scenario.name}")`))
  }
  if (issues.length > 0) throw invalid(issues)
  return scenario
}

/** "Name (copy)", "Name (copy 2)", ... the first that no scenario uses. */
function copyName(name: string, list: readonly Scenario[]): string {
  const taken = new Set(list.map((s) => s.name.trim().toLowerCase()))
  for (let n = 1; ; n++) {
    const candidate = `${name} (copy${n > 1 ? ` ${n}` : ''})`.slice(0, 200)
    if (!taken.has(candidate.toLowerCase())) return candidate
  }
}

export const scenarioHandlers: HandlerMap = {
  'scenarios:list': (ctx) => ctx.session.current.portfolio.scenarios ?? [],

  'scenarios:create': (ctx, { scenario, index }) =>
    writeScenarios(ctx, (list, portfolio) => {
      const id = (scenario as { id?: unknown }).id
      if (list.some((s) => s.id === id))
        throw new ApiFailure('conflict', `A scenario with the id "${String(id)}" exists already.`)
      const valid = checked(scenario, portfolio, list)
      const at = Math.min(index ?? list.length, list.length)
      return { next: list.toSpliced(at, 0, valid), answer: { scenario: valid, index: at } }
    }),

  'scenarios:update': (ctx, { scenario }) =>
    writeScenarios(ctx, (list, portfolio) => {
      const i = indexOf(list, String((scenario as { id?: unknown }).id))
      const valid = checked(scenario, portfolio, list.toSpliced(i, 1))
      return { next: list.toSpliced(i, 1, valid), answer: valid }
    }),

  'scenarios:rename': (ctx, { id, name }) =>
    writeScenarios(ctx, (list, portfolio) => {
      const i = indexOf(list, id)
      const valid = checked({ ...list[i], name: name.trim() }, portfolio, list.toSpliced(i, 1))
      return { next: list.toSpliced(i, 1, valid), answer: valid }
    }),

  'scenarios:duplicate': (ctx, { id, newId, name }) =>
    writeScenarios(ctx, (list, portfolio) => {
      const i = indexOf(list, id)
      if (list.some((s) => s.id === newId))
        throw new ApiFailure('conflict', `A scenario with the id "${newId}" exists already.`)
      const source = list[i] as Scenario
      const valid = checked(
        { ...structuredClone(source), id: newId, name: name?.trim() || copyName(source.name, list) },
        portfolio,
        list,
      )
      return { next: list.toSpliced(i + 1, 0, valid), answer: { scenario: valid, index: i + 1 } }
    }),

  'scenarios:reorder': (ctx, { id, index }) =>
    writeScenarios(ctx, (list) => {
      const i = indexOf(list, id)
      const moved = list[i] as Scenario
      const next = list.toSpliced(i, 1)
      next.splice(Math.min(index, next.length), 0, moved)
      return { next, answer: next }
    }),

  'scenarios:delete': (ctx, { id }) =>
    writeScenarios(ctx, (list) => {
      const i = indexOf(list, id)
      return { next: list.toSpliced(i, 1), answer: { scenario: list[i] as Scenario, index: i } }
    }),
}
