import { describe, expect, it } from 'vitest'
import { exportFileName } from '../../../electron/exports/exportFile'

describe('download file names', () => {
  it.each([
    [
      'Sample: Northwind Group generative-AI portfolio',
      'xlsx',
      'Sample-Northwind-Group-generative-AI-portfolio-2026-11-30.xlsx',
    ],
    ['Café ü / "quotes" <tags>', 'csv', 'Cafe-u-quotes-tags-2026-11-30.csv'],
    ['../../etc/passwd', 'json', 'etc-passwd-2026-11-30.json'],
    ['   ', 'pptx', 'portfolio-2026-11-30.pptx'],
    ['x'.repeat(300), 'pptx', `${'x'.repeat(80)}-2026-11-30.pptx`],
  ] as const)('%s -> %s', (name, format, want) => expect(exportFileName(name, format, '2026-11-30')).toBe(want))
})
