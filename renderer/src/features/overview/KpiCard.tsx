import type { ReactNode } from 'react'
import './views.css'

export interface KpiCardProps {
  label: string
  value: string
  /** A second line: the period, a comparison, a warning. */
  note?: ReactNode
  tone?: 'neutral' | 'good' | 'bad' | 'warn'
}

export function KpiCard({ label, value, note, tone = 'neutral' }: KpiCardProps) {
  return (
    <div className={`kpi kpi--${tone}`} role="group" aria-label={label}>
      <div className="kpi__label">{label}</div>
      <div className="kpi__value" data-kpi={label}>
        {value}
      </div>
      {note ? <div className="kpi__note">{note}</div> : null}
    </div>
  )
}
