import { useMemo, useState } from 'react'
import { useAppStore } from '../../store'
import { buildRows } from '../costGrid/rows'
import type { FormatContext } from '../costGrid/fieldKinds'
import { DialogFrame } from './DialogFrame'
import { exportDeps } from './exportDeps'
import { ExportOutcomeView } from './ExportOutcomeView'
import { proposedName, runExport, runGridExport, type ExportChoice, type ExportOutcome } from './exportRunner'
import { formatElapsed } from './fileSize'
import { ALL_GRID_COLUMNS, gridTable } from './gridTable'
import { useElapsed } from './useElapsed'

interface FormatOption {
  choice: ExportChoice
  label: string
  detail: string
  /** Whether the scenarios chosen below go into this file. */
  scenarios: boolean
}

const FORMAT_OPTIONS: readonly FormatOption[] = [
  {
    choice: 'xlsx',
    label: 'Excel workbook (.xlsx)',
    detail: 'Assumptions, a projection sheet per scenario with live formulas, the summary and the decision matrix.',
    scenarios: true,
  },
  {
    choice: 'pptx',
    label: 'Board deck (.pptx)',
    detail: 'Summary, scenario comparison, cost by driver, unit-cost trend and the decision matrix as native charts.',
    scenarios: true,
  },
  {
    choice: 'csv',
    label: 'Monthly projection (.csv)',
    detail: 'One row per scenario, initiative, month and driver: scenario, initiative, month, driver, value.',
    scenarios: true,
  },
  {
    choice: 'grid',
    label: 'Cost grid (.csv)',
    detail: 'Every column of the cost grid, one row per initiative, numbers at full precision.',
    scenarios: false,
  },
  {
    choice: 'json',
    label: 'Portfolio (.json)',
    detail: 'The whole portfolio in the versioned format, every scenario included; File → Import opens it again.',
    scenarios: false,
  },
]

const RUNNING_LABEL: Record<ExportChoice, string> = {
  xlsx: 'Building the workbook',
  pptx: 'Building the board deck',
  csv: 'Writing the projection',
  grid: 'Writing the grid',
  json: 'Writing the portfolio',
}

/** File → Export: the format, the scenarios, progress while it runs, then where the file went. */
export function ExportDialog({ onClose }: { onClose: () => void }) {
  const portfolio = useAppStore((s) => s.snapshot?.portfolio ?? null)
  const results = useAppStore((s) => s.results)
  const scenarios = useMemo(() => portfolio?.scenarios ?? [], [portfolio])
  const [choice, setChoice] = useState<ExportChoice>('xlsx')
  const [picked, setPicked] = useState<ReadonlySet<string>>(() => new Set(scenarios.map((s) => s.id)))
  const [running, setRunning] = useState(false)
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null)
  const elapsed = useElapsed(running)
  const option = FORMAT_OPTIONS.find((o) => o.choice === choice) ?? (FORMAT_OPTIONS[0] as FormatOption)

  const toggle = (id: string) => {
    const next = new Set(picked)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    setPicked(next)
  }

  const run = async () => {
    if (running || !portfolio) return
    setRunning(true)
    setOutcome(null)
    const deps = exportDeps()
    const name = portfolio.settings.name
    try {
      if (choice === 'grid') {
        const ctx: FormatContext = {
          currency: portfolio.settings.currency,
          startMonth: portfolio.settings.startMonth,
          modelNames: new Map(portfolio.priceBook.map((m) => [m.id, m.name])),
        }
        const table = gridTable(buildRows(portfolio.initiatives, results), ALL_GRID_COLUMNS, ctx)
        setOutcome(await runGridExport(deps, table, proposedName('grid', name)))
      } else {
        // In the portfolio's order, whatever order they were ticked in.
        const ids = option.scenarios ? scenarios.filter((s) => picked.has(s.id)).map((s) => s.id) : undefined
        setOutcome(await runExport(deps, choice, ids, name))
      }
    } catch (e) {
      setOutcome({ kind: 'failed', message: e instanceof Error ? e.message : String(e) })
    } finally {
      setRunning(false)
    }
  }

  const done = outcome !== null && outcome.kind !== 'cancelled' && outcome.kind !== 'failed'
  return (
    <DialogFrame
      title="Export"
      onClose={running ? null : onClose}
      actions={
        <>
          <button type="button" className="btn" onClick={onClose} disabled={running}>
            {done ? 'Close' : 'Cancel'}
          </button>
          <button
            type="button"
            className="btn btn--primary"
            onClick={() => void run()}
            disabled={running || !portfolio}
          >
            {running ? 'Exporting…' : done ? 'Export again' : 'Export'}
          </button>
        </>
      }
    >
      <fieldset className="xio-fieldset" disabled={running}>
        <legend>Format</legend>
        {FORMAT_OPTIONS.map((o) => (
          <label key={o.choice} className="xio-option">
            <input
              type="radio"
              name="export-format"
              value={o.choice}
              checked={choice === o.choice}
              aria-labelledby={`xio-format-${o.choice}`}
              aria-describedby={`xio-format-${o.choice}-detail`}
              onChange={() => {
                setChoice(o.choice)
                setOutcome(null)
              }}
            />
            <span>
              <span className="xio-option__label" id={`xio-format-${o.choice}`}>
                {o.label}
              </span>
              <span className="xio-option__detail" id={`xio-format-${o.choice}-detail`}>
                {o.detail}
              </span>
            </span>
          </label>
        ))}
      </fieldset>
      <fieldset className="xio-fieldset" disabled={running || !option.scenarios}>
        <legend>Scenarios</legend>
        {!option.scenarios && (
          <p className="xio-muted">
            {choice === 'json' ? 'The portfolio file holds every scenario.' : 'The grid shows the baseline.'}
          </p>
        )}
        <div className="xio-scenarios">
          <label className="xio-check">
            <input type="checkbox" checked disabled aria-describedby="xio-baseline-note" />
            Baseline
            <span id="xio-baseline-note" className="xio-muted">
              (always: the others are compared with it)
            </span>
          </label>
          {scenarios.map((s) => (
            <label key={s.id} className="xio-check">
              <input type="checkbox" checked={option.scenarios && picked.has(s.id)} onChange={() => toggle(s.id)} />
              {s.name}
            </label>
          ))}
        </div>
        {option.scenarios && scenarios.length > 1 && (
          <div className="xio-inline-tools">
            <button
              type="button"
              className="btn btn--small"
              onClick={() => setPicked(new Set(scenarios.map((s) => s.id)))}
            >
              All
            </button>
            <button type="button" className="btn btn--small" onClick={() => setPicked(new Set())}>
              Baseline only
            </button>
          </div>
        )}
      </fieldset>
      {running && (
        <div className="xio-progress" role="status" aria-live="polite">
          <span className="xio-spinner" aria-hidden="true" />
          <span>
            {RUNNING_LABEL[choice]}… {formatElapsed(elapsed)}
          </span>
          <div className="xio-progress__bar" aria-hidden="true">
            <div className="xio-progress__fill" />
          </div>
        </div>
      )}
      {outcome && <ExportOutcomeView outcome={outcome} />}
    </DialogFrame>
  )
}
