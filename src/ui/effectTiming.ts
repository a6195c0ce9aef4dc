import { options } from 'preact';

/**
 * When effects run. Preact runs passive effects (`useEffect`) after the next animation frame; under
 * software rendering a frame of the map takes 50–250 ms, so the map's colours after a switch and
 * its attachment at start-up waited one frame more than under React (switch repaint 22 → 38 ms in
 * the bench). Like React's scheduler, effects run in the task after the render instead (a message
 * to ourselves: no 4 ms clamp as with setTimeout), still after the commit and off the render.
 */
export function runEffectsAfterRender(): void {
  const channel = new MessageChannel();
  let pending: (() => void) | null = null;
  channel.port1.onmessage = () => {
    const flush = pending;
    pending = null;
    flush?.();
  };
  options.requestAnimationFrame = (flush: () => void) => {
    pending = flush;
    channel.port2.postMessage(null);
  };
}
