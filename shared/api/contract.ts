import type { z } from 'zod'
import { actualsMethods } from './methods/actuals'
import { coreEvents, coreMethods } from './methods/core'
import { decisionMethods } from './methods/decisions'
import { importMethods } from './methods/imports'
import { exportMethods } from './methods/exports'
import { priceMethods } from './methods/prices'
import { scenarioMethods } from './methods/scenarios'

export { FieldEdit, PortfolioSnapshot } from './methods/core'

/**
 * The one typed API: method -> { params, result } zod schemas. The preload and the
 * HTTP bridge expose exactly these methods; handlers validate every call.
 * Each area adds its methods in its own file under methods/ and spreads them here.
 */
export const contract = {
  ...coreMethods,
  ...scenarioMethods,
  ...decisionMethods,
  ...exportMethods,
  ...importMethods,
  ...priceMethods,
  ...actualsMethods,
} as const

export const events = {
  ...coreEvents,
} as const

/**
 * The methods that name a file on this machine: open, create or copy a portfolio at a path, write an
 * export to a path, write an imported portfolio to a path. Only the desktop shell offers them, with a
 * path its native dialogs chose; browser mode's HTTP server has no handler for them, so nothing that
 * reaches it over HTTP reads or writes a file by name (see docs/browser-mode.md for what it offers instead).
 */
export const DESKTOP_ONLY_METHODS = [
  'portfolio:new',
  'portfolio:open',
  'portfolio:saveAs',
  'export:run',
  'export:grid',
  'import:portfolio',
] as const satisfies readonly Method[]
export type DesktopOnlyMethod = (typeof DESKTOP_ONLY_METHODS)[number]
export const isDesktopOnly = (m: string): m is DesktopOnlyMethod =>
  (DESKTOP_ONLY_METHODS as readonly string[]).includes(m)

export type Contract = typeof contract
export type Method = keyof Contract
export type Params<M extends Method> = z.input<Contract[M]['params']>
export type Result<M extends Method> = z.infer<Contract[M]['result']>
export const METHODS = Object.keys(contract) as Method[]
export const isMethod = (m: unknown): m is Method => typeof m === 'string' && Object.hasOwn(contract, m)

export type EventName = keyof typeof events
export type EventPayload<E extends EventName> = z.infer<(typeof events)[E]>
export const EVENT_NAMES = Object.keys(events) as EventName[]
export const isEventName = (e: unknown): e is EventName => typeof e === 'string' && Object.hasOwn(events, e)
