// A stand-in for the 'electron' module (its runtime cannot run here): just enough surface for the
// shell's modules, recording what they ask of Electron so tests can check it.
import { EventEmitter } from 'node:events'
import { vi } from 'vitest'

type Listener = (...args: never[]) => unknown

export class FakeWebContents extends EventEmitter {
  readonly mainFrame = { url: 'about:blank' }
  windowOpenHandler: ((details: { url: string }) => { action: string }) | undefined
  readonly send = vi.fn()
  destroyed = false
  setWindowOpenHandler(handler: (details: { url: string }) => { action: string }): void {
    this.windowOpenHandler = handler
  }
  isDestroyed(): boolean {
    return this.destroyed
  }
  /** Emits like Electron does for cancellable events and reports whether a listener cancelled. */
  attempt(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

export class FakeBrowserWindow extends EventEmitter {
  static instances: FakeBrowserWindow[] = []
  readonly webContents = new FakeWebContents()
  loadedUrl: string | undefined
  maximized = false
  shown = false
  minimized = false
  focused = 0
  normalBounds = { x: 0, y: 0, width: 1280, height: 800 }
  constructor(readonly options: Record<string, unknown>) {
    super()
    FakeBrowserWindow.instances.push(this)
    fake.app.emit('web-contents-created', {}, this.webContents)
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrl = url
    return Promise.resolve()
  }
  maximize(): void {
    this.maximized = true
  }
  isMaximized(): boolean {
    return this.maximized
  }
  isMinimized(): boolean {
    return this.minimized
  }
  restore(): void {
    this.minimized = false
  }
  focus(): void {
    this.focused++
  }
  show(): void {
    this.shown = true
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.normalBounds
  }
}

class FakeApp extends EventEmitter {
  lock = true
  userData = ''
  documents = ''
  isPackaged = false
  readonly requestSingleInstanceLock = vi.fn(() => this.lock)
  readonly quit = vi.fn()
  readonly exit = vi.fn()
  readonly setName = vi.fn()
  readonly enableSandbox = vi.fn()
  private readyResolve: (() => void) | undefined
  private ready = this.notReady()
  private notReady(): Promise<void> {
    return new Promise<void>((resolve) => (this.readyResolve = resolve))
  }
  whenReady(): Promise<void> {
    return this.ready
  }
  becomeReady(): void {
    this.readyResolve?.()
  }
  reset(): void {
    this.removeAllListeners()
    this.lock = true
    this.userData = ''
    this.documents = ''
    this.isPackaged = false
    this.ready = this.notReady()
  }
  getPath(name: string): string {
    return name === 'documents' ? this.documents : this.userData
  }
  getVersion(): string {
    return '0.1.0'
  }
}

interface SessionHandlers {
  beforeRequest?: Listener
  headersReceived?: Listener
  permissionRequest?: Listener
  permissionCheck?: Listener
}

function fakeSession() {
  const handlers: SessionHandlers = {}
  return {
    handlers,
    webRequest: {
      onBeforeRequest: (fn: Listener) => (handlers.beforeRequest = fn),
      onHeadersReceived: (fn: Listener) => (handlers.headersReceived = fn),
    },
    setPermissionRequestHandler: (fn: Listener) => (handlers.permissionRequest = fn),
    setPermissionCheckHandler: (fn: Listener) => (handlers.permissionCheck = fn),
    setSpellCheckerEnabled: vi.fn(),
  }
}

function createFake() {
  const displays = [{ id: 1, workArea: { x: 0, y: 0, width: 1920, height: 1040 } }]
  return {
    app: new FakeApp(),
    BrowserWindow: FakeBrowserWindow,
    screen: {
      displays,
      getPrimaryDisplay: () => fake.screen.displays[0],
      getAllDisplays: () => fake.screen.displays,
    },
    ipcMain: { handle: vi.fn(), removeHandler: vi.fn() },
    ipcRenderer: { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() },
    contextBridge: { exposeInMainWorld: vi.fn() },
    Menu: { buildFromTemplate: vi.fn((template: unknown) => template), setApplicationMenu: vi.fn() },
    nativeTheme: { themeSource: 'system', shouldUseDarkColors: false },
    session: { defaultSession: fakeSession() },
    shell: { showItemInFolder: vi.fn() },
    dialog: {
      showOpenDialog: vi.fn(async () => ({ canceled: true, filePaths: [] as string[] })),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
    },
  }
}

/** The module vi.mock('electron') returns. Its objects stay the same; resetFakeElectron() clears their state. */
export const fake = createFake()

export function resetFakeElectron(): void {
  vi.clearAllMocks()
  FakeBrowserWindow.instances = []
  fake.app.reset()
  fake.screen.displays.splice(0, fake.screen.displays.length, {
    id: 1,
    workArea: { x: 0, y: 0, width: 1920, height: 1040 },
  })
  fake.nativeTheme.themeSource = 'system'
  fake.nativeTheme.shouldUseDarkColors = false
  const handlers = fake.session.defaultSession.handlers
  for (const key of Object.keys(handlers) as (keyof SessionHandlers)[]) delete handlers[key]
}
