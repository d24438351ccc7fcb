import type { Initiative } from '../../../../shared/model'
import { DecisionForm } from './DecisionForm'

/** The decision form over the review list, so a decision is logged where the review happens. */
export function DecisionDialog({ initiative, onClose }: { initiative: Initiative; onClose: () => void }) {
  return (
    <div className="dialog-backdrop" role="presentation" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-label={`Log a decision on ${initiative.name}`}
        onKeyDown={(e) => e.key === 'Escape' && onClose()}
      >
        <div className="view__header">
          <h2 className="panel__title">{`Log a decision · ${initiative.name}`}</h2>
          <button type="button" className="btn" onClick={onClose}>
            Cancel
          </button>
        </div>
        <DecisionForm initiative={initiative} onLogged={onClose} autoFocus />
      </div>
    </div>
  )
}
