// @vitest-environment jsdom
/**
 * The dialogs as the desktop app runs them: File → Export and File → Import arrive as menu
 * commands, the native save and open dialogs are window.gpp.files, and every API call goes to the
 * real handlers on a real portfolio file. Only the native dialogs and the file manager are stand-ins.
 */
import ExcelJS from 'exceljs'
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApi } from '../../../../electron/api/createApi'
import { PortfolioSession } from '../../../../electron/db/session'
import { FileActions } from '../../../../renderer/src/features/exportImport'
import { useAppStore } from '../../../../renderer/src/store'
import type { DesktopFiles, GppBridge } from '../../../../shared/api/bridge'
import { samplePortfolio } from '../../../../shared/data/samplePortfolio'
import type { Portfolio } from '../../../../shared/model'

let dir: string
let session: PortfolioSession
let server: ReturnType<typeof createApi>
const menuListeners: ((payload: { command: string }) => void)[] = []
/** When set, 'export:run' waits for it: a long export, seen while it runs. */
let exportGate: Promise<void> | null = null
let exportRuns = 0
const savePath = () => join(dir, 'Board.json')
const files = {
  chooseSavePath: vi.fn<DesktopFiles['chooseSavePath']>(() => Promise.resolve(savePath())),
  chooseOpenFile: vi.fn<DesktopFiles['chooseOpenFile']>(() =>
    Promise.resolve({
      ok: true as const,
      data: {
        path: join(dir, 'new.csv'),
        name: 'new.csv',
        bytes: new Uint8Array(Buffer.from('Name,Target users\r\nDesk bot,75\r\n')),
      },
    }),
  ),
  revealPath: vi.fn<DesktopFiles['revealPath']>(() => Promise.resolve(true)),
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'gpp-desktop-dialogs-'))
  session = new PortfolioSession({ userDataDir: dir, samplePortfolio })
  await session.openDefault()
  server = createApi({ session })
  const bridge: GppBridge = {
    invoke: (async (method: string, params: unknown) => {
      if (method === 'export:run') {
        exportRuns++
        await exportGate
      }
      return server.invoke(method, params)
    }) as GppBridge['invoke'],
    on: ((event: string, cb: (payload: { command: string }) => void) => {
      if (event === 'menu:command') menuListeners.push(cb)
      return () => undefined
    }) as GppBridge['on'],
    files,
  }
  ;(window as unknown as { gpp: GppBridge }).gpp = bridge
  await useAppStore.getState().load()
})
afterAll(() => {
  cleanup()
  session.close()
  rmSync(dir, { recursive: true, force: true })
})

/** Waits for answers of the real handlers, slow on a loaded machine. */
const SLOW = { timeout: 60_000 }
const menu = (command: string) => act(() => menuListeners.forEach((cb) => cb({ command })))

describe('File → Export on the desktop', () => {
  it('asks for a path in the save dialog, writes the file there and offers to show it in its folder', async () => {
    render(<FileActions />)
    menu('export')
    const dialog = await screen.findByRole('dialog', { name: 'Export' })
    fireEvent.click(screen.getByRole('radio', { name: 'Portfolio (.json)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    await waitFor(() => expect(dialog.textContent).toContain('Saved'), SLOW)
    expect(files.chooseSavePath).toHaveBeenCalledWith({
      title: 'Export',
      defaultName: `${samplePortfolio().settings.name}.json`,
      kind: 'json',
    })
    expect(dialog.textContent).toContain(savePath())
    const written = JSON.parse(readFileSync(savePath(), 'utf8')) as { portfolio: Portfolio }
    expect(written.portfolio.initiatives.map((i) => i.id)).toEqual(samplePortfolio().initiatives.map((i) => i.id))
    fireEvent.click(screen.getByRole('button', { name: 'Show in folder' }))
    await waitFor(() => expect(files.revealPath).toHaveBeenCalledWith(savePath()))
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
    expect(screen.queryByRole('dialog')).toBeNull()
  })

  it('writes nothing when the save dialog is cancelled', async () => {
    files.chooseSavePath.mockResolvedValueOnce(null)
    menu('export')
    await screen.findByRole('dialog', { name: 'Export' })
    fireEvent.click(screen.getByRole('radio', { name: 'Monthly projection (.csv)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    await waitFor(() => expect(files.chooseSavePath).toHaveBeenCalledTimes(2))
    await waitFor(
      () => expect(screen.getByRole('button', { name: 'Export' }).hasAttribute('disabled')).toBe(false),
      SLOW,
    )
    expect(existsSync(join(dir, 'Board.csv'))).toBe(false)
    expect(screen.queryByText(/Saved/)).toBeNull()
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  })
})

describe('a long export', () => {
  it('shows its progress and takes no second click until it is done', async () => {
    let release = () => undefined as void
    exportGate = new Promise<void>((resolve) => (release = resolve))
    exportRuns = 0
    menu('export')
    const dialog = await screen.findByRole('dialog', { name: 'Export' })
    fireEvent.click(screen.getByRole('radio', { name: 'Portfolio (.json)' }))
    fireEvent.click(screen.getByRole('button', { name: 'Export' }))
    const busy = await screen.findByRole('button', { name: 'Exporting…' }, SLOW)
    expect(busy.hasAttribute('disabled')).toBe(true)
    expect(dialog.textContent).toMatch(/Writing the portfolio… 0 s/)
    // Closing is refused while it runs (Cancel disabled, Escape ignored).
    expect(screen.getByRole('button', { name: 'Cancel' }).hasAttribute('disabled')).toBe(true)
    fireEvent.keyDown(dialog, { key: 'Escape' })
    fireEvent.click(busy)
    expect(screen.getByRole('dialog', { name: 'Export' })).toBe(dialog)
    release()
    exportGate = null
    await waitFor(() => expect(dialog.textContent).toContain('Saved'), SLOW)
    expect(exportRuns).toBe(1)
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
  })
})

describe('File → Import on the desktop', () => {
  it('reads the file chosen in the open dialog, previews it and imports it as one undo step', async () => {
    menu('import')
    await screen.findByRole('dialog', { name: 'Import' })
    fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }))
    await screen.findByRole('table', { name: 'Column mapping' }, SLOW)
    expect(files.chooseOpenFile).toHaveBeenCalledWith({ title: 'Import', kinds: ['csv', 'xlsx', 'json'] })
    fireEvent.click(screen.getByRole('button', { name: 'Preview rows' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 initiative' }, SLOW))
    await screen.findByText(/Imported 1 initiative from new.csv/, undefined, SLOW)
    const names = () => useAppStore.getState().snapshot?.portfolio.initiatives.map((i) => i.name) ?? []
    expect(names().at(-1)).toBe('Desk bot')
    expect(useAppStore.getState().past.at(-1)?.label).toBe('Import 1 initiative from new.csv')
    await act(async () => {
      await useAppStore.getState().undo()
    })
    expect(names()).not.toContain('Desk bot')
    fireEvent.click(screen.getByRole('button', { name: 'Close' }))
  })

  it('a menu command while a dialog is open leaves that dialog as it is', async () => {
    menu('export')
    await screen.findByRole('dialog', { name: 'Export' })
    menu('import')
    expect(screen.getAllByRole('dialog').map((d) => d.getAttribute('aria-label'))).toEqual(['Export'])
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }))
  })
})

describe('an Excel file with several worksheets', () => {
  it('reads the chosen worksheet: its own headers, mapping and rows', async () => {
    const book = new ExcelJS.Workbook()
    book.addWorksheet('Read me').addRows([['Initiatives for the 2027 plan'], ['Owner: strategy office']])
    book.addWorksheet('Initiatives').addRows([
      ['Initiative', 'Target users'],
      ['Sheet bot', 320],
    ])
    const bytes = new Uint8Array(await book.xlsx.writeBuffer())
    files.chooseOpenFile.mockResolvedValueOnce({
      ok: true,
      data: { path: join(dir, 'plan.xlsx'), name: 'plan.xlsx', bytes },
    })
    menu('import')
    await screen.findByRole('dialog', { name: 'Import' })
    fireEvent.click(screen.getByRole('button', { name: 'Choose file…' }))
    const sheet = await screen.findByRole('combobox', { name: 'Worksheet' }, SLOW)
    fireEvent.change(sheet, { target: { value: 'Initiatives' } })
    const nameField = await screen.findByRole('combobox', { name: 'Field for column Initiative' }, SLOW)
    expect((nameField as HTMLSelectElement).value).toBe('name')
    expect((screen.getByRole('combobox', { name: 'Field for column Target users' }) as HTMLSelectElement).value).toBe(
      'usage.targetUsers',
    )
    fireEvent.click(screen.getByRole('button', { name: 'Preview rows' }))
    fireEvent.click(await screen.findByRole('button', { name: 'Import 1 initiative' }, SLOW))
    await screen.findByText(/Imported 1 initiative from plan.xlsx/, undefined, SLOW)
    const added = useAppStore.getState().snapshot?.portfolio.initiatives.at(-1)
    expect(added?.name).toBe('Sheet bot')
    expect(added?.usage.targetUsers).toBe(320)
  })
})
