import { ScatterChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import { CanvasRenderer } from 'echarts/renderers';
import ReactEChartsCore from 'echarts-for-react/esm/core';
import { useMemo } from 'react';
import { useT } from '../../../app/i18n';
import { BASE_KINDS, type TBaseKind } from './api';
import { KIND_COLOR, kindLabel } from './labels';

echarts.use([ScatterChart, GridComponent, TooltipComponent, LegendComponent, CanvasRenderer]);

/** What a marker needs (the console's bases and the portal's public ones both have it). */
export interface TMapPoint {
  id: number;
  name: string;
  kind: TBaseKind;
  lng: number | null;
  lat: number | null;
  districtName: string | null;
  address: string | null;
}

/** The box the chart shows: 南通 and a margin (the server keeps every base inside 120–122 / 31.5–32.8). */
export const MAP_BOX = { lngMin: 120.2, lngMax: 122.0, latMin: 31.6, latMax: 32.8 } as const;

/**
 * The bases as point markers on plain longitude/latitude axes (no map tiles): one series per kind in
 * its colour, the district names at the centre of their bases, a tooltip, a click opens the base.
 */
export function BaseMapChart({ points, onOpen, height = 520 }: { points: TMapPoint[]; onOpen?: (id: number) => void; height?: number }) {
  const t = useT();
  const option = useMemo(() => {
    const placed = points.filter((p) => p.lng != null && p.lat != null);
    const centres = new Map<string, { lng: number; lat: number; n: number }>();
    for (const p of placed) {
      if (!p.districtName) continue;
      const c = centres.get(p.districtName) ?? { lng: 0, lat: 0, n: 0 };
      centres.set(p.districtName, { lng: c.lng + p.lng!, lat: c.lat + p.lat!, n: c.n + 1 });
    }
    const kinds = BASE_KINDS.filter((k) => placed.some((p) => p.kind === k));
    return {
      animation: false,
      grid: { left: 56, right: 48, top: 36, bottom: 64 },
      legend: { bottom: 4, data: kinds.map((k) => kindLabel(t, k)) },
      tooltip: {
        trigger: 'item',
        formatter: (p: { seriesId?: string; data: [number, number, string, number, string, string] }) =>
          p.seriesId === 'districts' ? p.data[2] : `<b>${escapeHtml(p.data[2])}</b><br/>${escapeHtml(p.data[4])}${p.data[5] ? `<br/>${escapeHtml(p.data[5])}` : ''}`,
      },
      xAxis: { type: 'value', name: t('base.map.lngAxis'), min: MAP_BOX.lngMin, max: MAP_BOX.lngMax, interval: 0.2, splitLine: { lineStyle: { type: 'dashed' } } },
      yAxis: { type: 'value', name: t('base.map.latAxis'), min: MAP_BOX.latMin, max: MAP_BOX.latMax, interval: 0.2, splitLine: { lineStyle: { type: 'dashed' } } },
      series: [
        ...kinds.map((k) => ({
          id: k,
          name: kindLabel(t, k),
          type: 'scatter',
          symbolSize: k === 'demo_county' ? 16 : 9,
          itemStyle: { color: KIND_COLOR[k], opacity: 0.85 },
          data: placed
            .filter((p) => p.kind === k)
            .map((p) => [p.lng, p.lat, p.name, p.id, `${kindLabel(t, p.kind)}${p.districtName ? ` · ${p.districtName}` : ''}`, p.address ?? '']),
        })),
        {
          id: 'districts',
          name: 'districts',
          type: 'scatter',
          symbolSize: 0,
          silent: true,
          z: 10,
          label: { show: true, formatter: '{@[2]}', color: '#434343', fontSize: 14, fontWeight: 'bold', textBorderColor: '#fff', textBorderWidth: 3 },
          data: [...centres].map(([name, c]) => [c.lng / c.n, c.lat / c.n + 0.05, name.replace(/科学技术协会$|科协$/, '')]),
        },
      ],
    };
  }, [points, t]);

  return (
    <div role="img" aria-label={t('base.map.chartLabel')}>
      <ReactEChartsCore
        echarts={echarts}
        option={option}
        notMerge
        style={{ height, width: '100%' }}
        onEvents={{
          click: (p: { seriesId?: string; data?: unknown[] }) => {
            if (p.seriesId !== 'districts' && typeof p.data?.[3] === 'number') onOpen?.(p.data[3]);
          },
        }}
      />
    </div>
  );
}

function escapeHtml(s: string) {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}
