/**
 * What every exported image draws alike (the comparison's and the scatter plot's PNG): its font,
 * text broken into lines, and the "Beispielwerte" badge in the top right corner.
 */
export const PNG_FONT = '"Noto Sans", system-ui, sans-serif';

/** Words of `text` broken into lines no wider than `width`. */
export function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    const next = line ? `${line} ${word}` : word;
    if (ctx.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The sample-values badge, right-aligned 32 px from the image's right edge (`width`). */
export function drawSampleBadge(ctx: CanvasRenderingContext2D, label: string, width: number): void {
  ctx.font = `bold 17px ${PNG_FONT}`;
  const w = ctx.measureText(label).width + 24;
  ctx.fillStyle = '#fff4ce';
  ctx.fillRect(width - 32 - w, 26, w, 34);
  ctx.strokeStyle = '#8a5a00';
  ctx.lineWidth = 2;
  ctx.strokeRect(width - 32 - w, 26, w, 34);
  ctx.fillStyle = '#5c3b00';
  ctx.fillText(label, width - 20 - w, 49);
}
