/**
 * One of the two processes of openTogether.test.ts, run as its own Node process:
 *   tsx openerProcess.ts <portfolio file> <a|b>
 * It prints "ready", waits for a line on stdin, then opens the file (so both processes open it at
 * the same moment), makes OPENER_EDITS edits of its own field of the first initiative, and exits.
 */
import { createInterface } from 'node:readline'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { OPENER_EDITS, openerValue, SHARED_FIELD } from './writerPlan'

async function main(): Promise<void> {
  const [path, role] = process.argv.slice(2)
  if (!path || (role !== 'a' && role !== 'b')) throw new Error('usage: openerProcess.ts FILE a|b')
  const lines = createInterface({ input: process.stdin })
  const go = new Promise<void>((resolve) => lines.once('line', () => resolve()))
  process.stdout.write('ready\n')
  await go
  lines.close()
  const file = PortfolioFile.open(path)
  try {
    for (let k = 0; k < OPENER_EDITS; k++) {
      file.write((change) => {
        const [first] = change.portfolio.initiatives
        if (!first) throw new Error('the file has no initiative')
        change.updateInitiatives([{ ...first, usage: { ...first.usage, [SHARED_FIELD[role]]: openerValue(k) } }])
      })
    }
  } finally {
    file.close()
  }
}

main().catch((e: unknown) => {
  process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`)
  process.exit(1)
})
