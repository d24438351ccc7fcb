import type { ApiError } from '../../../../shared/api/result'
import { DialogFrame } from './DialogFrame'
import { FilePicker } from './FilePicker'
import { useAppStore } from '../../store'
import { ImportColumns } from './ImportColumns'
import { ImportModels } from './ImportModels'
import { applyBlocker, fileIssues } from './importFlow'
import { ImportPortfolioStep } from './ImportPortfolioStep'
import { AllIssues, ImportPreviewTable } from './ImportPreviewTable'
import { useImportWizard, type ImportWizard } from './useImportWizard'

const STEPS = [
  { id: 'choose', label: '1 File' },
  { id: 'columns', label: '2 Columns' },
  { id: 'preview', label: '3 Preview' },
] as const

function Steps({ step }: { step: ImportWizard['step'] }) {
  return (
    <ol className="xio-steps" aria-label="Steps">
      {STEPS.map((s) => (
        <li key={s.id} aria-current={s.id === step ? 'step' : undefined}>
          {s.label}
        </li>
      ))}
    </ol>
  )
}

/** The API's refusal: its message, and each row and field at fault when it lists them. */
function ErrorView({ error }: { error: ApiError }) {
  return (
    <div className="xio-status xio-status--error" role="alert">
      <span>{error.message}</span>
      {error.issues && error.issues.length > 0 && (
        <ul className="xio-issues">
          {error.issues.slice(0, 20).map((issue, i) => (
            <li key={`${String(i)}-${issue.message}`}>{issue.message}</li>
          ))}
        </ul>
      )}
    </div>
  )
}

function Counts({ wizard }: { wizard: ImportWizard }) {
  const p = wizard.preview
  if (!p) return null
  const { rows, valid, invalid } = p.counts
  return (
    <p className="xio-counts" data-testid="import-counts">
      <strong>{rows}</strong> row{rows === 1 ? '' : 's'} read: <span className="xio-ok">{valid} ready</span>
      {invalid > 0 && (
        <>
          , <span className="xio-bad">{invalid} with problems</span>
        </>
      )}
      {p.sheet && <span className="xio-muted"> · sheet {p.sheet}</span>}
    </p>
  )
}

function Models({ wizard }: { wizard: ImportWizard }) {
  const priceBook = useAppStore((s) => s.snapshot?.portfolio.priceBook)
  if (!wizard.preview || !priceBook) return null
  return (
    <ImportModels
      preview={wizard.preview}
      priceBook={priceBook}
      choices={wizard.models}
      onChange={wizard.changeModels}
      disabled={wizard.busy}
    />
  )
}

function Body({ wizard }: { wizard: ImportWizard }) {
  const p = wizard.preview
  switch (wizard.step) {
    case 'choose':
      return (
        <div className="xio-step">
          <p>
            <strong>CSV or Excel (.xlsx)</strong> adds initiatives, one per row: you check which column fills which
            field, preview every row, then import them all at once (or none, if a row has a problem).
          </p>
          <p>
            <strong>Portfolio JSON</strong> (exported by this app, any version) opens as a new portfolio.
          </p>
          <FilePicker onPick={(f) => void wizard.pick(f)} disabled={wizard.busy} />
        </div>
      )
    case 'columns':
      if (!p) return null
      return (
        <div className="xio-step">
          <p className="xio-muted">
            {wizard.source?.fileName}: headers matched to fields where the app recognised them. Change any of them;
            ignored columns are not read.
          </p>
          {p.sheets.length > 1 && (
            <label className="xio-inline">
              Worksheet
              <select
                className="input"
                value={wizard.sheet ?? ''}
                disabled={wizard.busy}
                onChange={(e) => wizard.changeSheet(e.currentTarget.value)}
              >
                {p.sheets.map((s) => (
                  <option key={s}>{s}</option>
                ))}
              </select>
            </label>
          )}
          <ImportColumns preview={p} mapping={wizard.mapping} onChange={wizard.changeMapping} disabled={wizard.busy} />
          <Models wizard={wizard} />
          {fileIssues(p).map((issue) => (
            <p key={issue.message} className="xio-status xio-status--error" role="alert">
              {issue.message}
            </p>
          ))}
        </div>
      )
    case 'preview':
      if (!p) return null
      return (
        <div className="xio-step">
          <Counts wizard={wizard} />
          {p.warnings.map((w) => (
            <p key={w} className="xio-muted xio-warning">
              {w}
            </p>
          ))}
          <Models wizard={wizard} />
          <ImportPreviewTable preview={p} mapping={wizard.mapping} />
          {p.counts.rows > p.rows.length && (
            <p className="xio-muted">
              Showing the first {p.rows.length} of {p.counts.rows} rows; every row was checked.
            </p>
          )}
          <AllIssues preview={p} />
        </div>
      )
    case 'portfolio':
      return <ImportPortfolioStep wizard={wizard} />
    case 'done':
      return (
        <p className="xio-status xio-status--ok" role="status">
          {wizard.doneMessage}
        </p>
      )
  }
}

const importLabel = (n: number) => `Import ${String(n)} initiative${n === 1 ? '' : 's'}`

function Actions({ wizard, onClose }: { wizard: ImportWizard; onClose: () => void }) {
  const blocker = wizard.preview ? applyBlocker(wizard.preview) : 'Choose a file first.'
  const close = (
    <button type="button" className="btn" onClick={onClose} disabled={wizard.busy && wizard.step === 'preview'}>
      {wizard.step === 'done' ? 'Close' : 'Cancel'}
    </button>
  )
  if (wizard.step === 'columns' || wizard.step === 'preview') {
    const primary =
      wizard.step === 'columns' ? (
        <button type="button" className="btn btn--primary" onClick={wizard.toPreview} disabled={wizard.busy}>
          Preview rows
        </button>
      ) : (
        <button
          type="button"
          className="btn btn--primary"
          onClick={() => void wizard.apply()}
          disabled={wizard.busy || blocker !== null}
          title={blocker ?? 'Import every row in one step'}
        >
          {wizard.busy ? 'Importing…' : importLabel(wizard.preview?.counts.rows ?? 0)}
        </button>
      )
    return (
      <>
        {wizard.step === 'preview' && blocker && (
          <span className="xio-blocker" role="note" data-testid="import-blocker">
            {blocker}
          </span>
        )}
        <button type="button" className="btn" onClick={wizard.back} disabled={wizard.busy}>
          Back
        </button>
        {close}
        {primary}
      </>
    )
  }
  return close
}

/** File → Import: a CSV or XLSX file of initiatives, or a JSON portfolio. */
export function ImportDialog({ onClose }: { onClose: () => void }) {
  const wizard = useImportWizard()
  const hideError = wizard.step === 'portfolio' && wizard.error?.code === 'conflict'
  return (
    <DialogFrame
      title="Import"
      wide={wizard.step === 'columns' || wizard.step === 'preview'}
      onClose={wizard.busy ? null : onClose}
      actions={<Actions wizard={wizard} onClose={onClose} />}
    >
      {wizard.step !== 'portfolio' && wizard.step !== 'done' && <Steps step={wizard.step} />}
      <Body wizard={wizard} />
      {wizard.busy && wizard.step !== 'done' && (
        <div className="xio-progress" role="status">
          <span className="xio-spinner" aria-hidden="true" />
          <span>
            {wizard.step === 'preview' ? 'Importing' : 'Reading'} {wizard.source?.fileName ?? 'the file'}…
          </span>
        </div>
      )}
      {wizard.error && !hideError && <ErrorView error={wizard.error} />}
    </DialogFrame>
  )
}
