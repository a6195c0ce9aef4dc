import '@testing-library/jest-dom/vitest';
import { options } from 'preact';

// Preact runs effects after the next animation frame (jsdom: a 16 ms timer); in the component
// tests they run right after the render that scheduled them, as React's act environment does, so a
// test that sees a rendered element also sees its effects (document title, map calls).
options.requestAnimationFrame = (flush: () => void) => queueMicrotask(flush);
