import { z } from 'zod'
import { Id } from '../../model/primitives'
import { Scenario, type ScenarioInput } from '../../model/scenario'

/**
 * A scenario as sent by a client. The handler validates it with validateScenario and the
 * portfolio's context, so messages name the scenario, the lever and the field (a plain schema
 * here would report "scenario.levers.2.amount" before the handler could name them).
 */
const ScenarioParam = z.custom<ScenarioInput>(
  (v) => typeof v === 'object' && v !== null && !Array.isArray(v),
  'must be a scenario object',
)

const Placed = z.object({ scenario: Scenario, index: z.number().int().min(0) })

/** Scenarios: stored in the portfolio file, listed in the order the user arranged them. */
export const scenarioMethods = {
  'scenarios:list': { params: z.object({}).strict(), result: z.array(Scenario) },
  /** Inserts at `index` (end when omitted); also how a delete is undone. */
  'scenarios:create': {
    params: z.object({ scenario: ScenarioParam, index: z.number().int().min(0).optional() }),
    result: Placed,
  },
  /** Replaces a scenario (its name, description and levers) by id. */
  'scenarios:update': { params: z.object({ scenario: ScenarioParam }), result: Scenario },
  'scenarios:rename': { params: z.object({ id: Id, name: z.string() }), result: Scenario },
  /** Copies a scenario right after it, with a new id and a free name ("… (copy)") unless given. */
  'scenarios:duplicate': {
    params: z.object({ id: Id, newId: Id, name: z.string().optional() }),
    result: Placed,
  },
  /** Moves a scenario to `index`; returns the new order. */
  'scenarios:reorder': { params: z.object({ id: Id, index: z.number().int().min(0) }), result: z.array(Scenario) },
  /** Removes a scenario; returns it and its index, so the renderer can undo by re-creating it there. */
  'scenarios:delete': { params: z.object({ id: Id }), result: Placed },
} as const
