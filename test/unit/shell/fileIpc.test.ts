import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { IPC_FILES, MAX_OPEN_FILE_BYTES } from '../../../shared/api/bridge'
import { registerFileIpc, safeFileName, withExtension } from '../../../electron/main/fileIpc'
import { createDesktopFiles } from '../../../electron/preload/bridge'
import { rendererLocation } from '../../../electron/main/rendererLocation'
import { fake, FakeWebContents, resetFakeElectron } from './fakeElectron'

vi.mock('electron', async () => (await import('./fakeElectron')).fake)

const location = rendererLocation(join('/opt', 'gpp', 'out', 'main'), undefined)
const appUrl = pathToFileURL(join('/opt', 'gpp', 'out', 'renderer', 'index.html')).href

function eventFrom(url: string) {
  const sender = new FakeWebContents()
  sender.mainFrame.url = url
  return { sender, senderFrame: sender.mainFrame } as never
}

type Handler = (event: unknown, arg: unknown) => Promise<unknown>

let dir: string
let unregister: () => void
const handler = (channel: string): Handler => {
  const call = fake.ipcMain.handle.mock.calls.find(([name]) => name === channel)
  if (!call) throw new Error(`no handler for ${channel}`)
  return call[1] as Handler
}
const own = eventFrom(appUrl)
const foreign = eventFrom('https://evil.example.com/')

beforeEach(() => {
  resetFakeElectron()
  dir = mkdtempSync(join(tmpdir(), 'gpp-files-'))
  unregister = registerFileIpc(fake.ipcMain, {
    dialog: fake.dialog as never,
    shell: fake.shell,
    window: () => undefined,
    documentsDir: () => join(dir, 'Documents'),
    isAppUrl: location.isAppUrl,
  })
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('file names the page proposes', () => {
  it('keep only the bare name, with the kind’s extension', () => {
    expect(safeFileName('Board pack', 'pptx')).toBe('Board pack.pptx')
    expect(safeFileName('../../etc/passwd', 'csv')).toBe('passwd.csv')
    expect(safeFileName('C:\\Windows\\system32\\x', 'json')).toBe('x.json')
    expect(safeFileName('..', 'xlsx')).toBe('export.xlsx')
    expect(safeFileName('a:b*c?', 'csv')).toBe('a-b-c-.csv')
    expect(withExtension('/home/ana/plan.XLSX', 'xlsx')).toBe('/home/ana/plan.XLSX')
    expect(withExtension('/home/ana/plan', 'xlsx')).toBe('/home/ana/plan.xlsx')
  })
})

describe("'files:chooseSavePath'", () => {
  it('opens the save dialog in Documents with the kind’s filter and adds a missing extension', async () => {
    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ana/plan' })
    const path = await handler(IPC_FILES.chooseSavePath)(own, {
      title: 'Export',
      defaultName: 'Sample.xlsx',
      kind: 'xlsx',
    })
    expect(path).toBe('/home/ana/plan.xlsx')
    expect(fake.dialog.showSaveDialog).toHaveBeenCalledWith(
      expect.objectContaining({
        title: 'Export',
        defaultPath: join(dir, 'Documents', 'Sample.xlsx'),
        filters: [{ name: 'Excel workbook', extensions: ['xlsx'] }],
      }),
    )
  })

  it('answers null when the dialog is cancelled', async () => {
    await expect(
      handler(IPC_FILES.chooseSavePath)(own, { title: 'Export', defaultName: 'x', kind: 'csv' }),
    ).resolves.toBeNull()
  })

  it('refuses a foreign page and a malformed request without showing a dialog', async () => {
    const save = handler(IPC_FILES.chooseSavePath)
    await expect(save(foreign, { title: 'Export', defaultName: 'x', kind: 'csv' })).rejects.toThrow('Refused')
    await expect(save(own, { title: 'Export', defaultName: 'x', kind: 'exe' })).rejects.toThrow('known kind')
    await expect(save(own, { title: 'x'.repeat(500), defaultName: 'x', kind: 'csv' })).rejects.toThrow('Refused')
    await expect(save(own, null)).rejects.toThrow('Refused')
    expect(fake.dialog.showSaveDialog).not.toHaveBeenCalled()
  })
})

describe("'files:chooseOpenFile'", () => {
  it('reads the chosen file and hands its bytes to the page', async () => {
    const path = join(dir, 'initiatives.csv')
    writeFileSync(path, 'name\r\nChat\r\n')
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    const result = await handler(IPC_FILES.chooseOpenFile)(own, { title: 'Import', kinds: ['csv', 'xlsx'] })
    expect(result).toEqual({
      ok: true,
      data: { path, name: 'initiatives.csv', bytes: new Uint8Array(Buffer.from('name\r\nChat\r\n')) },
    })
    const [options] = fake.dialog.showOpenDialog.mock.calls[0] as unknown as [{ filters: { extensions: string[] }[] }]
    expect(options.filters.map((f) => f.extensions[0])).toEqual(['csv', 'xlsx', '*'])
  })

  it('answers null when cancelled, and a message naming the file when it cannot be read', async () => {
    const open = handler(IPC_FILES.chooseOpenFile)
    await expect(open(own, { title: 'Import', kinds: ['json'] })).resolves.toEqual({ ok: true, data: null })
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [join(dir, 'gone.json')] })
    await expect(open(own, { title: 'Import', kinds: ['json'] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_file', message: expect.stringContaining('gone.json could not be read') },
    })
  })

  it('refuses a file over the size limit without reading it', async () => {
    const path = join(dir, 'huge.csv')
    writeFileSync(path, '')
    // A sparse file: its size is over the limit, and nothing is written to disk.
    const { truncateSync } = await import('node:fs')
    truncateSync(path, MAX_OPEN_FILE_BYTES + 1)
    fake.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [path] })
    await expect(handler(IPC_FILES.chooseOpenFile)(own, { title: 'Import', kinds: ['csv'] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'bad_file', message: 'huge.csv is 10 MB; files up to 10 MB can be imported.' },
    })
  })

  it('refuses a foreign page and unknown kinds', async () => {
    const open = handler(IPC_FILES.chooseOpenFile)
    await expect(open(foreign, { title: 'Import', kinds: ['csv'] })).rejects.toThrow('Refused')
    await expect(open(own, { title: 'Import', kinds: [] })).rejects.toThrow('known kinds')
    await expect(open(own, { title: 'Import', kinds: ['sh'] })).rejects.toThrow('known kinds')
    expect(fake.dialog.showOpenDialog).not.toHaveBeenCalled()
  })
})

describe("'files:revealPath'", () => {
  it('shows a file chosen in a dialog, and nothing the page names by itself', async () => {
    const reveal = handler(IPC_FILES.revealPath)
    await expect(reveal(own, '/home/ana/.ssh/id_rsa')).resolves.toBe(false)
    await expect(reveal(own, 42)).resolves.toBe(false)
    expect(fake.shell.showItemInFolder).not.toHaveBeenCalled()

    fake.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: '/home/ana/plan.xlsx' })
    await handler(IPC_FILES.chooseSavePath)(own, { title: 'Export', defaultName: 'plan', kind: 'xlsx' })
    await expect(reveal(foreign, '/home/ana/plan.xlsx')).rejects.toThrow('Refused')
    await expect(reveal(own, '/home/ana/plan.xlsx')).resolves.toBe(true)
    expect(fake.shell.showItemInFolder).toHaveBeenCalledExactlyOnceWith('/home/ana/plan.xlsx')
  })

  it('every channel can be unregistered', () => {
    unregister()
    for (const channel of Object.values(IPC_FILES)) expect(fake.ipcMain.removeHandler).toHaveBeenCalledWith(channel)
  })
})

describe('window.gpp.files in the preload', () => {
  it('sends each capability over its own channel and never throws for the open dialog', async () => {
    const files = createDesktopFiles(fake.ipcRenderer)
    fake.ipcRenderer.invoke.mockResolvedValueOnce('/home/ana/plan.csv')
    await expect(files.chooseSavePath({ title: 'Export', defaultName: 'plan', kind: 'csv' })).resolves.toBe(
      '/home/ana/plan.csv',
    )
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_FILES.chooseSavePath, {
      title: 'Export',
      defaultName: 'plan',
      kind: 'csv',
    })
    fake.ipcRenderer.invoke.mockResolvedValueOnce(true)
    await expect(files.revealPath('/home/ana/plan.csv')).resolves.toBe(true)
    expect(fake.ipcRenderer.invoke).toHaveBeenLastCalledWith(IPC_FILES.revealPath, '/home/ana/plan.csv')
    fake.ipcRenderer.invoke.mockRejectedValueOnce(new Error('Refused: this page is not the application.'))
    await expect(files.chooseOpenFile({ title: 'Import', kinds: ['csv'] })).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: expect.stringContaining('Refused') },
    })
  })
})
