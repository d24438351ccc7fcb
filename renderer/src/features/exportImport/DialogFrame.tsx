import { useEffect, useRef, type ReactNode } from 'react'
import '../overview/views.css'
import './exportImport.css'

export interface DialogFrameProps {
  title: string
  /** Closing is refused while work is running (the export or import would go on unseen). */
  onClose: (() => void) | null
  wide?: boolean
  children: ReactNode
  actions: ReactNode
}

/** A modal dialog: takes the focus when it opens, so Escape and Tab act on it and not the grid behind. */
export function DialogFrame({ title, onClose, wide = false, children, actions }: DialogFrameProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    const first = ref.current?.querySelector<HTMLElement>('input:not([disabled]), select, button:not([disabled])')
    first?.focus()
  }, [])
  return (
    <div
      className="dialog-backdrop"
      role="presentation"
      onMouseDown={(e) => e.target === e.currentTarget && onClose?.()}
    >
      <div
        ref={ref}
        className={`dialog xio-dialog${wide ? ' xio-dialog--wide' : ''}`}
        role="dialog"
        aria-modal="true"
        aria-label={title}
        onKeyDown={(e) => {
          // Keys stay in the dialog: the grid's shortcuts (Delete, Ctrl+Z) must not act behind it.
          e.stopPropagation()
          if (e.key === 'Escape') onClose?.()
        }}
      >
        <h2 className="panel__title xio-dialog__title">{title}</h2>
        <div className="xio-dialog__body">{children}</div>
        <div className="dialog__actions">{actions}</div>
      </div>
    </div>
  )
}
