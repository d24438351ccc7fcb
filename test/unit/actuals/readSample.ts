import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { sumMoneyNumbers } from '../../../shared/actuals/decimal'
import type { ActualLine } from '../../../shared/actuals/line'
import { readActualsText, type ActualsRead } from '../../../shared/actuals/readActuals'
import type { ActualsReadOptions } from '../../../shared/actuals/readContext'
import { SAMPLE_DIR } from '../../fixtures/actuals/generateSamples'

/** Reads a committed sample export; fails the test with the refusal when it is refused. */
export function readSample(name: string, options: ActualsReadOptions = {}): ActualsRead {
  const result = readActualsText(readFileSync(join(SAMPLE_DIR, name), 'utf8'), options)
  if (!result.ok) throw new Error(`${name} refused: ${result.message} ${JSON.stringify(result.issues.slice(0, 5))}`)
  return result
}

export const hasKey = (l: ActualLine, type: string, value: string): boolean =>
  l.keys.some((k) => k.type === type && k.value === value)

/** Exact sum of the lines' costs. */
export const costOf = (lines: readonly ActualLine[]): number => sumMoneyNumbers(lines.map((l) => l.cost ?? 0))

/** Sum of one token count over lines (unknown counts as none). */
export const tokensOf = (lines: readonly ActualLine[], kind: keyof ActualLine['tokens']): number =>
  lines.reduce((a, l) => a + (l.tokens[kind] ?? 0), 0)

export const inMonth = (lines: readonly ActualLine[], month: string): ActualLine[] =>
  lines.filter((l) => l.month === month)
