import { describe, expect, it } from 'vitest'
import {
  DeckTheme,
  decodeBase64,
  logoInfo,
  logoInfoOfBase64,
  MAX_LOGO_BASE64_CHARS,
  MAX_LOGO_BYTES,
  PortfolioSettings,
} from '../../../shared/model'
import { encodePng, sampleLogoPng } from '../../fixtures/pngImage'

/** The header of a JPEG: start of image, a JFIF APP0 segment, then a baseline frame header of `width` × `height`. */
function jpegHeader(width: number, height: number): Uint8Array {
  const app0 = [
    0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00,
  ]
  const sof0 = [
    0xff,
    0xc0,
    0x00,
    0x11,
    0x08,
    height >> 8,
    height & 255,
    width >> 8,
    width & 255,
    0x03,
    1,
    0x22,
    0,
    2,
    0x11,
    1,
    3,
    0x11,
    1,
  ]
  return Uint8Array.from([0xff, 0xd8, ...app0, ...sof0, 0xff, 0xd9])
}

const theme = (patch: Partial<DeckTheme> = {}): DeckTheme => ({
  companyName: 'Northwind',
  logo: null,
  primaryColor: '#0B3C49',
  accentColor: '#E4572E',
  ...patch,
})

describe('decodeBase64', () => {
  it('decodes padded base64 exactly as Node does', () => {
    for (const bytes of [Buffer.from(''), Buffer.from('a'), Buffer.from('ab'), Buffer.from('abc'), sampleLogoPng()]) {
      expect(Buffer.from(decodeBase64(bytes.toString('base64')) ?? [])).toEqual(bytes)
    }
  })
  it('refuses text that is not base64', () => {
    expect(decodeBase64('abc')).toBeNull()
    expect(decodeBase64('ab!d')).toBeNull()
    expect(decodeBase64('/etc/passwd')).toBeNull()
  })
})

describe('logoInfo', () => {
  it('reads a PNG by its signature and its size from IHDR', () => {
    expect(logoInfo(sampleLogoPng())).toMatchObject({ type: 'png', mimeType: 'image/png', width: 300, height: 100 })
  })
  it('reads a JPEG by its magic bytes and its size from the frame header', () => {
    expect(logoInfo(jpegHeader(640, 480))).toMatchObject({
      type: 'jpeg',
      mimeType: 'image/jpeg',
      width: 640,
      height: 480,
    })
  })
  it('refuses other types, damaged headers, absurd sizes and more than 1 MB', () => {
    expect(logoInfo(Buffer.from('GIF89a......'))).toBe('must be a PNG or JPEG image')
    expect(logoInfo(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBe('must be a PNG or JPEG image')
    expect(logoInfo(sampleLogoPng().subarray(0, 20))).toMatch(/damaged PNG/)
    expect(logoInfo(jpegHeader(640, 480).subarray(0, 12))).toMatch(/damaged JPEG/)
    expect(logoInfo(jpegHeader(20_000, 10))).toMatch(/between 1 and 10,000 pixels/)
    expect(logoInfo(encodePng(1, 1, () => [0, 0, 0, 255]))).toMatchObject({ width: 1, height: 1 })
    const big = new Uint8Array(MAX_LOGO_BYTES + 1)
    big.set(sampleLogoPng().subarray(0, 24))
    expect(logoInfo(big)).toBe('must be 1 MB or smaller')
  })
  it('takes base64 and refuses a path or other text', () => {
    expect(logoInfoOfBase64(sampleLogoPng().toString('base64'))).toMatchObject({ type: 'png' })
    expect(logoInfoOfBase64('C:\\logo.png')).toBe('must be the image as base64 text')
    expect(logoInfoOfBase64('A'.repeat(MAX_LOGO_BASE64_CHARS + 4))).toBe('must be 1 MB or smaller')
  })
})

describe('DeckTheme in the settings', () => {
  const settings = {
    name: 'P',
    currency: 'USD',
    startMonth: '2027-01',
    horizonMonths: 36,
    discountRateAnnual: 0.1,
    investmentThreshold: 0,
    annualBudget: null,
    experimentationReserve: { kind: 'share', value: 0 },
  }
  it('is optional, may be null, and keeps a valid theme as given', () => {
    expect(PortfolioSettings.safeParse(settings).success).toBe(true)
    expect(PortfolioSettings.safeParse({ ...settings, deckTheme: null }).success).toBe(true)
    const logo = sampleLogoPng().toString('base64')
    const parsed = PortfolioSettings.parse({ ...settings, deckTheme: theme({ logo }) })
    expect(parsed.deckTheme).toEqual(theme({ logo }))
  })
  it('names the field and the rule of a bad colour, name or logo', () => {
    const issues = (patch: Partial<DeckTheme>) =>
      DeckTheme.safeParse(theme(patch)).error?.issues.map((i) => `${i.path.join('.')}: ${i.message}`)
    expect(issues({ primaryColor: 'red' })).toEqual(['primaryColor: must be a colour written #RRGGBB, e.g. #1F3A5F'])
    expect(issues({ accentColor: '#12345' })).toEqual(['accentColor: must be a colour written #RRGGBB, e.g. #1F3A5F'])
    expect(issues({ companyName: 'x'.repeat(201) })).toEqual(['companyName: must be 200 characters or fewer'])
    expect(issues({ logo: Buffer.from('GIF89a').toString('base64') })).toEqual(['logo: must be a PNG or JPEG image'])
    expect(issues({ logo: '/home/me/logo.png' })).toEqual(['logo: must be the image as base64 text'])
  })
})
