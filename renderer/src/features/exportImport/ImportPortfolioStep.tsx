import { useState } from 'react'
import { useAppStore } from '../../store'
import { desktopFiles } from './desktopFiles'
import { proposedPortfolioPath } from './importFlow'
import type { ImportWizard } from './useImportWizard'

/**
 * A JSON portfolio is not merged into the open one: it becomes a portfolio file of its own and
 * opens, leaving the current file as it was (so there is nothing to undo). Older format versions
 * are migrated on the way in.
 */
export function ImportPortfolioStep({ wizard }: { wizard: ImportWizard }) {
  const current = useAppStore((s) => s.snapshot?.path ?? '')
  const fileName = wizard.source?.fileName ?? ''
  const files = desktopFiles()
  const [target, setTarget] = useState(() => proposedPortfolioPath(current, fileName))
  const [asked, setAsked] = useState<string | null>(null)
  const exists = wizard.error?.code === 'conflict' && asked !== null

  const open = async (path: string, replace: boolean) => {
    setAsked(path)
    await wizard.openPortfolio(path, replace)
  }
  const choose = async () => {
    if (!files) return
    const stem = fileName.replace(/\.json$/i, '')
    const path = await files.chooseSavePath({
      title: 'Save the imported portfolio as',
      defaultName: stem,
      kind: 'aiportfolio',
    })
    if (path) await open(path, false)
  }

  return (
    <div className="xio-step">
      <p>
        <strong>{fileName}</strong> is a whole portfolio. It opens as a new portfolio file; the portfolio open now stays
        as it is.
      </p>
      {files ? (
        <button type="button" className="btn btn--primary" disabled={wizard.busy} onClick={() => void choose()}>
          Save as new portfolio and open…
        </button>
      ) : (
        <form
          className="xio-target"
          onSubmit={(e) => {
            e.preventDefault()
            void open(target.trim(), false)
          }}
        >
          <label className="xio-option__label" htmlFor="xio-target">
            New portfolio file
          </label>
          <input
            id="xio-target"
            className="input xio-target__input"
            value={target}
            onChange={(e) => setTarget(e.currentTarget.value)}
            disabled={wizard.busy}
          />
          <button type="submit" className="btn btn--primary" disabled={wizard.busy || target.trim() === ''}>
            Open as new portfolio
          </button>
        </form>
      )}
      {exists && asked && (
        <div className="xio-status xio-status--warn" role="alert">
          <span>{wizard.error?.message}</span>
          <button
            type="button"
            className="btn btn--danger"
            disabled={wizard.busy}
            onClick={() => void open(asked, true)}
          >
            Replace that file
          </button>
        </div>
      )}
    </div>
  )
}
