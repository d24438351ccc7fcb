import { megabytes } from '../../../../shared/imports/limits'
import { MAX_PRICE_FILE_BYTES } from '../../../../shared/prices/limits'
import { desktopFiles } from '../exportImport/desktopFiles'
import type { PickedFile } from '../exportImport/useImportWizard'

/**
 * The price file: the native open dialog on the desktop, a file input in the browser. Either way the
 * page sends the file's bytes; the main side never takes a path from the page.
 */
export function PriceFilePicker({
  onPick,
  onRefuse,
  disabled,
  fileName,
}: {
  onPick: (file: PickedFile) => void
  /** A file refused before it is read, with the reason (shown by the dialog in place of a preview). */
  onRefuse: (message: string) => void
  disabled: boolean
  fileName: string | null
}) {
  const files = desktopFiles()
  const label = fileName ? 'Choose another file…' : 'Choose price file…'
  const picked = fileName && <code className="pu-file">{fileName}</code>
  if (files)
    return (
      <div className="xio-picker">
        <button
          type="button"
          className="btn"
          disabled={disabled}
          onClick={() =>
            void files.chooseOpenFile({ title: 'Update prices from a file', kinds: ['json'] }).then((r) => {
              if (!r.ok) onRefuse(r.error.message)
              else if (r.data) onPick({ name: r.data.name, bytes: r.data.bytes })
            })
          }
        >
          {label}
        </button>
        {picked}
      </div>
    )
  // The native input is hidden behind a button: it is cleared after each pick (so the same file can be
  // read again), and its own "No file chosen" would then sit beside the name of the file just read.
  return (
    <div className="xio-picker">
      <span className="xio-option__label">Price file</span>
      <label className={`btn pu-choose${disabled ? ' pu-choose--disabled' : ''}`}>
        {label}
        <input
          className="pu-file-input"
          type="file"
          accept=".json,application/json"
          disabled={disabled}
          aria-label="Price file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (!file) return
            // Refused before reading, so a huge file is never loaded into the page.
            if (file.size > MAX_PRICE_FILE_BYTES) {
              onRefuse(
                `"${file.name}" is larger than ${megabytes(MAX_PRICE_FILE_BYTES)}, the most a price file may be.`,
              )
              return
            }
            void file.arrayBuffer().then(
              (buffer) => onPick({ name: file.name, bytes: new Uint8Array(buffer) }),
              (err: unknown) => onRefuse(`"${file.name}" could not be read: ${String(err)}`),
            )
          }}
        />
      </label>
      {picked}
    </div>
  )
}
