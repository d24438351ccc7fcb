import { existsSync, mkdirSync, realpathSync } from 'node:fs'
import { resolve } from 'node:path'
import { localIsoMonth, today, type Clock } from '../../shared/engine/calendar'
import type { Portfolio } from '../../shared/model/portfolio'
import { validatePortfolio } from '../../shared/model/validation'
import { emptyPortfolio } from './emptyPortfolio'
import { PortfolioFileError } from './errors'
import type { MigrationNote } from './migrationBackup'
import { writeNewPortfolioFile } from './fileWrite'
import { defaultPortfolioPath, recentFilesPath } from './paths'
import { PortfolioFile } from './portfolioFile'
import { RecentFiles } from './recentFiles'

export interface SessionOptions {
  /** Folder of the default portfolio and the recent-files list (Electron's userData, or paths.ts). */
  userDataDir: string
  /** The portfolio a first run and "New from sample" start from. */
  samplePortfolio: () => Portfolio
  /** The clock: today's date for exports and the start month of an empty portfolio; tests fix it. */
  today?: Clock
}

export interface Snapshot {
  path: string
  portfolio: Portfolio
  /** The session's revision when this portfolio was read (see PortfolioSession.revision). */
  revision: number
  /** Set when opening this file migrated it from an older format (and kept a backup copy beside it). */
  migration?: MigrationNote
}

/** How often a wait for changes looks at the file: cheap (one PRAGMA) and quick enough to feel live. */
const CHANGE_POLL_MS = 500

const pause = (ms: number) =>
  new Promise<void>((resolve) => {
    // Never the reason the process stays up (a server closing, a test ending).
    setTimeout(resolve, ms).unref()
  })

export interface WriteOptions {
  /** Replace an existing file at the target. Only after the person confirmed it (the native save dialog does). */
  replace?: boolean
}

function samePath(a: string, b: string): boolean {
  const real = (p: string) => (existsSync(p) ? realpathSync(p) : resolve(p))
  return real(a) === real(b)
}

/**
 * The portfolio file that is open (at most one), and the ways to switch it. A switch opens and checks
 * the new file completely before the current one is closed, so a failed open leaves the current
 * portfolio open and untouched.
 */
export class PortfolioSession {
  private file: PortfolioFile | undefined
  private readonly recentFiles: RecentFiles
  private revisionCount = 0
  private stopCounting: (() => void) | undefined

  constructor(private readonly options: SessionOptions) {
    this.recentFiles = new RecentFiles(recentFilesPath(options.userDataDir))
  }

  private readonly clock: Clock = () => (this.options.today ? this.options.today() : new Date())

  /** Today's date by the session's clock, local time (YYYY-MM-DD): the date exports are stamped with. */
  today(): string {
    return today(this.clock)
  }

  get current(): PortfolioFile {
    if (!this.file) throw new PortfolioFileError('none_open', 'No portfolio is open. Open or create one first.')
    return this.file
  }

  snapshot(): Snapshot {
    const file = this.current
    // The portfolio first: reading it takes in what others saved, which moves the revision.
    const portfolio = file.portfolio
    const snapshot: Snapshot = { path: file.path, portfolio, revision: this.revisionCount }
    if (file.migration) snapshot.migration = file.migration
    return snapshot
  }

  /**
   * Moves whenever what the page shows may no longer be the file: another window or program saved
   * to the open file (this session took it in on a read or a write), or another file was opened or
   * none is. The session's own writes do not move it: their callers get the result directly.
   */
  get revision(): number {
    return this.revisionCount
  }

  /**
   * Resolves with the revision once it differs from `since`, or after `waitMs`. Looks at the file every
   * CHANGE_POLL_MS meanwhile, so changes saved elsewhere are noticed while nobody edits here.
   */
  async waitForChange(since: number, waitMs: number): Promise<number> {
    const deadline = Date.now() + waitMs
    for (;;) {
      this.file?.refresh()
      const left = deadline - Date.now()
      if (this.revisionCount !== since || left <= 0) return this.revisionCount
      await pause(Math.min(CHANGE_POLL_MS, left))
    }
  }

  get defaultPath(): string {
    return defaultPortfolioPath(this.options.userDataDir)
  }

  /** Opens the default portfolio, creating it from the sample on first run. */
  async openDefault(): Promise<Snapshot> {
    const path = this.defaultPath
    if (!existsSync(path)) {
      mkdirSync(this.options.userDataDir, { recursive: true })
      await writeNewPortfolioFile(path, this.checked(this.options.samplePortfolio(), 'the sample portfolio'))
    }
    return this.open(path)
  }

  open(path: string): Snapshot {
    const target = resolve(path)
    if (this.file && samePath(this.file.path, target)) return this.snapshot()
    this.switchTo(PortfolioFile.open(target))
    return this.snapshot()
  }

  /** Creates a portfolio file (the sample, or an empty one) and opens it. */
  async create(path: string, sample: boolean, options: WriteOptions = {}): Promise<Snapshot> {
    const target = resolve(path)
    this.refuseTarget(target, options)
    const portfolio = sample ? this.options.samplePortfolio() : emptyPortfolio(target, localIsoMonth(this.clock()))
    await writeNewPortfolioFile(target, this.checked(portfolio, sample ? 'the sample portfolio' : 'the new portfolio'))
    this.switchTo(PortfolioFile.open(target))
    return this.snapshot()
  }

  /** Writes a consistent copy of the open portfolio to `path` and switches to the copy. */
  async saveAs(path: string, options: WriteOptions = {}): Promise<Snapshot> {
    const target = resolve(path)
    const file = this.current
    if (samePath(file.path, target)) return this.snapshot()
    this.refuseTarget(target, options)
    await file.saveCopy(target)
    this.switchTo(PortfolioFile.open(target))
    return this.snapshot()
  }

  /** Recently opened files, most recent first, without files that are gone. */
  recent(): string[] {
    return this.recentFiles.list()
  }

  close(): void {
    this.stopCounting?.()
    this.file?.close()
    this.file = undefined
    this.revisionCount += 1
  }

  private switchTo(next: PortfolioFile): void {
    this.stopCounting?.()
    this.file?.close()
    this.file = next
    this.revisionCount += 1
    this.stopCounting = next.onOtherWriter(() => {
      this.revisionCount += 1
    })
    this.recentFiles.add(next.path)
  }

  private refuseTarget(target: string, options: WriteOptions): void {
    if (this.file && samePath(this.file.path, target)) {
      throw new PortfolioFileError('in_use', `Cannot write "${target}": it is the portfolio that is open now.`)
    }
    if (existsSync(target) && !options.replace) {
      throw new PortfolioFileError(
        'in_use',
        `Cannot write "${target}": a file with that name exists. Choose another name.`,
      )
    }
  }

  private checked(portfolio: Portfolio, what: string): Portfolio {
    const v = validatePortfolio(portfolio)
    if (!v.ok) throw new Error(`${what} is invalid: ${v.issues.map((i) => i.message).join('; ')}`)
    return v.value
  }
}
