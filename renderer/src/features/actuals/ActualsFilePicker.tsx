import { megabytes, MAX_IMPORT_BYTES } from '../../../../shared/imports/limits'
import type { PickedFile } from '../exportImport/useImportWizard'

/**
 * The actuals file, through a file input in the browser and on the desktop alike: the page sends the
 * file's bytes, never a path. Larger exports go through the command line, which streams from disk.
 */
export function ActualsFilePicker({
  onPick,
  onRefuse,
  disabled,
  fileName,
}: {
  onPick: (file: PickedFile) => void
  onRefuse: (message: string) => void
  disabled: boolean
  fileName: string | null
}) {
  return (
    <div className="xio-picker">
      <label className={`btn pu-choose${disabled ? ' pu-choose--disabled' : ''}`}>
        {fileName ? 'Choose another file…' : 'Choose an export file…'}
        <input
          className="pu-file-input"
          type="file"
          accept=".csv,.json,.jsonl,.xlsx,text/csv,application/json"
          disabled={disabled}
          aria-label="Actuals file"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0]
            e.currentTarget.value = ''
            if (!file) return
            if (file.size > MAX_IMPORT_BYTES) {
              onRefuse(
                `"${file.name}" is larger than ${megabytes(MAX_IMPORT_BYTES)}, the most the app reads; import it with ` +
                  '`npm run -s cli -- actuals import FILE --into PORTFOLIO`, which streams it from disk.',
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
      {fileName ? <code className="pu-file">{fileName}</code> : null}
    </div>
  )
}
