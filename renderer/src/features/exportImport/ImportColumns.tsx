import type { ColumnMapping, ImportPreview } from '../../../../shared/api/methods/imports'
import { columnStatus, remap } from './importFlow'

const STATUS_TEXT = { matched: 'Matched', changed: 'Changed', ignored: 'Ignored' } as const

/**
 * The column-mapping step: each column of the file with an example value and the field it fills.
 * Headers the app recognised come matched; any choice can be changed; an ignored column is not read.
 */
export function ImportColumns({
  preview,
  mapping,
  onChange,
  disabled,
}: {
  preview: ImportPreview
  mapping: ColumnMapping
  onChange: (next: ColumnMapping) => void
  disabled: boolean
}) {
  const example = preview.rows[0]?.values ?? []
  return (
    <div className="xio-table-wrap">
      <table className="table xio-table" aria-label="Column mapping">
        <thead>
          <tr>
            <th>Column in the file</th>
            <th>First row</th>
            <th>Imports into</th>
            <th>Match</th>
          </tr>
        </thead>
        <tbody>
          {preview.headers.map((header, i) => {
            const status = columnStatus(preview, mapping, i)
            const label = header || `Column ${String(i + 1)}`
            const field = preview.fields.find((f) => f.id === mapping[i])
            return (
              <tr key={`${String(i)}-${header}`} className={status === 'ignored' ? 'xio-row--ignored' : undefined}>
                <th scope="row" className="xio-header-cell">
                  {label}
                </th>
                <td className="xio-example" title={example[i] ?? ''}>
                  {example[i] ?? ''}
                </td>
                <td>
                  <select
                    className="input xio-select"
                    aria-label={`Field for column ${label}`}
                    value={mapping[i] ?? ''}
                    disabled={disabled}
                    title={field?.help}
                    onChange={(e) => onChange(remap(mapping, i, e.currentTarget.value || null))}
                  >
                    <option value="">— Ignore this column —</option>
                    {preview.fields.map((f) => (
                      <option key={f.id} value={f.id}>
                        {f.label}
                        {f.required ? ' (required)' : ''}
                      </option>
                    ))}
                  </select>
                </td>
                <td>
                  <span className={`xio-chip xio-chip--${status}`}>{STATUS_TEXT[status]}</span>
                </td>
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}
