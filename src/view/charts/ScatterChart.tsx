import { Delaunay } from 'd3-delaunay';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { memo, useMemo, useRef, type KeyboardEvent } from 'react';
import { BIVARIATE_COLOURS } from '../../domain/classify/bivariate.ts';
import { formatValue, type Unit } from '../../domain/format.ts';
import type { AreaKey } from '../../domain/ids.ts';
import type { Model } from '../../data/model.ts';
import { useI18n } from '../../i18n/context.tsx';
import type { Choropleth } from '../choropleth.ts';
import { correlationText, type ScatterData, type ScatterPoint } from '../scatter.ts';
import { areaName, cellText, indicatorWithYear } from '../text.ts';
import { CITY_COLOUR } from './data.ts';
import { tickDecimals } from './DotChart.tsx';

export const SCATTER_WIDTH = 640;
export const SCATTER_HEIGHT = 460;
const M = { left: 66, right: 22, top: 36, bottom: 52 };
/** How near (in plot units) the pointer must be to a point to hover it. */
const HOVER_RADIUS = 22;

type Scale = ScaleLinear<number, number>;

const FONT = '"Noto Sans", system-ui, sans-serif';
/**
 * The plot's ink as SVG presentation attributes, not CSS: an exported image (scatterPng.ts) is
 * the same SVG serialised, and carries its look with it.
 */
const INK = {
  grid: { stroke: '#e4e4e4', strokeWidth: 1 },
  axis: { stroke: '#595959', strokeWidth: 1 },
  tick: { fill: '#333', fontSize: 11 },
  title: { fill: '#1a1a1a', fontSize: 12.5, fontWeight: 600 },
  label: {
    fill: '#111',
    fontSize: 12,
    stroke: '#fff',
    strokeWidth: 3,
    strokeLinejoin: 'round' as const,
    paintOrder: 'stroke',
  },
  guide: { stroke: '#6b6b6b', strokeWidth: 1, strokeDasharray: '4 3' },
  line: { stroke: '#1a1a1a', strokeWidth: 1.8 },
  selected: { fill: 'none', stroke: '#000', strokeWidth: 2.5 },
  hover: { fill: 'none', stroke: '#005ea8', strokeWidth: 2.5 },
  tip: { fill: '#fff', stroke: '#595959', strokeWidth: 1 },
};

/** The point radius by how many there are: legible for the Ortsteile, a cloud for thousands. */
export const pointRadius = (n: number) => (n <= 60 ? 6 : n <= 600 ? 4 : n <= 3000 ? 2.5 : 1.6);

/** One SVG path of small circles (one element per colour, however many points). */
function circles(points: readonly ScatterPoint[], x: Scale, y: Scale, r: number): string {
  let d = '';
  for (const p of points) {
    const cx = x(p.x);
    const cy = y(p.y);
    d += `M${(cx - r).toFixed(1)},${cy.toFixed(1)}a${r},${r} 0 1,0 ${2 * r},0a${r},${r} 0 1,0 ${-2 * r},0`;
  }
  return d;
}

export interface ScatterScales {
  x: Scale;
  y: Scale;
}

/** The plot's scales, padded and rounded to nice ticks. */
export function scatterScales(
  data: ScatterData,
  width = SCATTER_WIDTH,
  height = SCATTER_HEIGHT,
): ScatterScales {
  const pad = ([lo, hi]: [number, number]): [number, number] => {
    const d = (hi - lo) * 0.04;
    return [lo - d, hi + d];
  };
  return {
    x: scaleLinear()
      .domain(pad(data.xDomain))
      .nice()
      .range([M.left, width - M.right]),
    y: scaleLinear()
      .domain(pad(data.yDomain))
      .nice()
      .range([height - M.bottom, M.top]),
  };
}

/** The points, drawn once per data: hovering never re-renders them (11,000 points stay fast). */
const Points = memo(function Points(props: { data: ScatterData; s: ScatterScales; r: number }) {
  const byCell = useMemo(() => {
    const groups = BIVARIATE_COLOURS.map(() => [] as ScatterPoint[]);
    for (const p of props.data.points) groups[p.cell]?.push(p);
    return groups;
  }, [props.data]);
  return (
    <g className="scatter-points" data-testid="streuung-punkte">
      {byCell.map((list, cell) =>
        list.length ? (
          <path
            key={cell}
            d={circles(list, props.s.x, props.s.y, props.r)}
            fill={BIVARIATE_COLOURS[cell]}
            stroke="#3a3a3a"
            strokeWidth={props.r > 2 ? 0.8 : 0.4}
            data-class={cell}
            data-count={list.length}
          />
        ) : null,
      )}
    </g>
  );
});

function Axes(props: { s: ScatterScales; xUnit: Unit; yUnit: Unit; xTitle: string; yTitle: string }) {
  const { lang } = useI18n();
  const { x, y } = props.s;
  const xt = x.ticks(6);
  const yt = y.ticks(6);
  const fx = (v: number) => formatValue(lang, v, props.xUnit, tickDecimals(xt, props.xUnit));
  const fy = (v: number) => formatValue(lang, v, props.yUnit, tickDecimals(yt, props.yUnit));
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  return (
    <g className="scatter-axes" aria-hidden="true">
      {xt.map((v) => (
        <g key={`x${v}`}>
          <line x1={x(v)} x2={x(v)} y1={y0} y2={y1} {...INK.grid} />
          <text x={x(v)} y={y0 + 16} textAnchor="middle" {...INK.tick}>
            {fx(v)}
          </text>
        </g>
      ))}
      {yt.map((v) => (
        <g key={`y${v}`}>
          <line x1={x0} x2={x1} y1={y(v)} y2={y(v)} {...INK.grid} />
          <text x={x0 - 6} y={y(v) + 4} textAnchor="end" {...INK.tick}>
            {fx === fy ? fx(v) : fy(v)}
          </text>
        </g>
      ))}
      <line x1={x0} x2={x1} y1={y0} y2={y0} {...INK.axis} />
      <line x1={x0} x2={x0} y1={y0} y2={y1} {...INK.axis} />
      <text x={x1} y={y0 + 38} textAnchor="end" {...INK.title}>
        {props.xTitle} →
      </text>
      <text x={8} y={16} {...INK.title}>
        ↑ {props.yTitle}
      </text>
    </g>
  );
}

/** A text with a light halo, readable over points and lines. */
const Label = (p: { x: number; y: number; text: string; anchor?: 'start' | 'end'; bold?: boolean }) => (
  <text x={p.x} y={p.y} textAnchor={p.anchor ?? 'start'} {...INK.label} fontWeight={p.bold ? 700 : 400}>
    {p.text}
  </text>
);

/**
 * The scatter plot of a demand × supply choropleth: every area of the level as a point coloured
 * by its map cell, the territory's point, the tercile bounds of the map dashed, the critical cell
 * hatched, the regression line with r, labels for the outliers. Linked both ways: `hovered` and
 * `selected` come from the map and the table, the plot reports the pointer and the keyboard.
 */
export function ScatterChart(props: {
  model: Model;
  ch: Choropleth;
  data: ScatterData;
  regression: boolean;
  hovered: AreaKey | null;
  selected: AreaKey | null;
  onHover?: (key: AreaKey | null) => void;
  onFocusPoint?: (key: AreaKey) => void;
  onSelect?: (key: AreaKey | null) => void;
  /** Static copies (slides, images): no keyboard or pointer, no tab stop. */
  still?: boolean;
  describedBy?: string;
  levelName: string;
  /**
   * The drawing's size in CSS pixels (the view box): the live plot is drawn at the size it is
   * shown, so its text keeps its size on a phone and on a wall screen; default 640 × 460.
   */
  width?: number;
  height?: number;
}) {
  const { lang, t } = useI18n();
  const { model, ch, data } = props;
  const b = ch.bivariate!;
  const W = props.width ?? SCATTER_WIDTH;
  const H = props.height ?? SCATTER_HEIGHT;
  const s = useMemo(() => scatterScales(data, W, H), [data, W, H]);
  const r = pointRadius(data.points.length);
  const svgRef = useRef<SVGSVGElement>(null);
  const index = useMemo(() => new Map(data.points.map((p, i) => [p.key, i])), [data]);
  const delaunay = useMemo(
    () =>
      Delaunay.from(
        data.points,
        (p) => s.x(p.x),
        (p) => s.y(p.y),
      ),
    [data, s],
  );
  // Keyboard orders: by x (then y) for left/right, by y (then x) for up/down.
  const orders = useMemo(() => {
    const ids = data.points.map((_, i) => i);
    const byX = [...ids].sort(
      (a, b2) => data.points[a]!.x - data.points[b2]!.x || data.points[a]!.y - data.points[b2]!.y,
    );
    const byY = [...ids].sort(
      (a, b2) => data.points[a]!.y - data.points[b2]!.y || data.points[a]!.x - data.points[b2]!.x,
    );
    const rank = (order: number[]) => {
      const out = new Array<number>(order.length);
      order.forEach((p, i) => (out[p] = i));
      return out;
    };
    return { byX, byY, rankX: rank(byX), rankY: rank(byY) };
  }, [data]);
  const [xr0, xr1] = s.x.range() as [number, number];
  const [yr0, yr1] = s.y.range() as [number, number];
  const clamp = (v: number, lo: number, hi: number) =>
    Math.max(Math.min(lo, hi), Math.min(Math.max(lo, hi), v));

  const toPlot = (e: { clientX: number; clientY: number }): [number, number] | null => {
    const svg = svgRef.current;
    const m = svg?.getScreenCTM();
    if (!svg || !m) return null;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m.inverse());
    return [p.x, p.y];
  };
  const nearest = (e: { clientX: number; clientY: number }): AreaKey | null => {
    const at = toPlot(e);
    if (!at || data.points.length === 0) return null;
    const i = delaunay.find(at[0], at[1]);
    const p = data.points[i];
    if (!p) return null;
    return Math.hypot(s.x(p.x) - at[0], s.y(p.y) - at[1]) <= HOVER_RADIUS ? p.key : null;
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (data.points.length === 0) return;
    const current = props.hovered !== null ? index.get(props.hovered) : undefined;
    const start = current ?? (props.selected !== null ? index.get(props.selected) : undefined);
    const move = (order: number[], rank: number[], step: number) => {
      const at = start === undefined ? (step > 0 ? -1 : order.length) : rank[start]!;
      return order[clamp(at + step, 0, order.length - 1)]!;
    };
    let next: number | undefined;
    if (e.key === 'ArrowRight') next = move(orders.byX, orders.rankX, 1);
    else if (e.key === 'ArrowLeft') next = move(orders.byX, orders.rankX, -1);
    else if (e.key === 'ArrowUp') next = move(orders.byY, orders.rankY, 1);
    else if (e.key === 'ArrowDown') next = move(orders.byY, orders.rankY, -1);
    else if (e.key === 'Home') next = orders.byX[0];
    else if (e.key === 'End') next = orders.byX.at(-1);
    else if ((e.key === 'Enter' || e.key === ' ') && start !== undefined) {
      e.preventDefault();
      const key = data.points[start]!.key;
      props.onSelect?.(key === props.selected ? null : key);
      return;
    } else if (e.key === 'Escape') {
      props.onHover?.(null);
      return;
    } else return;
    e.preventDefault();
    if (next !== undefined) props.onFocusPoint?.(data.points[next]!.key);
  };

  const xTitle = indicatorWithYear(ch.indicator, ch.year, lang, t);
  const yTitle = indicatorWithYear(b.y, ch.year, lang, t);
  const name = (k: AreaKey) => areaName(model, k, lang);
  const at = (k: AreaKey) => data.points[index.get(k)!]!;
  const labelFor = (k: AreaKey, bold = false) => {
    const p = at(k);
    const px = s.x(p.x);
    const right = px > (xr0 + xr1) / 2;
    return (
      <Label
        key={`l${k}`}
        x={px + (right ? -(r + 4) : r + 4)}
        y={s.y(p.y) - r - 2}
        anchor={right ? 'end' : 'start'}
        text={name(k)}
        bold={bold}
      />
    );
  };
  // The regression line over the plotted x range, clipped to the plot.
  const fit = data.fit;
  const line =
    props.regression && fit
      ? (() => {
          const [d0, d1] = s.x.domain() as [number, number];
          return {
            x1: s.x(d0),
            y1: s.y(fit.intercept + fit.slope * d0),
            x2: s.x(d1),
            y2: s.y(fit.intercept + fit.slope * d1),
          };
        })()
      : null;
  // The map's tercile bounds, and the critical cell's third of each axis (by the polarities).
  const gx = b.breaks.x.filter((v): v is number => v !== undefined).map((v) => clamp(s.x(v), xr0, xr1));
  const gy = b.breaks.y.filter((v): v is number => v !== undefined).map((v) => clamp(s.y(v), yr0, yr1));
  const third = (bounds: readonly number[], i: number, lo: number, hi: number): [number, number] | null => {
    if (bounds.length < 2) return null;
    return i === 0 ? [lo, bounds[0]!] : i === 1 ? [bounds[0]!, bounds[1]!] : [bounds[1]!, hi];
  };
  const cx = third(gx, b.critical % 3, xr0, xr1);
  const cy = third(gy, Math.floor(b.critical / 3), yr0, yr1);
  const critical =
    cx && cy
      ? {
          x: Math.min(...cx),
          w: Math.abs(cx[1] - cx[0]),
          y: Math.min(...cy),
          h: Math.abs(cy[1] - cy[0]),
          top: cy[1] === yr1,
        }
      : null;
  const hovered = props.hovered !== null && index.has(props.hovered) ? at(props.hovered) : null;
  const selected = props.selected !== null && index.has(props.selected) ? at(props.selected) : null;
  const clipId = `scatter-clip-${props.still ? 'still' : 'live'}`;
  const hatchId = `scatter-hatch-${props.still ? 'still' : 'live'}`;
  const tip = hovered
    ? (() => {
        const px = s.x(hovered.x);
        const py = s.y(hovered.y);
        const lines = [
          name(hovered.key),
          cellText(ch.cells.get(hovered.key), ch.indicator, lang, t),
          cellText(b.yCells.get(hovered.key), b.y, lang, t),
        ];
        const w = Math.max(...lines.map((l) => l.length)) * 6.6 + 16;
        const h = 56;
        const left = px + w + 14 > xr1 ? px - w - 10 : px + 10;
        const top = clamp(py - h - 8, yr1, yr0 - h);
        return { left, top, w, h, lines };
      })()
    : null;

  const box = `0 0 ${W} ${H}`;
  const selectedLabel = selected && !data.outliers.includes(selected.key) && selected.key !== props.hovered;
  return (
    <div
      className="scatter-stack"
      role={props.still ? 'img' : 'application'}
      aria-roledescription={t('scatter.roledesc')}
      aria-label={t('scatter.label', {
        level: props.levelName,
        x: xTitle,
        y: yTitle,
        year: ch.year,
      })}
      {...(props.describedBy ? { 'aria-describedby': props.describedBy } : {})}
      tabIndex={props.still ? undefined : 0}
      onKeyDown={props.still ? undefined : onKeyDown}
      data-testid="streuung"
      data-r={fit ? fit.r.toFixed(4) : ''}
    >
      {/* The drawing that does not change with the pointer, on its own layer: a hover repaints
          only the overlay above it, however many points there are. */}
      <svg
        className="scatter-chart"
        fontFamily={FONT}
        viewBox={box}
        aria-hidden="true"
        data-testid="streuung-bild"
      >
        <defs>
          <clipPath id={clipId}>
            <rect x={xr0} y={yr1} width={xr1 - xr0} height={yr0 - yr1} />
          </clipPath>
          <pattern
            id={hatchId}
            width="8"
            height="8"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <line x1="0" y1="0" x2="0" y2="8" stroke="#b03a2e" strokeWidth="1" strokeOpacity="0.35" />
          </pattern>
        </defs>
        <rect x={0} y={0} width={W} height={H} fill="#fff" />
        {critical && critical.w > 0 && critical.h > 0 && (
          <g data-testid="streuung-kritisch" data-cell={b.critical + 1}>
            <rect
              x={critical.x}
              y={critical.y}
              width={critical.w}
              height={critical.h}
              fill={`url(#${hatchId})`}
            />
            <Label
              x={b.critical % 3 === 0 ? critical.x + 4 : critical.x + critical.w - 4}
              y={critical.top ? critical.y + 14 : critical.y + critical.h - 6}
              anchor={b.critical % 3 === 0 ? 'start' : 'end'}
              text={t('scatter.criticalZone', { n: b.critical + 1 })}
            />
          </g>
        )}
        <Axes s={s} xUnit={ch.indicator.einheit} yUnit={b.y.einheit} xTitle={xTitle} yTitle={yTitle} />
        <g aria-hidden="true" {...INK.guide}>
          {gx.map((v, i) => (
            <line key={`gx${i}`} x1={v} x2={v} y1={yr0} y2={yr1} />
          ))}
          {gy.map((v, i) => (
            <line key={`gy${i}`} x1={xr0} x2={xr1} y1={v} y2={v} />
          ))}
        </g>
        <g clipPath={`url(#${clipId})`}>
          <Points data={data} s={s} r={r} />
          {line && (
            <line {...line} {...INK.line} data-testid="streuung-gerade">
              <title>{t('scatter.line')}</title>
            </line>
          )}
        </g>
        {line && fit && (
          <Label
            x={xr1 - 4}
            y={clamp(line.y2 - 8, yr1 + 12, yr0 - 22)}
            anchor="end"
            text={correlationText(fit, lang, t)}
            bold
          />
        )}
        {data.city && (
          <g data-testid="streuung-gesamt">
            <path
              d={`M${s.x(data.city.x)},${s.y(data.city.y) - 8}l8,8l-8,8l-8,-8z`}
              fill={CITY_COLOUR}
              stroke="#fff"
              strokeWidth={1.5}
            />
            <Label x={s.x(data.city.x) + 11} y={s.y(data.city.y) + 4} text={t('charts.city')} bold />
          </g>
        )}
        {data.outliers.map((k) => labelFor(k))}
      </svg>
      <svg
        ref={svgRef}
        className="scatter-overlay"
        fontFamily={FONT}
        viewBox={box}
        aria-hidden="true"
        data-testid="streuung-markierung"
      >
        {selected && (
          <circle
            cx={s.x(selected.x)}
            cy={s.y(selected.y)}
            r={r + 4}
            {...INK.selected}
            data-testid="streuung-auswahl"
          />
        )}
        {selectedLabel && labelFor(selected.key, true)}
        {hovered && (
          <g data-testid="streuung-markiert" data-key={hovered.key}>
            <circle cx={s.x(hovered.x)} cy={s.y(hovered.y)} r={r + 3} {...INK.hover} />
            {tip && (
              <g>
                <rect x={tip.left} y={tip.top} width={tip.w} height={tip.h} rx={3} {...INK.tip} />
                {tip.lines.map((l, i) => (
                  <text
                    key={i}
                    x={tip.left + 8}
                    y={tip.top + 17 + i * 16}
                    {...INK.tick}
                    fontSize={12}
                    fontWeight={i === 0 ? 700 : 400}
                  >
                    {l}
                  </text>
                ))}
              </g>
            )}
          </g>
        )}
        {!props.still && (
          <rect
            x={xr0}
            y={yr1}
            width={xr1 - xr0}
            height={yr0 - yr1}
            fill="transparent"
            onPointerMove={(e) => {
              const k = nearest(e);
              if (k !== props.hovered) props.onHover?.(k);
            }}
            onPointerLeave={() => props.onHover?.(null)}
            onClick={(e) => {
              const k = nearest(e);
              if (k) props.onSelect?.(k === props.selected ? null : k);
            }}
            style={{ cursor: hovered ? 'pointer' : 'default' }}
          />
        )}
      </svg>
    </div>
  );
}
