import { describe, expect, it } from 'vitest'
import type { PortfolioSettings } from '../../../shared/model/settings'
import { apiPerTest, expectError, expectOk } from '../../fixtures/db/api'
import { readSettings } from '../../fixtures/db/files'
import { sampleLogoPng } from '../../fixtures/pngImage'

const fx = apiPerTest()

const theme = {
  companyName: 'Northwind Group plc',
  logo: sampleLogoPng().toString('base64'),
  primaryColor: '#0B3C49',
  accentColor: '#E4572E',
}

describe('settings:update with the deck theme', () => {
  it('saves company name, logo bytes and colours in the file, and removes them with null', async () => {
    const saved = expectOk<PortfolioSettings>(await fx.t.api.invoke('settings:update', { patch: { deckTheme: theme } }))
    expect(saved.deckTheme).toEqual(theme)
    expect((readSettings(fx.t.path) as PortfolioSettings).deckTheme).toEqual(theme)
    // Undo of a first theme sends null: the file is back to no theme.
    const cleared = expectOk<PortfolioSettings>(
      await fx.t.api.invoke('settings:update', { patch: { deckTheme: null } }),
    )
    expect(cleared.deckTheme).toBeNull()
    expect((readSettings(fx.t.path) as PortfolioSettings).deckTheme).toBeNull()
  })

  it('refuses a logo that is not a PNG or JPEG, a path, or a bad colour, naming the field; the file keeps what it had', async () => {
    expectOk(await fx.t.api.invoke('settings:update', { patch: { deckTheme: theme } }))
    const cases: [unknown, string, string][] = [
      [
        { ...theme, logo: Buffer.from('GIF89a\x01\x00\x01\x00').toString('base64') },
        'patch.deckTheme.logo',
        'must be a PNG or JPEG image',
      ],
      [{ ...theme, logo: '/home/me/logo.png' }, 'patch.deckTheme.logo', 'must be the image as base64 text'],
      [
        { ...theme, primaryColor: 'navy' },
        'patch.deckTheme.primaryColor',
        'must be a colour written #RRGGBB, e.g. #1F3A5F',
      ],
    ]
    for (const [deckTheme, field, rule] of cases) {
      const error = expectError(await fx.t.api.invoke('settings:update', { patch: { deckTheme } }), 'validation')
      expect(error.issues?.map((i) => [i.field, i.rule])).toEqual([[field, rule]])
    }
    expect((readSettings(fx.t.path) as PortfolioSettings).deckTheme).toEqual(theme)
  })
})
