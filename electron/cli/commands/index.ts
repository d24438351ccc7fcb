import type { CliCommand } from '../io'
import { actualsCommand } from './actuals'
import { compareCommand } from './compare'
import { computeCommand } from './compute'
import { exportCommand } from './export'
import { importCommand } from './import'
import { pricesCommand } from './prices'
import { simulateCommand } from './simulate'

/** Every command of the `cli` script, by name. */
export const COMMANDS: ReadonlyMap<string, CliCommand> = new Map(
  [computeCommand, compareCommand, simulateCommand, exportCommand, importCommand, pricesCommand, actualsCommand].map(
    (c) => [c.name, c],
  ),
)
