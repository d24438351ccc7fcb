import type { Initiative } from '../../../../shared/model'
import { useAppStore } from '../../store'
import { CommitField } from './CommitField'
import { FRAMING_FIELDS } from './framingFields'

/** The ROI framing fields; each commit is one API edit and one undo step. */
export function FramingForm({ initiative }: { initiative: Initiative }) {
  const editInitiatives = useAppStore((s) => s.editInitiatives)
  return (
    <section className="panel" aria-label="ROI framing">
      <h2 className="panel__title">ROI framing</h2>
      <div className="form-grid">
        {FRAMING_FIELDS.map((f) => (
          <CommitField
            key={f.field}
            label={f.label}
            field={f.field}
            kind={f.kind}
            value={f.read(initiative)}
            parse={f.parse}
            wide={f.wide}
            hint={f.hint}
            onCommit={(value) =>
              editInitiatives([{ id: initiative.id, field: f.field, value }], `Edit ${f.label.toLowerCase()}`)
            }
          />
        ))}
      </div>
    </section>
  )
}
