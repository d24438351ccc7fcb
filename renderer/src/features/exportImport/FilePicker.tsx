import { useState } from 'react'
import { MAX_IMPORT_BYTES, megabytes } from '../../../../shared/imports/limits'
import { desktopFiles } from './desktopFiles'
import type { PickedFile } from './useImportWizard'

const ACCEPT = '.csv,.txt,.xlsx,.json,text/csv,application/json'

/**
 * The file to import: the native open dialog on the desktop (the main process reads the file),
 * a file input in the browser (the page reads the bytes it was given).
 */
export function FilePicker({ onPick, disabled }: { onPick: (file: PickedFile) => void; disabled: boolean }) {
  const files = desktopFiles()
  const [failure, setFailure] = useState<string | null>(null)
  if (files)
    return (
      <div className="xio-picker">
        <button
          type="button"
          className="btn btn--primary"
          disabled={disabled}
          onClick={() =>
            void files.chooseOpenFile({ title: 'Import', kinds: ['csv', 'xlsx', 'json'] }).then((r) => {
              if (!r.ok) setFailure(r.error.message)
              else if (r.data) {
                setFailure(null)
                onPick({ name: r.data.name, bytes: r.data.bytes })
              }
            })
          }
        >
          Choose file…
        </button>
        {failure && (
          <p className="xio-status xio-status--error" role="alert">
            {failure}
          </p>
        )}
      </div>
    )
  return (
    <label className="xio-picker">
      <span className="xio-option__label">File</span>
      <input
        type="file"
        accept={ACCEPT}
        disabled={disabled}
        aria-label="File to import"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0]
          // Cleared, so choosing the same file again (after fixing it) reads it again.
          e.currentTarget.value = ''
          if (!file) return
          // Refused before reading, so a huge file is never loaded into the page.
          if (file.size > MAX_IMPORT_BYTES) {
            setFailure(
              `${file.name} is ${megabytes(file.size)}; files up to ${megabytes(MAX_IMPORT_BYTES)} can be imported.`,
            )
            return
          }
          setFailure(null)
          void file.arrayBuffer().then(
            (buffer) => onPick({ name: file.name, bytes: new Uint8Array(buffer) }),
            (err: unknown) => setFailure(`${file.name} could not be read: ${String(err)}`),
          )
        }}
      />
      {failure && (
        <span className="xio-status xio-status--error" role="alert">
          {failure}
        </span>
      )}
    </label>
  )
}
