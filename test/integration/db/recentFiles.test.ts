import { spawn } from 'node:child_process'
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { RecentFiles } from '../../../electron/db/recentFiles'
import { makeTempDir } from '../../fixtures/db/tempDir'

const ROOT = resolve(import.meta.dirname, '..', '..', '..')
const TSX = join(ROOT, 'node_modules', '.bin', 'tsx')

/** Runs `count` adds of distinct paths to the list at `listPath` in a separate process. */
function adder(listPath: string, tag: string, count: number): Promise<number | null> {
  const script = `
    import { RecentFiles } from ${JSON.stringify(join(ROOT, 'electron/db/recentFiles.ts'))}
    const recent = new RecentFiles(${JSON.stringify(listPath)})
    for (let i = 0; i < ${String(count)}; i++) recent.add('/portfolios/${tag}-' + i + '.aiportfolio')
  `
  const child = spawn(TSX, ['--eval', script], { cwd: ROOT, stdio: 'ignore' })
  return new Promise((done) => child.on('close', done))
}

describe('the recent-files list', () => {
  const cleanups: (() => void)[] = []
  afterEach(() => cleanups.splice(0).forEach((c) => c()))
  function tempDir(): string {
    const { dir, cleanup } = makeTempDir('gpp-recent-')
    cleanups.push(cleanup)
    return dir
  }

  it('two processes adding at once both finish, and the list is one of theirs, whole', async () => {
    const dir = tempDir()
    const listPath = join(dir, 'userData', 'recent-files.json')
    const codes = await Promise.all([adder(listPath, 'a', 300), adder(listPath, 'b', 300)])
    expect(codes).toEqual([0, 0])
    const list = JSON.parse(readFileSync(listPath, 'utf8')) as string[]
    expect(list).toHaveLength(10)
    expect(list.every((p) => /^\/portfolios\/[ab]-\d+\.aiportfolio$/.test(p))).toBe(true)
    expect(readdirSync(join(dir, 'userData'))).toEqual(['recent-files.json'])
  })

  it('a list that cannot be written leaves the open going and the list as it was', () => {
    const dir = tempDir()
    // The folder the list should live in is a file: nothing can be written there.
    writeFileSync(join(dir, 'userData'), 'not a folder')
    const recent = new RecentFiles(join(dir, 'userData', 'recent-files.json'))
    expect(() => recent.add('/portfolios/x.aiportfolio')).not.toThrow()
    expect(recent.list()).toEqual([])

    mkdirSync(join(dir, 'ok'))
    const kept = new RecentFiles(join(dir, 'ok', 'recent-files.json'))
    kept.add('/portfolios/x.aiportfolio')
    expect(readFileSync(join(dir, 'ok', 'recent-files.json'), 'utf8')).toContain('x.aiportfolio')
  })
})
