import type { CliCommand } from '../io'
import { compareCommand } from './compare'
import { computeCommand } from './compute'
import { exportCommand } from './export'
import { importCommand } from './import'

/** Every command of the `cli` script, by name. Later issues add compare, export and import here. */
export const COMMANDS: ReadonlyMap<string, CliCommand> = new Map(
  [computeCommand, compareCommand, exportCommand, importCommand].map((c) => [c.name, c]),
)
