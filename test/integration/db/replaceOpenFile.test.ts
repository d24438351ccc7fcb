import { existsSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../../../electron/cli/runCli'
import { PortfolioFileError } from '../../../electron/db/errors'
import { checkPortfolioFile } from '../../../electron/db/fileCheck'
import { PortfolioFile } from '../../../electron/db/portfolioFile'
import { serializePortfolio } from '../../../shared/format/serialize'
import { testPortfolio } from '../../fixtures/db/portfolio'
import { newSession, writePortfolioFile } from '../../fixtures/db/files'
import { makeTempDir } from '../../fixtures/db/tempDir'

/**
 * Replacing a portfolio file that another connection has open would leave that connection writing
 * into the replaced file, so its later edits would be lost: Save As, New and `import --replace`
 * refuse such a target, and the file and the connection keep working.
 */
let dir: string
let cleanup: () => void
beforeEach(() => ({ dir, cleanup } = makeTempDir('gpp-replace-open-')))
afterEach(() => cleanup())

function expectStillWorking(open: PortfolioFile, path: string): void {
  open.write((w) => w.replaceSettings({ ...w.portfolio.settings, name: 'Edited after the refusal' }))
  open.close()
  const reopened = PortfolioFile.open(path)
  expect(reopened.portfolio.settings.name).toBe('Edited after the refusal')
  reopened.close()
}

describe('a portfolio file open elsewhere is never replaced', () => {
  it('Save As and New onto it are refused, and it keeps its edits', async () => {
    const target = await writePortfolioFile(join(dir, 'Shared.aiportfolio'))
    const elsewhere = PortfolioFile.open(target)
    const session = newSession(dir)
    session.open(await writePortfolioFile(join(dir, 'Mine.aiportfolio')))
    const saveAs = await session.saveAs(target, { replace: true }).catch((e: unknown) => e)
    expect(saveAs).toBeInstanceOf(PortfolioFileError)
    expect((saveAs as PortfolioFileError).kind).toBe('in_use')
    expect((saveAs as Error).message).toContain('it is open in another window or program')
    const create = await session.create(target, false, { replace: true }).catch((e: unknown) => e)
    expect((create as PortfolioFileError).kind).toBe('in_use')
    session.close()
    expectStillWorking(elsewhere, target)
  })

  it('`import --replace` into it fails with one sentence, and it keeps its edits', async () => {
    const target = await writePortfolioFile(join(dir, 'Shared.aiportfolio'))
    const elsewhere = PortfolioFile.open(target)
    const json = join(dir, 'other.json')
    writeFileSync(json, serializePortfolio(testPortfolio()))
    let err = ''
    const code = await runCli(['import', json, '--into', target, '--replace'], {
      stdout: () => undefined,
      stderr: (t) => (err += t),
    })
    expect(code).toBe(1)
    expect(err).toContain(`Cannot replace "${target}": it is open in another window or program`)
    expectStillWorking(elsewhere, target)
  })

  it('once nothing has it open, it is replaced as asked, even with -wal/-shm left beside it', async () => {
    const target = await writePortfolioFile(join(dir, 'Shared.aiportfolio'))
    checkPortfolioFile(target)
    expect(existsSync(`${target}-shm`)).toBe(true)
    const session = newSession(dir)
    session.open(await writePortfolioFile(join(dir, 'Mine.aiportfolio')))
    await session.saveAs(target, { replace: true })
    expect(session.current.path).toBe(target)
    session.close()
  })
})
