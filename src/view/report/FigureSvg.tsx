import type { Figure } from './figure.ts';
import { FIGURE_FONT } from './figure.ts';

/**
 * A report figure as inline SVG elements (the print page, the Indikatorenblatt): the same
 * primitives as the downloaded SVG and PNG; React sets every text as text.
 */
export function FigureSvg(props: { fig: Figure; className?: string; labelledBy?: string }) {
  const { fig } = props;
  return (
    <svg
      className={props.className}
      viewBox={`0 0 ${fig.width} ${fig.height}`}
      role="img"
      aria-labelledby={props.labelledBy}
      aria-label={props.labelledBy ? undefined : fig.title}
      fontFamily={FIGURE_FONT}
    >
      <rect x={0} y={0} width={fig.width} height={fig.height} fill="#ffffff" />
      {fig.prims.map((p, i) => {
        if (p.t === 'path')
          return (
            <path
              key={i}
              d={p.d}
              fill={p.fill}
              stroke={p.stroke}
              strokeWidth={p.stroke ? (p.width ?? 1) : undefined}
              strokeLinejoin="round"
              data-schluessel={p.area?.key}
            >
              {p.area && <title>{p.area.name}</title>}
            </path>
          );
        if (p.t === 'rect')
          return (
            <rect
              key={i}
              x={p.x}
              y={p.y}
              width={p.w}
              height={p.h}
              fill={p.fill}
              stroke={p.stroke}
              strokeWidth={p.stroke ? (p.width ?? 1) : undefined}
            />
          );
        if (p.t === 'poly')
          return <polygon key={i} points={p.points.map(([x, y]) => `${x},${y}`).join(' ')} fill={p.fill} />;
        if (p.t === 'line')
          return (
            <line key={i} x1={p.x1} y1={p.y1} x2={p.x2} y2={p.y2} stroke={p.stroke} strokeWidth={p.width} />
          );
        return (
          <text
            key={i}
            x={p.x}
            y={p.y}
            fontSize={p.size}
            fontWeight={p.bold ? 'bold' : undefined}
            textAnchor={p.anchor ?? 'start'}
            fill={p.fill ?? '#1a1a1a'}
            {...(p.halo
              ? { stroke: '#ffffff', strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' as const }
              : {})}
          >
            {p.text}
          </text>
        );
      })}
    </svg>
  );
}
