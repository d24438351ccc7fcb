import { useEffect, useRef, useState } from 'react'
import type { ApiError } from '../../../../shared/api/result'
import {
  DEFAULT_DECK_THEME,
  logoInfoOfBase64,
  MAX_LOGO_BYTES,
  type DeckTheme,
  type PortfolioSettings,
} from '../../../../shared/model'
import { useAppStore } from '../../store'
import { bytesToBase64 } from '../exportImport/base64'
import { megabytes } from '../../../../shared/imports/limits'
import { CommitField } from '../initiativeDetail/CommitField'
import { fieldMessage } from '../initiativeDetail/fieldIssues'

/**
 * The board deck's theme: company name, logo and two colours, saved in the portfolio with the
 * undoable settings command. The logo is read in the page and sent as its bytes (base64), never
 * as a path; the API checks its type by its magic bytes and its size.
 */
export function DeckThemeEditor({ settings }: { settings: PortfolioSettings }) {
  const updateSettings = useAppStore((s) => s.updateSettings)
  const theme = settings.deckTheme ?? DEFAULT_DECK_THEME
  const save = (patch: Partial<DeckTheme>): Promise<ApiError | null> =>
    updateSettings({ deckTheme: { ...theme, ...patch } })

  return (
    <section className="panel" aria-label="Deck theme">
      <div className="deck-theme__head">
        <h2 className="panel__title">Deck theme</h2>
        {settings.deckTheme ? (
          <button type="button" className="btn" onClick={() => void updateSettings({ deckTheme: null })}>
            Use the app’s look
          </button>
        ) : null}
      </div>
      <p className="deck-theme__intro">
        Applied to the PowerPoint export: the company name on the title slide and in every footer, the logo on every
        slide, the primary colour for the title band and the accent for the baseline and highlights.
      </p>
      <div className="form-grid">
        <CommitField
          label="Company name"
          field="deckTheme.companyName"
          kind={{ type: 'text' }}
          value={theme.companyName}
          parse={(t) => t.trim()}
          onCommit={(v) => save({ companyName: v as string })}
          hint="Empty means none"
        />
        <ColorField
          label="Primary colour"
          field="primaryColor"
          value={theme.primaryColor}
          onCommit={(v) => save({ primaryColor: v })}
        />
        <ColorField
          label="Accent colour"
          field="accentColor"
          value={theme.accentColor}
          onCommit={(v) => save({ accentColor: v })}
        />
        <LogoField logo={theme.logo} onCommit={(logo) => save({ logo })} />
      </div>
    </section>
  )
}

/** A colour as #RRGGBB text with a picker beside it; either commits (the picker when it closes). */
function ColorField({
  label,
  field,
  value,
  onCommit,
}: {
  label: string
  field: 'primaryColor' | 'accentColor'
  value: string
  onCommit: (value: string) => Promise<ApiError | null>
}) {
  const picker = useRef<HTMLInputElement>(null)
  const [message, setMessage] = useState<string | null>(null)
  // React's onChange on a colour input fires on every move of the picker; the native change event
  // fires once, when the choice is made, so one undo step per choice.
  useEffect(() => {
    const input = picker.current
    if (!input) return
    const onChange = () => {
      void onCommit(input.value.toUpperCase()).then((e) => setMessage(e ? fieldMessage(e, field) : null))
    }
    input.addEventListener('change', onChange)
    return () => input.removeEventListener('change', onChange)
  }, [field, onCommit])
  return (
    <div className="deck-theme__color">
      <CommitField
        label={label}
        field={`deckTheme.${field}`}
        kind={{ type: 'text' }}
        value={value}
        parse={(t) => {
          const hex = t.trim().toUpperCase()
          return /^[0-9A-F]{6}$/.test(hex) ? `#${hex}` : hex
        }}
        onCommit={(v) => onCommit(v as string)}
        hint="#RRGGBB"
      />
      <input
        ref={picker}
        key={value}
        type="color"
        className="deck-theme__swatch"
        aria-label={`${label} picker`}
        defaultValue={value.toLowerCase()}
      />
      {message ? (
        <div className="field__message" role="alert">
          {message}
        </div>
      ) : null}
    </div>
  )
}

/** The logo: a preview, a file input (PNG or JPEG up to 1 MB, checked here and by the API) and removal. */
function LogoField({
  logo,
  onCommit,
}: {
  logo: string | null
  onCommit: (logo: string | null) => Promise<ApiError | null>
}) {
  const [message, setMessage] = useState<string | null>(null)
  const info = logo === null ? null : logoInfoOfBase64(logo)
  const preview = info && typeof info !== 'string' && logo ? `data:${info.mimeType};base64,${logo}` : null
  const report = (error: ApiError | null) => setMessage(error ? fieldMessage(error, 'deckTheme.logo') : null)
  return (
    <div className={`field deck-theme__logo${message ? ' field--error' : ''}`}>
      <span className="deck-theme__label">Logo</span>
      <div className="deck-theme__logo-row">
        {preview ? (
          <img className="deck-theme__preview" src={preview} alt="Logo for the deck" />
        ) : (
          <span className="field__hint">No logo</span>
        )}
        <label className="btn deck-theme__choose">
          {logo ? 'Replace…' : 'Choose image…'}
          <input
            type="file"
            accept="image/png,image/jpeg"
            aria-label="Logo image"
            className="deck-theme__file"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0]
              e.currentTarget.value = ''
              if (!file) return
              // Refused before reading, so a huge file is never loaded into the page.
              if (file.size > MAX_LOGO_BYTES) {
                setMessage(
                  `${file.name} is ${megabytes(file.size)}; a logo may be ${megabytes(MAX_LOGO_BYTES)} at most.`,
                )
                return
              }
              void file.arrayBuffer().then(
                (buffer) => onCommit(bytesToBase64(new Uint8Array(buffer))).then(report),
                (err: unknown) => setMessage(`${file.name} could not be read: ${String(err)}`),
              )
            }}
          />
        </label>
        {logo ? (
          <button type="button" className="btn" onClick={() => void onCommit(null).then(report)}>
            Remove
          </button>
        ) : null}
      </div>
      {message ? (
        <div className="field__message" role="alert">
          {message}
        </div>
      ) : (
        <div className="field__hint">PNG or JPEG, up to 1 MB</div>
      )}
    </div>
  )
}
