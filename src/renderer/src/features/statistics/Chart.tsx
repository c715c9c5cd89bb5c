// One ECharts chart in a div. Canvas rendering and rich-text tooltips: neither writes style
// attributes or inline HTML, so the app's CSP (no 'unsafe-inline') holds. Only the chart types and
// components used here are registered, so the bundle carries no more of ECharts than it needs.
import { BarChart, LineChart, PieChart } from 'echarts/charts'
import {
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent
} from 'echarts/components'
import * as echarts from 'echarts/core'
import type { EChartsCoreOption } from 'echarts/core'
import { CanvasRenderer } from 'echarts/renderers'
import { useEffect, useRef } from 'react'

echarts.use([
  BarChart,
  LineChart,
  PieChart,
  GridComponent,
  LegendComponent,
  TitleComponent,
  TooltipComponent,
  CanvasRenderer
])

type Props = {
  option: EChartsCoreOption
  /** Called with the clicked data item's index and series index (drill-down). */
  onPick?: (dataIndex: number, seriesIndex: number) => void
  label: string
  testId: string
}

export function Chart({ option, onPick, label, testId }: Props) {
  const ref = useRef<HTMLDivElement>(null)
  const chart = useRef<echarts.ECharts | null>(null)
  const pick = useRef(onPick)
  pick.current = onPick

  useEffect(() => {
    const el = ref.current
    if (!el) return
    const c = echarts.init(el, undefined, { renderer: 'canvas' })
    chart.current = c
    c.on('click', (p) => {
      const e = p as { dataIndex?: number; seriesIndex?: number }
      if (typeof e.dataIndex === 'number') pick.current?.(e.dataIndex, e.seriesIndex ?? 0)
    })
    const resize = () => c.resize()
    window.addEventListener('resize', resize)
    return () => {
      window.removeEventListener('resize', resize)
      c.dispose()
      chart.current = null
    }
  }, [])

  useEffect(() => {
    chart.current?.setOption(
      { tooltip: { renderMode: 'richText' }, animation: false, ...option },
      true
    )
  }, [option])

  return <div ref={ref} className="chart" role="img" aria-label={label} data-testid={testId} />
}
