/**
 * A report figure as plain drawing primitives, laid out once and rendered twice: as an SVG
 * document (vector, edits cleanly in a report tool) and onto a canvas for the PNG (draw.ts). Text
 * is always text, escaped for XML: nothing from the data becomes markup.
 */
export type Prim =
  | {
      t: 'path';
      d: string;
      fill: string;
      stroke?: string;
      width?: number;
      /** An area's key and name (SVG: `data-schluessel` and a `<title>`). */
      area?: { key: string; name: string };
    }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string; stroke?: string; width?: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; stroke: string; width: number }
  /** A filled polygon that is not an area (the north arrow): SVG keeps `<path>` for areas only. */
  | { t: 'poly'; points: [number, number][]; fill: string }
  | {
      t: 'text';
      x: number;
      y: number;
      text: string;
      size: number;
      bold?: boolean;
      fill?: string;
      anchor?: 'start' | 'middle' | 'end';
      /** A white outline around the letters, for labels on coloured areas. */
      halo?: boolean;
    };

export interface Figure {
  width: number;
  height: number;
  title: string;
  /** The SVG's description: subtitle and credits in one line. */
  description: string;
  prims: Prim[];
}

/** Width of a text in px at a font size (canvas measureText in the browser, an estimate in tests). */
export type Measure = (text: string, size: number, bold?: boolean) => number;

export const FIGURE_FONT = '"Noto Sans", "DejaVu Sans", Arial, sans-serif';

/** Words broken into lines no wider than `width` (a word longer than a line stays whole). */
export function wrapText(
  measure: Measure,
  text: string,
  size: number,
  width: number,
  bold = false,
): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, size, bold) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  // No widow of a few letters ("500 / m"): the last line takes the word before it, where it fits.
  const last = lines.at(-1);
  const before = lines.at(-2);
  if (last && before && last.length <= 3 && before.includes(' ')) {
    const cut = before.lastIndexOf(' ');
    const moved = `${before.slice(cut + 1)} ${last}`;
    if (measure(moved, size, bold) <= width) {
      lines[lines.length - 2] = before.slice(0, cut);
      lines[lines.length - 1] = moved;
    }
  }
  return lines;
}

const XML: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };
/** Text for an XML attribute or element; characters XML 1.0 forbids are dropped. */
export const xml = (s: string): string =>
  // eslint-disable-next-line no-control-regex
  s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[&<>"']/g, (c) => XML[c]!);

const num = (n: number) => String(Math.round(n * 100) / 100);
/** A colour as the figure builders write it (#rrggbb, rgb(), a name): anything else becomes grey. */
const colour = (c: string) => (/^(#[0-9a-f]{3,8}|rgba?\([\d\s.,%]+\)|[a-z]+)$/i.test(c) ? c : '#808080');

/** The figure as a standalone SVG document (UTF-8, px units, a `<path class="gebiet">` per area and no other path). */
export function figureSvg(fig: Figure, lang: string): string {
  const out: string[] = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<svg xmlns="http://www.w3.org/2000/svg" width="${fig.width}" height="${fig.height}" viewBox="0 0 ${fig.width} ${fig.height}" lang="${xml(lang)}" xml:lang="${xml(lang)}" font-family='${FIGURE_FONT}'>`,
    `<title>${xml(fig.title)}</title>`,
    `<desc>${xml(fig.description)}</desc>`,
  ];
  for (const p of fig.prims) {
    if (p.t === 'path') {
      const stroke = p.stroke
        ? ` stroke="${colour(p.stroke)}" stroke-width="${num(p.width ?? 1)}" stroke-linejoin="round"`
        : '';
      if (p.area)
        out.push(
          `<path class="gebiet" data-schluessel="${xml(p.area.key)}" d="${p.d}" fill="${colour(p.fill)}"${stroke}><title>${xml(p.area.name)}</title></path>`,
        );
      else out.push(`<path d="${p.d}" fill="${colour(p.fill)}"${stroke}/>`);
    } else if (p.t === 'rect') {
      const stroke = p.stroke ? ` stroke="${colour(p.stroke)}" stroke-width="${num(p.width ?? 1)}"` : '';
      out.push(
        `<rect x="${num(p.x)}" y="${num(p.y)}" width="${num(p.w)}" height="${num(p.h)}" fill="${colour(p.fill)}"${stroke}/>`,
      );
    } else if (p.t === 'poly')
      out.push(
        `<polygon points="${p.points.map(([x, y]) => `${num(x)},${num(y)}`).join(' ')}" fill="${colour(p.fill)}"/>`,
      );
    else if (p.t === 'line')
      out.push(
        `<line x1="${num(p.x1)}" y1="${num(p.y1)}" x2="${num(p.x2)}" y2="${num(p.y2)}" stroke="${colour(p.stroke)}" stroke-width="${num(p.width)}"/>`,
      );
    else {
      const attrs = [
        `x="${num(p.x)}"`,
        `y="${num(p.y)}"`,
        `font-size="${num(p.size)}"`,
        p.bold ? 'font-weight="bold"' : '',
        p.anchor && p.anchor !== 'start' ? `text-anchor="${p.anchor}"` : '',
        `fill="${colour(p.fill ?? '#1a1a1a')}"`,
        p.halo ? 'stroke="#ffffff" stroke-width="3" paint-order="stroke" stroke-linejoin="round"' : '',
      ].filter(Boolean);
      out.push(`<text ${attrs.join(' ')}>${xml(p.text)}</text>`);
    }
  }
  out.push('</svg>');
  return out.join('\n');
}
