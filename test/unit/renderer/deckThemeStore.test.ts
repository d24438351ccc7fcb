import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DEFAULT_DECK_THEME } from '../../../shared/model'
import { sampleLogoPng } from '../../fixtures/pngImage'
import { openRealStore, type RealStore } from './realStore'

/** The deck theme edited through the store as the settings editor does, over a JSON bridge like browser mode. */
let real: RealStore
beforeEach(async () => {
  real = await openRealStore('gpp-theme-', undefined, true)
})
afterEach(() => real.close())

describe('deck theme edits', () => {
  it('saves the first theme as one undo step, and undo removes it from the file', async () => {
    const { store } = real
    const logo = sampleLogoPng().toString('base64')
    expect(await store.getState().updateSettings({ deckTheme: { ...DEFAULT_DECK_THEME, logo } })).toBeNull()
    expect((await real.fileContent()).settings.deckTheme?.logo).toBe(logo)
    expect(
      await store.getState().updateSettings({ deckTheme: { ...DEFAULT_DECK_THEME, logo, accentColor: '#E4572E' } }),
    ).toBeNull()
    expect(await store.getState().undo()).toBeNull()
    expect((await real.fileContent()).settings.deckTheme).toEqual({ ...DEFAULT_DECK_THEME, logo })
    expect(await store.getState().undo()).toBeNull()
    // Before the first edit there was no theme: the undo sent null, which survives JSON (undefined would not).
    expect((await real.fileContent()).settings.deckTheme ?? null).toBeNull()
    expect(store.getState().snapshot?.portfolio.settings.deckTheme ?? null).toBeNull()
    expect(await store.getState().redo()).toBeNull()
    expect((await real.fileContent()).settings.deckTheme?.logo).toBe(logo)
  })

  it('a refused logo changes nothing and records no step', async () => {
    const { store } = real
    const error = await store.getState().updateSettings({
      deckTheme: { ...DEFAULT_DECK_THEME, logo: Buffer.from('not an image').toString('base64') },
    })
    expect(error?.issues?.[0]?.rule).toBe('must be a PNG or JPEG image')
    expect((await real.fileContent()).settings.deckTheme ?? null).toBeNull()
    expect(await store.getState().undo()).toBeNull()
  })
})
