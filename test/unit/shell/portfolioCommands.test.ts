import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { samplePortfolio } from '../../../shared/data/samplePortfolio'
import { PortfolioSession, type Snapshot } from '../../../electron/db/session'
import { PORTFOLIO_FILTERS, withPortfolioExtension } from '../../../electron/main/dialogs'
import { portfolioCommands } from '../../../electron/main/portfolioCommands'
import { fake, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

let dir: string
let session: PortfolioSession
let switched: Snapshot[]
let commands: ReturnType<typeof portfolioCommands>

beforeEach(async () => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gpp-cmd-'))
  session = new PortfolioSession({ userDataDir: join(dir, 'userData'), samplePortfolio })
  await session.openDefault()
  switched = []
  commands = portfolioCommands({
    session,
    window: () => undefined,
    switched: (s) => switched.push(s),
    documentsDir: join(dir, 'Documents'),
  })
})
afterEach(() => {
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

const saveDialogReturns = (filePath: string) =>
  fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath })
const errorShown = () =>
  (fake.dialog.showMessageBox.mock.calls[0] as unknown as [{ message: string; detail: string }])[0]

describe('file dialogs', () => {
  it('filter on the portfolio extension', () => {
    expect(PORTFOLIO_FILTERS).toEqual([{ name: 'Gen AI Portfolio', extensions: ['aiportfolio'] }])
  })

  it('add the extension when the typed name lacks it', () => {
    expect(withPortfolioExtension('/home/ana/Plan')).toBe('/home/ana/Plan.aiportfolio')
    expect(withPortfolioExtension('/home/ana/Plan.AIPORTFOLIO')).toBe('/home/ana/Plan.AIPORTFOLIO')
  })
})

describe('New Portfolio', () => {
  it('creates an empty portfolio where the dialog says, and switches to it', async () => {
    saveDialogReturns(join(dir, 'Fresh'))
    await commands.newPortfolio(false)
    const [options] = fake.dialog.showSaveDialog.mock.calls[0] as unknown as [
      { defaultPath: string; properties: string[] },
    ]
    expect(options.defaultPath).toBe(join(dir, 'Documents', 'New Portfolio'))
    expect(options.properties).toContain('showOverwriteConfirmation')
    expect(switched.map((s) => s.path)).toEqual([join(dir, 'Fresh.aiportfolio')])
    expect(switched[0]?.portfolio.initiatives).toEqual([])
    expect(session.snapshot().path).toBe(join(dir, 'Fresh.aiportfolio'))
  })

  it('from the sample holds the sample initiatives', async () => {
    saveDialogReturns(join(dir, 'Demo.aiportfolio'))
    await commands.newPortfolio(true)
    expect(switched[0]?.portfolio.initiatives.length).toBe(samplePortfolio().initiatives.length)
  })

  it('does nothing when the dialog is cancelled', async () => {
    await commands.newPortfolio(false)
    expect(switched).toEqual([])
    expect(session.snapshot().path).toBe(join(dir, 'userData', 'Portfolio.aiportfolio'))
  })

  it('does not overwrite a file the dialog did not ask about (the extension was added afterwards)', async () => {
    const existing = join(dir, 'Budget.aiportfolio')
    writeFileSync(existing, 'precious')
    saveDialogReturns(join(dir, 'Budget'))
    await commands.newPortfolio(false)
    expect(readFileSync(existing, 'utf8')).toBe('precious')
    expect(switched).toEqual([])
    expect(errorShown().message).toBe('Could not create the portfolio.')
    expect(errorShown().detail).toContain('a file with that name exists')
  })
})

describe('Open', () => {
  it('reports a file that is not a portfolio and keeps the current portfolio open', async () => {
    const bad = join(dir, 'notes.aiportfolio')
    writeFileSync(bad, 'hello')
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [bad] })
    await commands.chooseAndOpen()
    expect(switched).toEqual([])
    expect(errorShown().message).toBe('Could not open notes.aiportfolio.')
    expect(errorShown().detail).toMatch(/"Portfolio\.aiportfolio" is still open and unchanged\.$/)
    expect(readFileSync(bad, 'utf8')).toBe('hello')
  })
})

describe('Save As', () => {
  it('proposes a copy beside the current file, writes it and switches to it', async () => {
    saveDialogReturns(join(dir, 'Copy.aiportfolio'))
    await commands.saveAs()
    const [options] = fake.dialog.showSaveDialog.mock.calls[0] as unknown as [{ defaultPath: string }]
    expect(options.defaultPath).toBe(join(dir, 'userData', 'Portfolio copy'))
    expect(existsSync(join(dir, 'Copy.aiportfolio'))).toBe(true)
    expect(switched.map((s) => s.path)).toEqual([join(dir, 'Copy.aiportfolio')])
    expect(switched[0]?.portfolio.initiatives.length).toBe(samplePortfolio().initiatives.length)
  })

  it('replaces an existing file when the dialog confirmed it', async () => {
    const target = join(dir, 'Old.aiportfolio')
    writeFileSync(target, 'old content')
    saveDialogReturns(target)
    await commands.saveAs()
    expect(switched.map((s) => s.path)).toEqual([target])
    expect(readFileSync(target).subarray(0, 15).toString()).toBe('SQLite format 3')
  })
})
