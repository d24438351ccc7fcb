import { useState } from 'react'
import { useAppStore } from '../../store'
import type { GridController } from './gridController'

/**
 * The new initiative's name, asked before anything is saved: a blank row would take its share of
 * every pool split evenly (and move everyone else's cost) before it meant anything. Enter adds it
 * below the selection; Escape or Cancel adds nothing.
 */
export function NewInitiativeForm({ controller }: { controller: GridController }) {
  const draft = useAppStore((s) => s.initiativeDraft)
  const setDraft = useAppStore((s) => s.setInitiativeDraft)
  const [name, setName] = useState('')
  const [message, setMessage] = useState<string | null>(null)
  const [saving, setSaving] = useState(false)
  if (!draft) return null
  const close = () => {
    setDraft(null)
    setName('')
    setMessage(null)
  }
  const submit = async () => {
    setSaving(true)
    const refused = await controller.createDraft(name)
    setSaving(false)
    setMessage(refused)
    if (refused === null) setName('')
  }
  return (
    <form
      className="gpp-new-initiative"
      aria-label="New initiative"
      onSubmit={(e) => {
        e.preventDefault()
        void submit()
      }}
    >
      <label htmlFor="new-initiative-name">Name the new initiative</label>
      <input
        id="new-initiative-name"
        className="input"
        value={name}
        placeholder="e.g. Claims summariser"
        autoFocus
        maxLength={200}
        aria-invalid={message !== null}
        aria-describedby="new-initiative-hint"
        onChange={(e) => {
          setName(e.target.value)
          setMessage(null)
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') close()
        }}
      />
      <button type="submit" className="btn btn--primary" disabled={saving}>
        Add
      </button>
      <button type="button" className="btn" onClick={close}>
        Cancel
      </button>
      <span
        id="new-initiative-hint"
        className={message ? 'gpp-new-initiative__error' : 'gpp-new-initiative__hint'}
        role={message ? 'alert' : undefined}
      >
        {message ?? 'Nothing is saved, and it shares no cost pool, until it has a name.'}
      </span>
    </form>
  )
}
