import type { ColumnMapping, ImportIssue, ImportPreview } from '../../../../shared/api/methods/imports'
import { issuesByColumn, mappedColumns } from './importFlow'

/** An issue without its "Row N: " lead: beside the row number it only repeats it. */
const withoutRow = (message: string): string => message.replace(/^Row \d+: /, '')

function IssueList({ issues }: { issues: readonly ImportIssue[] }) {
  if (issues.length === 0) return <span className="xio-ok">OK</span>
  return (
    <ul className="xio-issues">
      {issues.map((issue, i) => (
        <li key={`${String(i)}-${issue.field}-${issue.rule}`}>{withoutRow(issue.message)}</li>
      ))}
    </ul>
  )
}

/**
 * The rows as they would be imported: only the mapped columns, headed by the field they fill.
 * A cell breaking a rule is marked and carries the rule as its tooltip; each row lists its problems
 * beside its number, so they are read without scrolling across the columns.
 */
export function ImportPreviewTable({ preview, mapping }: { preview: ImportPreview; mapping: ColumnMapping }) {
  const columns = mappedColumns(mapping)
  const labels = new Map(preview.fields.map((f) => [f.id, f.label]))
  return (
    <div className="xio-table-wrap xio-table-wrap--preview">
      <table className="table xio-table xio-preview" aria-label="Import preview">
        <thead>
          <tr>
            <th className="num">Row</th>
            <th>Problems</th>
            {columns.map((c) => (
              <th key={c} title={`From column “${preview.headers[c] ?? ''}”`}>
                {labels.get(mapping[c] ?? '') ?? preview.headers[c]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {preview.rows.map((row) => {
            const byColumn = issuesByColumn(row.issues, mapping)
            return (
              <tr
                key={row.row}
                className={row.issues.length > 0 ? 'xio-row--bad' : undefined}
                data-row={row.row}
                aria-invalid={row.issues.length > 0}
              >
                <td className="num">{row.row}</td>
                <td className="xio-problems">
                  <IssueList issues={row.issues} />
                </td>
                {columns.map((c) => {
                  const issues = byColumn.get(c)
                  return (
                    <td
                      key={c}
                      className={issues ? 'xio-cell--bad' : undefined}
                      title={issues?.map((i) => i.message).join('\n')}
                      data-field={mapping[c] ?? ''}
                    >
                      {row.values[c] ?? ''}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
    </div>
  )
}

/** Every problem, also of rows past the preview's first rows (the API lists up to 1,000). */
export function AllIssues({ preview }: { preview: ImportPreview }) {
  const shown = new Set(preview.rows.map((r) => r.row))
  const beyond = preview.issues.filter((i) => i.row !== null && !shown.has(i.row))
  if (beyond.length === 0) return null
  const more = preview.counts.issues - preview.issues.length
  return (
    <details className="xio-details">
      <summary>
        {beyond.length} more problem{beyond.length === 1 ? '' : 's'} in rows after the first {preview.rows.length}
      </summary>
      <ul className="xio-issues">
        {beyond.map((issue, i) => (
          <li key={`${String(i)}-${String(issue.row)}-${issue.field}`}>{issue.message}</li>
        ))}
      </ul>
      {more > 0 && <p className="xio-muted">…and {more} more not listed.</p>}
    </details>
  )
}
