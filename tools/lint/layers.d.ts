import type { ESLint } from 'eslint';

/** Types for the plain-JS lint plugin (eslint.config.js loads it without a build step). */
declare const plugin: ESLint.Plugin;
export default plugin;
export declare const ALLOWED: Record<string, string[]>;
export declare function locate(rel: string): { top: string; layer: string; feature: string };
