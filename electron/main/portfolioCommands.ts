import type { BrowserWindow } from 'electron'
import { basename, dirname, join } from 'node:path'
import type { PortfolioSession, Snapshot } from '../db/session'
import { chooseFileToOpen, chooseFileToSave, showError } from './dialogs'

export interface CommandDeps {
  session: PortfolioSession
  window(): BrowserWindow | undefined
  /** Another file is open now: tell the page and refresh Open Recent. */
  switched(snapshot: Snapshot): void
  /** Where new portfolios are proposed (the Documents folder). */
  documentsDir: string
}

const describe = (e: unknown): string => (e instanceof Error ? e.message : String(e))

/**
 * File menu actions that need a native dialog. The session opens and checks a file completely
 * before it closes the current one, so after any failure the current portfolio is still open.
 */
export function portfolioCommands(deps: CommandDeps) {
  const stillOpen = (): string => {
    try {
      return `\n\n"${basename(deps.session.snapshot().path)}" is still open and unchanged.`
    } catch {
      return ''
    }
  }
  const fail = (what: string, e: unknown): Promise<void> =>
    showError(deps.window(), what, `${describe(e)}${stillOpen()}`)

  async function open(path: string): Promise<void> {
    try {
      deps.switched(deps.session.open(path))
    } catch (e) {
      await fail(`Could not open ${basename(path)}.`, e)
    }
  }

  return {
    open,
    async chooseAndOpen(): Promise<void> {
      const path = await chooseFileToOpen(deps.window())
      if (path) await open(path)
    },
    async newPortfolio(sample: boolean): Promise<void> {
      const name = sample ? 'Sample Portfolio' : 'New Portfolio'
      const choice = await chooseFileToSave(
        deps.window(),
        sample ? 'New from Sample Portfolio' : 'New Portfolio',
        join(deps.documentsDir, name),
      )
      if (!choice) return
      try {
        deps.switched(await deps.session.create(choice.path, sample, { replace: choice.replaceConfirmed }))
      } catch (e) {
        await fail('Could not create the portfolio.', e)
      }
    },
    async saveAs(): Promise<void> {
      let current: string
      try {
        current = deps.session.snapshot().path
      } catch (e) {
        await fail('There is nothing to save.', e)
        return
      }
      const proposal = join(dirname(current), `${basename(current).replace(/\.aiportfolio$/i, '')} copy`)
      const choice = await chooseFileToSave(deps.window(), 'Save Portfolio As', proposal)
      if (!choice) return
      try {
        deps.switched(await deps.session.saveAs(choice.path, { replace: choice.replaceConfirmed }))
      } catch (e) {
        await fail('Could not save a copy of the portfolio.', e)
      }
    },
  }
}

export type PortfolioCommands = ReturnType<typeof portfolioCommands>
