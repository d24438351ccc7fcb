import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import type { MatrixPoint } from '../../../../shared/decisions'
import type { Initiative } from '../../../../shared/model'
import type { MatrixThresholds } from '../../../../shared/model/strategy'
import { EChart } from '../../charts/EChart'
import type { echarts } from '../../charts/echartsCore'
import { useColorScheme } from '../../charts/useColorScheme'
import { useAppStore } from '../../store'
import { matrixOption, type ColourBy } from './matrixOption'
import type { Move } from './matrixRuns'
import type { RuleParameter } from './scoringEdits'
import { attachThresholdDrag } from './thresholdDrag'

export interface MatrixChartProps {
  points: readonly MatrixPoint[]
  baseline: readonly MatrixPoint[] | null
  moves: readonly Move[] | null
  initiatives: readonly Initiative[]
  thresholds: MatrixThresholds
  colourBy: ColourBy
  currency: string
  startMonth: string
  actions: React.ReactNode
  /** Saves a threshold dragged on the chart. */
  onThreshold: (parameter: RuleParameter, value: number) => void
}

const HEIGHT = 520
/** Horizontal padding and border of the chart card around the canvas (charts.css). */
const CARD_PADDING = 30

/** The bubble chart; a click on a bubble opens that initiative. */
export function MatrixChart({
  points,
  baseline,
  moves,
  initiatives,
  thresholds,
  colourBy,
  currency,
  startMonth,
  actions,
  onThreshold,
}: MatrixChartProps) {
  const navigate = useAppStore((s) => s.navigate)
  const scheme = useColorScheme()
  const wrapRef = useRef<HTMLDivElement>(null)
  // The card's inner width decides which name labels fit; followed as the window resizes.
  const [width, setWidth] = useState(600)
  useEffect(() => {
    const el = wrapRef.current
    if (!el || typeof ResizeObserver !== 'function') return
    const observer = new ResizeObserver(() => setWidth(Math.max(200, el.clientWidth - CARD_PADDING)))
    observer.observe(el)
    return () => observer.disconnect()
  }, [])
  const chart = useMemo(
    () =>
      matrixOption({
        points,
        initiatives,
        thresholds,
        colourBy,
        currency,
        startMonth,
        moves,
        baselineById: baseline ? new Map(baseline.map((p) => [p.id, p])) : null,
        scheme,
        width,
        height: HEIGHT,
      }),
    [points, initiatives, thresholds, colourBy, currency, startMonth, moves, baseline, scheme, width],
  )
  const onReady = useCallback(
    (instance: echarts.ECharts) => {
      instance.off('click')
      instance.on('click', (params) => {
        const p = chart.pointAt(params.seriesIndex ?? -1, params.dataIndex)
        if (p) navigate('initiative', p.id)
      })
      attachThresholdDrag(instance, thresholds, onThreshold)
    },
    [chart, navigate, thresholds, onThreshold],
  )
  return (
    <div ref={wrapRef} className="matrix-chart" data-testid="matrix-chart" data-arrows={moves?.length ?? 0}>
      <EChart
        title="Decision matrix"
        option={chart.option}
        height={HEIGHT}
        onReady={onReady}
        footer="Drag a dashed line to move its threshold; hover a bubble for its figures, click it to open the initiative."
        actions={actions}
      />
    </div>
  )
}
