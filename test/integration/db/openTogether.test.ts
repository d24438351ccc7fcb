import { spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createInterface } from 'node:readline'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { checkPortfolioFile, readPortfolioFile } from '../../../electron/db/fileCheck'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'
import { OPENER_EDITS, openerValue } from './writerPlan'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')
const OPENER = join(import.meta.dirname, 'openerProcess.ts')
const ROUNDS = 12
const lastValue = openerValue(OPENER_EDITS - 1)

interface Opener {
  ready: Promise<void>
  go(): void
  done: Promise<void>
}

function startOpener(path: string, role: 'a' | 'b'): Opener {
  const child = spawn(TSX, [OPENER, path, role], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  let signalReady: () => void = () => undefined
  const ready = new Promise<void>((r) => (signalReady = r))
  createInterface({ input: child.stdout }).on('line', (line) => line === 'ready' && signalReady())
  const done = new Promise<void>((resolveDone, reject) => {
    child.on('error', reject)
    child.on('close', (code) => (code === 0 ? resolveDone() : reject(new Error(`opener ${role}: ${stderr}`))))
  })
  void done.catch(() => signalReady())
  return { ready, go: () => child.stdin.end('go\n'), done }
}

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-open-together-')))
afterEach(() => cleanup())

describe('two processes opening one portfolio file at the same moment', () => {
  // Opening checks the file on a read-only connection first, which creates -wal/-shm on a file that
  // has none. Were the check to remove them after the other process had opened the file, the two
  // would write to different logs and one side's acknowledged edits would be lost (without the fix,
  // a third of the rounds on this machine).
  it(`keeps both processes' edits, in each of ${ROUNDS} rounds`, async () => {
    const lost: string[] = []
    for (let round = 0; round < ROUNDS; round++) {
      const path = await writePortfolioFile(join(dir, `round-${round}.aiportfolio`))
      const openers = [startOpener(path, 'a'), startOpener(path, 'b')]
      await Promise.all(openers.map((o) => o.ready))
      for (const o of openers) o.go()
      await Promise.all(openers.map((o) => o.done))
      const file = PortfolioFile.open(path)
      const usage = file.portfolio.initiatives[0]?.usage
      file.close()
      if (usage?.inputTokensPerQuery !== lastValue || usage.outputTokensPerQuery !== lastValue)
        lost.push(`round ${round}: input ${usage?.inputTokensPerQuery}, output ${usage?.outputTokensPerQuery}`)
    }
    expect(lost).toEqual([])
  })

  it('the check leaves the companions of a file it accepts to the connection that opens it next', async () => {
    const path = await writePortfolioFile(join(dir, 'checked.aiportfolio'))
    expect(existsSync(`${path}-wal`)).toBe(false)
    checkPortfolioFile(path)
    expect(existsSync(`${path}-wal`) && existsSync(`${path}-shm`)).toBe(true)
    const file = PortfolioFile.open(path)
    file.close()
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false)
  })

  it('a command that only reads leaves no companion behind, and none of a connection that has the file open', async () => {
    const path = await writePortfolioFile(join(dir, 'read.aiportfolio'))
    readPortfolioFile(path)
    expect(existsSync(`${path}-wal`) || existsSync(`${path}-shm`)).toBe(false)
    const open = PortfolioFile.open(path)
    readPortfolioFile(path)
    open.write((change) => change.replaceSettings({ ...change.portfolio.settings, name: 'Written after the read' }))
    open.close()
    const reopened = PortfolioFile.open(path)
    expect(reopened.portfolio.settings.name).toBe('Written after the read')
    reopened.close()
  })
})
