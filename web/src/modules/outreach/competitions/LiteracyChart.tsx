import { LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';

// Only the parts this chart uses: a line chart on a grid with tooltip and legend, drawn on canvas.
echarts.use([LineChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

export interface TLiteracySeries {
  name: string;
  /** One value per year, null where the area has no record. */
  values: Array<number | null>;
  highlight?: boolean;
}

/** 公民科学素质比例 over the years: one line per area, the city's drawn thicker. */
export function LiteracyChart({ years, series, ariaLabel }: { years: number[]; series: TLiteracySeries[]; ariaLabel: string }) {
  const option = {
    tooltip: { trigger: 'axis', valueFormatter: (v: number | null) => (v == null ? '—' : `${v}%`), axisPointer: { type: 'line' } },
    legend: { top: 0, type: 'scroll' },
    grid: { left: 40, right: 24, top: 40, bottom: 30 },
    // years on a value axis: a gap (2015 → 2021) is drawn as the gap it is
    xAxis: { type: 'value', min: years[0], max: years[years.length - 1], interval: 1, axisLabel: { formatter: (v: number) => String(v) } },
    yAxis: { type: 'value', axisLabel: { formatter: '{value}%' }, scale: true },
    series: series.map((s) => ({
      name: s.name,
      type: 'line',
      data: years.map((y, i) => [y, s.values[i]]),
      connectNulls: true,
      symbolSize: s.highlight ? 8 : 5,
      lineStyle: { width: s.highlight ? 4 : 2 },
      z: s.highlight ? 3 : 2,
    })),
  };
  return (
    <div role="img" aria-label={ariaLabel}>
      <ReactEChartsCore echarts={echarts} option={option} notMerge style={{ height: 320 }} />
    </div>
  );
}
