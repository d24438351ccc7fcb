import { spawn, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import { readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeNewPortfolioFile } from '../../../electron/db/fileWrite'
import { writeTextAtomically } from '../../../electron/exports/atomicWrite'
import { removeStaleTemporaries, temporaryPathFor } from '../../../electron/files/temporaryFiles'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { makeTempDir } from '../../fixtures/db/tempDir'

let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-temp-')))
afterEach(() => cleanup())

const HOST = createHash('sha256').update(hostname()).digest('hex').slice(0, 6)
const OTHER_HOST = HOST === 'abcdef' ? '123456' : 'abcdef'

/** The id of a process that has ended. */
function deadPid(): number {
  const r = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' })
  return Number(r.stdout)
}

/** A temporary file as our writes name it, left by `pid` on `host`, last written `ageMs` ago. */
function leave(target: string, pid: number, host = HOST, ageMs = 0, suffix = ''): string {
  const name = `.${target}.${host}-${pid}-0123abcd.tmp${suffix}`
  const path = join(dir, name)
  writeFileSync(path, 'half an export')
  const when = new Date(Date.now() - ageMs)
  utimesSync(path, when, when)
  return name
}

const hidden = () =>
  readdirSync(dir)
    .filter((n) => n.startsWith('.'))
    .sort()

describe('temporary files left by killed writes', () => {
  it('are named for our writes: hidden, beside the target, with host, process and a random part', () => {
    const path = temporaryPathFor(join(dir, 'Board deck.pptx'))
    expect(path.startsWith(join(dir, '.Board deck.pptx.'))).toBe(true)
    expect(path).toMatch(new RegExp(`\\.${HOST}-${process.pid}-[0-9a-f]{8}\\.tmp$`))
    expect(temporaryPathFor(join(dir, 'x.csv'))).not.toBe(temporaryPathFor(join(dir, 'x.csv')))
  })

  it('the next write to the folder removes those whose writer is gone or that were untouched for an hour, and nothing else', async () => {
    const dead = deadPid()
    const sleeper = spawn('sleep', ['60'])
    try {
      const removed = [
        leave('a.xlsx', dead),
        leave('b.aiportfolio', dead, HOST, 0, '-journal'),
        leave('c.csv', process.pid, OTHER_HOST, 2 * 60 * 60 * 1000),
      ]
      const kept = [
        leave('d.xlsx', process.pid),
        leave('e.xlsx', sleeper.pid ?? 0),
        leave('f.xlsx', dead, OTHER_HOST, 5 * 60 * 1000),
        '.notes.txt.tmp',
        '.g.xlsx.0123456789ab.tmp',
      ]
      writeFileSync(join(dir, '.notes.txt.tmp'), 'not ours')
      writeFileSync(join(dir, '.g.xlsx.0123456789ab.tmp'), 'not our pattern')
      await writeTextAtomically(join(dir, 'next.json'), '{}')
      expect(hidden()).toEqual([...kept].sort())
      expect(readdirSync(dir)).toContain('next.json')
      expect(removed.every((n) => !hidden().includes(n))).toBe(true)
    } finally {
      sleeper.kill()
    }
  })

  it('creating a portfolio file (a JSON import, New, Save As) cleans the folder too', async () => {
    leave('imported.aiportfolio', deadPid())
    leave('imported.aiportfolio', deadPid(), HOST, 0, '-journal')
    await writeNewPortfolioFile(join(dir, 'imported.aiportfolio'), testPortfolio())
    expect(hidden()).toEqual([])
  })

  it('a folder that cannot be listed is no reason to fail the write', () => {
    expect(removeStaleTemporaries(join(dir, 'no such folder'))).toEqual([])
  })
})
