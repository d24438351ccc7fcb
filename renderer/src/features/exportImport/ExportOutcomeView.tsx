import { useState } from 'react'
import { desktopFiles } from './desktopFiles'
import type { ExportOutcome } from './exportRunner'
import { formatFileSize } from './fileSize'

/** Where the export went: the saved path with "Show in folder", the download, or why it failed. */
export function ExportOutcomeView({ outcome }: { outcome: ExportOutcome }) {
  const [revealFailed, setRevealFailed] = useState(false)
  if (outcome.kind === 'cancelled') return null
  if (outcome.kind === 'failed')
    return (
      <p className="xio-status xio-status--error" role="alert">
        Export failed: {outcome.message}
      </p>
    )
  if (outcome.kind === 'downloaded')
    return (
      <p className="xio-status xio-status--ok" role="status">
        <span>
          Downloaded <strong>{outcome.fileName}</strong> ({formatFileSize(outcome.bytes)}). Your browser keeps it in its
          downloads folder.
        </span>
      </p>
    )
  const files = desktopFiles()
  return (
    <div className="xio-status xio-status--ok" role="status">
      <span>
        Saved ({formatFileSize(outcome.bytes)}) to <code className="xio-path">{outcome.path}</code>
      </span>
      {files && (
        <button
          type="button"
          className="btn"
          onClick={() => void files.revealPath(outcome.path).then((shown) => setRevealFailed(!shown))}
        >
          Show in folder
        </button>
      )}
      {revealFailed && <span className="xio-muted">The file manager could not be opened for this file.</span>}
    </div>
  )
}
