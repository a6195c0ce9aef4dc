// @ts-check
/**
 * The architecture as a lint rule. Every relative import (static, re-export or dynamic) is resolved
 * against the importing file, so the rule holds at any folder depth, and the target's layer must be
 * one the source's layer may use:
 *
 *   domain   ← nothing app-level (pure: no UI, map or query library)
 *   i18n     ← domain
 *   data     ← domain            state ← domain
 *   ui       ← domain, i18n
 *   map      ← domain, data, state, i18n, ui      (never a feature or view)
 *   view     ← all of the above   (code more than one feature uses)
 *   features/<x> ← all of the above and its own folder: a feature never imports another feature
 *   app      (src/App.tsx, src/main.tsx) ← anything
 *
 * src/ imports nothing from tools/ or tests/; tools/ imports nothing from tests/.
 */
import path from 'node:path';

const BASE = ['domain'];
/** @type {Record<string, string[]>} */
export const ALLOWED = {
  domain: BASE,
  i18n: [...BASE, 'i18n'],
  data: [...BASE, 'data'],
  state: [...BASE, 'state'],
  ui: [...BASE, 'i18n', 'ui'],
  map: [...BASE, 'data', 'state', 'i18n', 'ui', 'map'],
  view: [...BASE, 'data', 'state', 'i18n', 'ui', 'map', 'view'],
  feature: [...BASE, 'data', 'state', 'i18n', 'ui', 'map', 'view'],
};
/** Packages a layer must not use (the pure core stays free of UI, map and query code). */
const FORBIDDEN_PACKAGES = {
  domain: /^(react|react-dom|maplibre-gl|@tanstack\/.*)(\/.*)?$/,
  data: /^(maplibre-gl)(\/.*)?$/,
  state: /^(maplibre-gl)(\/.*)?$/,
  i18n: /^(maplibre-gl|@tanstack\/.*)(\/.*)?$/,
};

/**
 * Where a repository path sits: `{ top: 'src', layer: 'features', feature: 'explorer' }`.
 * @param {string} rel path relative to the repository root, with forward slashes
 */
export function locate(rel) {
  const parts = rel.split('/');
  if (parts[0] !== 'src') return { top: parts[0] ?? '', layer: '', feature: '' };
  if (parts.length === 2) return { top: 'src', layer: 'app', feature: '' };
  const layer = parts[1] ?? '';
  if (layer === 'features') return { top: 'src', layer: 'feature', feature: parts[2] ?? '' };
  return { top: 'src', layer, feature: '' };
}

/** @type {import('eslint').Rule.RuleModule} */
const importsRule = {
  meta: {
    type: 'problem',
    docs: { description: 'Imports follow the layers of the architecture (README, "Layout").' },
    schema: [],
    messages: {
      layer: '{{from}} must not import {{to}} ("{{spec}}"). Allowed for {{from}}: {{allowed}}.',
      feature:
        'Feature {{from}} must not import feature {{to}} ("{{spec}}"): move what both use to src/view.',
      top: '{{from}} must not import from {{to}}/ ("{{spec}}").',
      pkg: '{{from}} must not import the package "{{spec}}" (the layer stays free of it).',
    },
  },
  create(context) {
    const root = context.cwd;
    const file = path.relative(root, context.filename).split(path.sep).join('/');
    const self = locate(file);
    /** @param {import('estree').Node} node @param {unknown} value */
    const check = (node, value) => {
      if (typeof value !== 'string') return;
      if (!value.startsWith('.')) {
        const bad = FORBIDDEN_PACKAGES[/** @type {keyof typeof FORBIDDEN_PACKAGES} */ (self.layer)];
        if (self.top === 'src' && bad?.test(value))
          context.report({ node, messageId: 'pkg', data: { from: self.layer, spec: value } });
        return;
      }
      const target = path
        .relative(root, path.resolve(path.dirname(context.filename), value.split('?')[0] ?? ''))
        .split(path.sep)
        .join('/');
      const to = locate(target);
      if (self.top === 'src' && to.top !== 'src') {
        if (to.top === 'tools' || to.top === 'tests' || to.top.startsWith('..'))
          context.report({ node, messageId: 'top', data: { from: file, to: to.top, spec: value } });
        return;
      }
      if (self.top === 'tools' && to.top === 'tests') {
        context.report({ node, messageId: 'top', data: { from: file, to: 'tests', spec: value } });
        return;
      }
      if (self.top !== 'src' || self.layer === 'app' || to.top !== 'src') return;
      if (self.layer === 'feature' && to.layer === 'feature') {
        if (to.feature !== self.feature)
          context.report({
            node,
            messageId: 'feature',
            data: { from: self.feature, to: to.feature, spec: value },
          });
        return;
      }
      const allowed = ALLOWED[self.layer];
      if (allowed && !allowed.includes(to.layer))
        context.report({
          node,
          messageId: 'layer',
          data: {
            from: self.layer === 'feature' ? `features/${self.feature}` : self.layer,
            to: to.layer === 'feature' ? `features/${to.feature}` : to.layer || target,
            spec: value,
            allowed: allowed.join(', '),
          },
        });
    };
    return {
      ImportDeclaration: (n) => check(n.source, n.source.value),
      ExportNamedDeclaration: (n) => n.source && check(n.source, n.source.value),
      ExportAllDeclaration: (n) => check(n.source, n.source.value),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n.source, n.source.value),
    };
  },
};

export default { meta: { name: 'quartiersexplorer-layers' }, rules: { imports: importsRule } };
