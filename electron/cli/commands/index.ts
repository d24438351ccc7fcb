import type { CliCommand } from '../io'
import { computeCommand } from './compute'

/** Every command of the `cli` script, by name. Later issues add compare, export and import here. */
export const COMMANDS: ReadonlyMap<string, CliCommand> = new Map([computeCommand].map((c) => [c.name, c]))
