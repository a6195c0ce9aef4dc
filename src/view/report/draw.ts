import { FIGURE_FONT, type Figure, type Measure } from './figure.ts';

/** Text measured with the page's fonts (Noto Sans is bundled and loaded with the map). */
export function canvasMeasure(): Measure {
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) return (text, size) => text.length * size * 0.55;
  return (text, size, bold) => {
    ctx.font = `${bold ? 'bold ' : ''}${size}px ${FIGURE_FONT}`;
    return ctx.measureText(text).width;
  };
}

/** Draws the figure's primitives onto a canvas at `scale` (the PNG's 2×). */
export function drawFigure(canvas: HTMLCanvasElement, fig: Figure, scale: number): void {
  canvas.width = Math.round(fig.width * scale);
  canvas.height = Math.round(fig.height * scale);
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('Canvas 2D nicht verfügbar');
  ctx.setTransform(scale, 0, 0, scale, 0, 0);
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, fig.width, fig.height);
  ctx.lineJoin = 'round';
  for (const p of fig.prims) {
    if (p.t === 'path') {
      const path = new Path2D(p.d);
      ctx.fillStyle = p.fill;
      if (p.fill !== 'none') ctx.fill(path);
      if (p.stroke) {
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width ?? 1;
        ctx.stroke(path);
      }
    } else if (p.t === 'rect') {
      ctx.fillStyle = p.fill;
      if (p.fill !== 'none') ctx.fillRect(p.x, p.y, p.w, p.h);
      if (p.stroke) {
        ctx.strokeStyle = p.stroke;
        ctx.lineWidth = p.width ?? 1;
        ctx.strokeRect(p.x, p.y, p.w, p.h);
      }
    } else if (p.t === 'poly') {
      ctx.fillStyle = p.fill;
      ctx.beginPath();
      p.points.forEach(([x, y], i) => (i ? ctx.lineTo(x, y) : ctx.moveTo(x, y)));
      ctx.closePath();
      ctx.fill();
    } else if (p.t === 'line') {
      ctx.strokeStyle = p.stroke;
      ctx.lineWidth = p.width;
      ctx.beginPath();
      ctx.moveTo(p.x1, p.y1);
      ctx.lineTo(p.x2, p.y2);
      ctx.stroke();
    } else {
      ctx.font = `${p.bold ? 'bold ' : ''}${p.size}px ${FIGURE_FONT}`;
      ctx.textAlign = p.anchor === 'middle' ? 'center' : p.anchor === 'end' ? 'right' : 'left';
      ctx.textBaseline = 'alphabetic';
      if (p.halo) {
        ctx.strokeStyle = '#ffffff';
        ctx.lineWidth = 3;
        ctx.strokeText(p.text, p.x, p.y);
      }
      ctx.fillStyle = p.fill ?? '#1a1a1a';
      ctx.fillText(p.text, p.x, p.y);
    }
  }
}

/** The figure as a PNG at `scale`; rejects rather than returning an empty image. */
export async function figurePng(fig: Figure, scale = 2): Promise<Blob> {
  await document.fonts?.ready;
  const canvas = document.createElement('canvas');
  drawFigure(canvas, fig, scale);
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob || blob.size === 0) throw new Error('PNG leer');
  return blob;
}
