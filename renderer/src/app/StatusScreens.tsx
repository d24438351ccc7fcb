import type { ReactNode } from 'react'

export function LoadingState({ label = 'Opening the portfolio…' }: { label?: string }) {
  return (
    <div className="state" role="status" aria-live="polite">
      <div className="state__spinner" aria-hidden="true" />
      {label}
    </div>
  )
}

export function ErrorState({ title, message, action }: { title: string; message: string; action?: ReactNode }) {
  return (
    <div className="state" role="alert">
      <h2 className="state__title">{title}</h2>
      <p>{message}</p>
      {action}
    </div>
  )
}

export function PlaceholderState({ title, message }: { title: string; message: string }) {
  return (
    <div className="state">
      <h2 className="state__title">{title}</h2>
      <p>{message}</p>
    </div>
  )
}
