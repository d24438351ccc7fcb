import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { base64ToBytes, bytesToBase64 } from '../../../../renderer/src/features/exportImport/base64'
import { downloadName, proposedName } from '../../../../renderer/src/features/exportImport/exportRunner'
import { formatElapsed, formatFileSize } from '../../../../renderer/src/features/exportImport/fileSize'

describe('base64 of a file’s bytes', () => {
  it('matches Node’s encoder, across the chunk boundary too', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 70_000 }), (bytes) => {
        const encoded = bytesToBase64(bytes)
        expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
        expect(base64ToBytes(encoded)).toEqual(bytes)
      }),
      { numRuns: 40 },
    )
  })

  it('handles a file of several megabytes (no call-stack overflow)', () => {
    const bytes = new Uint8Array(3 * 1024 * 1024).map((_, i) => i % 251)
    const encoded = bytesToBase64(bytes)
    expect(encoded).toBe(Buffer.from(bytes).toString('base64'))
    // Compared as one buffer: an element-wise deep equality over 3 MB takes minutes.
    expect(Buffer.from(base64ToBytes(encoded)).equals(Buffer.from(bytes))).toBe(true)
  })
})

describe('names and sizes shown', () => {
  it('proposes a file name per format from the portfolio name', () => {
    expect(proposedName('xlsx', 'Acme AI')).toBe('Acme AI.xlsx')
    expect(proposedName('pptx', 'Acme AI')).toBe('Acme AI board deck.pptx')
    expect(proposedName('csv', 'Acme AI')).toBe('Acme AI projection.csv')
    expect(proposedName('grid', '  ')).toBe('Portfolio cost grid.csv')
    expect(downloadName('a/b:c*.csv')).toBe('a-b-c-.csv')
  })

  it('formats sizes and the running clock', () => {
    expect(formatFileSize(1)).toBe('1 byte')
    expect(formatFileSize(812)).toBe('812 bytes')
    expect(formatFileSize(14_540)).toBe('14.2 KB')
    expect(formatFileSize(3_250_586)).toBe('3.1 MB')
    expect(formatElapsed(7.9)).toBe('7 s')
    expect(formatElapsed(65)).toBe('1 min 05 s')
  })
})
