import { useState } from 'react'
import { PortfolioFileName } from '../../../../shared/api/methods/imports'
import { desktopFiles } from './desktopFiles'
import { proposedPortfolioName } from './importFlow'
import type { ImportWizard, PortfolioTarget } from './useImportWizard'

/**
 * A JSON portfolio is not merged into the open one: it becomes a portfolio file of its own and
 * opens, leaving the current file as it was (so there is nothing to undo). Older format versions
 * are migrated on the way in. The desktop asks where with its save dialog; browser mode, which takes
 * no path, asks for a name and keeps the file in the app's user-data folder.
 */
export function ImportPortfolioStep({ wizard }: { wizard: ImportWizard }) {
  const fileName = wizard.source?.fileName ?? ''
  const files = desktopFiles()
  const [name, setName] = useState(() => proposedPortfolioName(fileName))
  const [asked, setAsked] = useState<PortfolioTarget | null>(null)
  const exists = wizard.error?.code === 'conflict' && asked !== null
  // Checked as typed, with the server's own rule, so a name with a folder in it is never sent.
  const checked = PortfolioFileName.safeParse(name)
  const nameProblem =
    checked.success || name.trim() === '' ? null : `The name ${checked.error.issues[0]?.message ?? ''}.`

  const open = async (target: PortfolioTarget, replace: boolean) => {
    setAsked(target)
    await wizard.openPortfolio(target, replace)
  }
  const choose = async () => {
    if (!files) return
    const stem = fileName.replace(/\.json$/i, '')
    const path = await files.chooseSavePath({
      title: 'Save the imported portfolio as',
      defaultName: stem,
      kind: 'aiportfolio',
    })
    if (path) await open({ path }, false)
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
            void open({ name: name.trim() }, false)
          }}
        >
          <label className="xio-option__label" htmlFor="xio-target">
            New portfolio name
          </label>
          <input
            id="xio-target"
            className="input xio-target__input"
            value={name}
            maxLength={100}
            aria-describedby="xio-target-where"
            aria-invalid={nameProblem !== null}
            onChange={(e) => setName(e.currentTarget.value)}
            disabled={wizard.busy}
          />
          <button
            type="submit"
            className="btn btn--primary"
            disabled={wizard.busy || name.trim() === '' || nameProblem !== null}
          >
            Open as new portfolio
          </button>
          {nameProblem ? (
            <span id="xio-target-where" className="xio-target__where xio-target__where--error" role="alert">
              {nameProblem}
            </span>
          ) : (
            <span id="xio-target-where" className="xio-target__where">
              Kept as “{name.trim() || '…'}.aiportfolio” in the app’s data folder.
            </span>
          )}
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
