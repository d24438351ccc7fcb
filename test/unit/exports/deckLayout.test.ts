import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { decimalsOf, moneyAxis, moneyFormatCode, niceScale, niceStep } from '../../../electron/exports/pptx/axes'
import { placeLabels, type Bubble, type Rect } from '../../../electron/exports/pptx/labelPlacement'
import { fitLine, fitText, textWidth, wrapText } from '../../../electron/exports/pptx/textFit'

describe('text widths (Arial metrics)', () => {
  it('adds the advance widths of the characters, with a little slack', () => {
    // H 722 + e 556 + l 222 + l 222 + o 556 = 2,278 thousandths of an em; 10 pt = 10/72 in; slack 6%.
    expect(textWidth('Hello', 10)).toBeCloseTo((2.278 * 10 * 1.06) / 72, 10)
    // Bold "W" is 944, like regular; bold "a" is 556, bold "b" 611.
    expect(textWidth('ab', 10, true)).toBeCloseTo((1.167 * 10 * 1.06) / 72, 10)
    expect(textWidth('漢字', 12)).toBeCloseTo((2 * 12 * 1.06) / 72, 10)
  })
  it('wraps at spaces, keeps line breaks and breaks a word too long for a line', () => {
    const w = textWidth('Strategic importance', 10) + 0.001
    expect(wrapText('Strategic importance of the portfolio', w, 10)).toEqual([
      'Strategic importance',
      'of the portfolio',
    ])
    expect(wrapText('a\nb', 1, 10)).toEqual(['a', 'b'])
    const pieces = wrapText('x'.repeat(100), 1, 10)
    expect(pieces.length).toBeGreaterThan(1)
    for (const p of pieces) expect(textWidth(p, 10)).toBeLessThanOrEqual(1)
  })
  it('cuts to the lines allowed with an ellipsis that still fits', () => {
    const text = 'one two three four five six seven eight nine ten eleven twelve'
    const fitted = fitText(text, 1, 10, 2)
    expect(fitted.cut).toBe(true)
    expect(fitted.lines).toBe(2)
    expect(fitted.text.endsWith('…')).toBe(true)
    expect(wrapText(fitted.text, 1, 10)).toHaveLength(2)
    expect(fitText('short', 1, 10, 2)).toEqual({ text: 'short', lines: 1, cut: false })
    expect(
      textWidth(fitLine('Integration, platform, data, evaluation and compliance costs', 2, 11), 11),
    ).toBeLessThanOrEqual(2)
  })
})

describe('value axes', () => {
  it('picks round steps of 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceStep(60_000_000, 6)).toBe(10_000_000)
    expect(niceStep(17, 6)).toBe(5)
    expect(niceStep(0.05, 5)).toBe(0.01)
    expect(niceStep(2.4, 6)).toBe(0.5)
    expect(decimalsOf(2.5)).toBe(1)
    expect(decimalsOf(0.25)).toBe(2)
    expect(decimalsOf(5_000_000)).toBe(0)
  })
  it('covers every value and zero, and starts at zero when nothing is negative', () => {
    expect(niceScale([6.3e6, 5.3e6, 5.5e6])).toEqual({ min: 0, max: 8e6, step: 2e6 })
    expect(niceScale([-1.8e6, 11.4e6], 6)).toEqual({ min: -2.5e6, max: 12.5e6, step: 2.5e6 })
    expect(niceScale([])).toEqual({ min: 0, max: 1, step: 1 })
  })
  it('writes money ticks in short form with Office format codes ($10M, $2.5M, $500K, $0.02)', () => {
    expect(moneyFormatCode(10e6, 60e6, 'USD')).toBe('"$"#,##0,,"M";"−$"#,##0,,"M";"$"0')
    expect(moneyFormatCode(2.5e6, 10e6, 'USD')).toBe('"$"#,##0.0,,"M";"−$"#,##0.0,,"M";"$"0')
    expect(moneyFormatCode(100e3, 500e3, 'EUR')).toBe('"€"#,##0,"K";"−€"#,##0,"K";"€"0')
    expect(moneyFormatCode(2e9, 8e9, 'GBP')).toBe('"£"#,##0,,,"B";"−£"#,##0,,,"B";"£"0')
    expect(moneyFormatCode(0.01, 0.05, 'USD')).toBe('"$"#,##0.00;"−$"#,##0.00;"$"0')
    expect(moneyAxis([0.94, 0.3], 'USD').formatCode).toBe('"$"#,##0.0;"−$"#,##0.0;"$"0')
  })
})

describe('label placement', () => {
  const plot: Rect = { x: 0, y: 0, w: 8, h: 5 }
  const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
  const touches = (box: Rect, b: Bubble) => {
    const nx = Math.min(Math.max(b.cx, box.x), box.x + box.w)
    const ny = Math.min(Math.max(b.cy, box.y), box.y + box.h)
    return (nx - b.cx) ** 2 + (ny - b.cy) ** 2 < b.r ** 2
  }

  it('puts a lone label to the right of its bubble', () => {
    const spots = placeLabels([{ id: 'a', cx: 2, cy: 2, r: 0.2 }], [{ id: 'a', w: 1, h: 0.2 }], plot, [])
    expect(spots?.[0]?.box.x).toBeCloseTo(2.26, 10)
    expect(spots?.[0]?.box.y).toBeCloseTo(1.9, 10)
    expect(spots?.[0]?.leader).toBe(false)
  })

  it('never overlaps another label, a bubble or an obstacle, and stays inside the plot', () => {
    let placed = 0
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            cx: fc.double({ min: 0.3, max: 7.7, noNaN: true }),
            cy: fc.double({ min: 0.3, max: 4.7, noNaN: true }),
            r: fc.double({ min: 0.05, max: 0.3, noNaN: true }),
            w: fc.double({ min: 0.15, max: 1.6, noNaN: true }),
          }),
          { minLength: 1, maxLength: 40 },
        ),
        (items) => {
          const bubbles = items.map((b, i) => ({ id: String(i), cx: b.cx, cy: b.cy, r: b.r }))
          const obstacle: Rect = { x: 0, y: 0, w: 1.2, h: 0.25 }
          const spots = placeLabels(
            bubbles,
            items.map((b, i) => ({ id: String(i), w: b.w, h: 0.19 })),
            plot,
            [obstacle],
          )
          if (!spots) return
          placed += 1
          expect(spots).toHaveLength(items.length)
          spots.forEach((s, i) => {
            expect(s.box.x).toBeGreaterThanOrEqual(plot.x)
            expect(s.box.y).toBeGreaterThanOrEqual(plot.y)
            expect(s.box.x + s.box.w).toBeLessThanOrEqual(plot.x + plot.w)
            expect(s.box.y + s.box.h).toBeLessThanOrEqual(plot.y + plot.h)
            expect(overlaps(s.box, obstacle)).toBe(false)
            for (const b of bubbles) expect(touches(s.box, b)).toBe(false)
            for (const t of spots.slice(i + 1)) expect(overlaps(s.box, t.box)).toBe(false)
          })
        },
      ),
      { numRuns: 200 },
    )
    // Most random plots are placeable: the property is not met by giving up.
    expect(placed).toBeGreaterThan(150)
  })

  it('says so when a label cannot be placed', () => {
    expect(placeLabels([{ id: 'a', cx: 1, cy: 1, r: 0.2 }], [{ id: 'a', w: 9, h: 0.2 }], plot, [])).toBeNull()
  })
})
