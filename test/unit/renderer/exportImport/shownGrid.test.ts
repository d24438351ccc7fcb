// @vitest-environment jsdom
/**
 * A real AG Grid (in jsdom) read back "as shown": sorted, filtered, its displayed columns in order,
 * numbers kept as numbers and other cells as the text the grid formats.
 */
import { AllCommunityModule, createGrid, ModuleRegistry, type GridApi } from 'ag-grid-community'
import { afterEach, describe, expect, it } from 'vitest'
import { shownGrid } from '../../../../renderer/src/features/exportImport/shownGrid'

ModuleRegistry.registerModules([AllCommunityModule])

interface Price {
  model: string
  input: number
  asOf: string | null
}

let api: GridApi<Price> | null = null
afterEach(() => {
  api?.destroy()
  api = null
})

function grid(): GridApi<Price> {
  const host = document.createElement('div')
  document.body.appendChild(host)
  api = createGrid<Price>(host, {
    columnDefs: [
      { field: 'model', headerName: 'Model' },
      { field: 'input', headerName: 'Input $/M tokens', sort: 'desc' },
      { field: 'asOf', headerName: 'As of', valueFormatter: (p) => (p.value ? `on ${String(p.value)}` : '') },
      { field: 'model', colId: 'hidden', headerName: 'Hidden', hide: true },
    ],
    rowData: [
      { model: 'Small', input: 0.15, asOf: '2026-06-01' },
      { model: '=cmd|calc', input: 2.5, asOf: null },
      { model: 'Large', input: 10, asOf: '2026-05-01' },
    ],
  })
  return api
}

describe('any grid as shown', () => {
  it('takes the displayed columns and the sorted rows; numbers stay numbers, text is formatted', () => {
    const table = shownGrid(grid())
    expect(table.columns).toEqual(['Model', 'Input $/M tokens', 'As of'])
    expect(table.rows).toEqual([
      ['Large', 10, 'on 2026-05-01'],
      ['=cmd|calc', 2.5, null],
      ['Small', 0.15, 'on 2026-06-01'],
    ])
  })

  it('follows the quick filter', () => {
    const g = grid()
    g.setGridOption('quickFilterText', 'large')
    expect(shownGrid(g).rows).toEqual([['Large', 10, 'on 2026-05-01']])
  })
})
