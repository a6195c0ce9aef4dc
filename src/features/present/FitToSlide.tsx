import { useLayoutEffect, useRef, type ReactNode } from 'react';

/**
 * Charts and profiles are laid out for the normal view; on a slide they are zoomed as a whole
 * (CSS zoom keeps layout and crisp text) to fill the space the slide has, at most `max` times.
 */
export function FitToSlide({ children, max, deps }: { children: ReactNode; max: number; deps: string }) {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const el = box.current;
    const parent = el?.parentElement;
    if (!el || !parent) return;
    const fit = () => {
      el.style.zoom = '1';
      const w = el.scrollWidth;
      const h = el.scrollHeight;
      const z = Math.min(max, parent.clientWidth / Math.max(1, w), parent.clientHeight / Math.max(1, h));
      el.style.zoom = String(Math.max(1, Math.floor(z * 100) / 100));
    };
    fit();
    const obs = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(fit);
    obs?.observe(parent);
    return () => obs?.disconnect();
  }, [max, deps]);
  return (
    <div ref={box} className="fit-to-slide">
      {children}
    </div>
  );
}
