import { spawnSync } from 'node:child_process'
import { resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..', '..')
export const TINY = resolve(ROOT, 'test/fixtures/tiny-portfolio.json')
export const SAMPLE = resolve(ROOT, 'shared/data/sample-portfolio.json')

export interface ProcessResult {
  status: number | null
  stdout: string
  stderr: string
}

/** Runs the real command line as `npm run -s cli` does: `tsx electron/cli/index.ts ...args`. */
export function runCliProcess(args: readonly string[]): ProcessResult {
  const r = spawnSync('npx', ['tsx', 'electron/cli/index.ts', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    // Well inside the test's own limit; tsx compiles the CLI first, slowly on a loaded machine.
    timeout: 240_000,
    env: { ...process.env, NO_COLOR: '1' },
  })
  return { status: r.status, stdout: r.stdout, stderr: r.stderr }
}
