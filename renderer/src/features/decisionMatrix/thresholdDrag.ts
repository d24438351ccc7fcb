import type { MatrixThresholds } from '../../../../shared/model/strategy'
import type { echarts } from '../../charts/echartsCore'
import { GRID, X_RANGE, Y_RANGE } from './matrixOption'
import type { RuleParameter } from './scoringEdits'

/** Width in pixels of the invisible strip over a threshold line that takes the drag. */
const HANDLE = 10

/** A dragged threshold as saved: a whole score point within its axis. */
export function draggedValue(value: number, axis: 'x' | 'y'): number {
  const [lo, hi] = axis === 'x' ? X_RANGE : Y_RANGE
  return Math.min(hi, Math.max(lo, Math.round(value)))
}

/**
 * Invisible handles over the two threshold lines, so they can be dragged as well as typed in the
 * rules. A handle moves along its axis only; on release the new value is saved (one undo step).
 * Placed again after every render, since a resize moves the lines in pixels.
 */
export function attachThresholdDrag(
  chart: echarts.ECharts,
  thresholds: MatrixThresholds,
  onMove: (parameter: RuleParameter, value: number) => void,
): void {
  let placed = ''
  const place = () => {
    const top = GRID.top
    const left = GRID.left
    const width = chart.getWidth() - GRID.left - GRID.right
    const height = chart.getHeight() - GRID.top - GRID.bottom
    const at = chart.convertToPixel({ gridIndex: 0 }, [thresholds.scaleEconomics, thresholds.strategic]) as number[]
    const [px, py] = [at[0] ?? left, at[1] ?? top]
    const key = [px, py, width, height].map((n) => Math.round(n)).join(',')
    // Placing re-renders, which would place again: only when the lines moved on screen.
    if (key === placed) return
    placed = key
    chart.setOption({
      graphic: [
        {
          type: 'rect',
          id: 'threshold-x',
          x: px,
          y: top,
          shape: { x: -HANDLE / 2, y: 0, width: HANDLE, height },
          style: { fill: 'transparent' },
          cursor: 'ew-resize',
          draggable: 'horizontal',
          z: 100,
          ondragend: (e: { target: { x: number } }) => {
            const [x] = chart.convertFromPixel({ gridIndex: 0 }, [e.target.x, top]) as number[]
            placed = ''
            onMove('thresholds.scaleEconomics', draggedValue(x ?? thresholds.scaleEconomics, 'x'))
          },
        },
        {
          type: 'rect',
          id: 'threshold-y',
          x: left,
          y: py,
          shape: { x: 0, y: -HANDLE / 2, width, height: HANDLE },
          style: { fill: 'transparent' },
          cursor: 'ns-resize',
          draggable: 'vertical',
          z: 100,
          ondragend: (e: { target: { y: number } }) => {
            const [, y] = chart.convertFromPixel({ gridIndex: 0 }, [left, e.target.y]) as number[]
            placed = ''
            onMove('thresholds.strategic', draggedValue(y ?? thresholds.strategic, 'y'))
          },
        },
      ],
    })
  }
  chart.off('finished')
  chart.on('finished', place)
  place()
}
