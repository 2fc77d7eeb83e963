// The layering, as one lint rule so it cannot drift: imports point down only.
//   API:   app (api/src/*.ts) → policy → platform → common · database · config → @yibao/shared
//   admin: App · main → areas (pages, routes, area components) → components · hooks · providers · config ·
//          locales, and each area's declarations (resources.tsx, locales/*.json), which the central files combine
// Within the policy layer an area may read another area's entity (through its index.ts). Within the admin's areas a
// resource's folder imports only itself and its area's components/ (admin/src/areas/README.md). Test files are
// exempt: an integration spec in common/ may seed a platform user to exercise a common mechanism over HTTP.
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** [pattern on the repo-relative path, layer name, rank]; first match wins, higher rank is higher up. */
const LAYERS = [
  [/^api\/src\/policy\//, 'policy', 3],
  [/^api\/src\/platform\//, 'platform', 2],
  [/^api\/src\/(common|database|config)\//, 'common', 1],
  [/^api\/src\//, 'app', 4],
  // an area's declarations are data the central files combine: menu entries and translations
  [/^admin\/src\/areas\/[^/]+\/(resources(\.tsx?)?$|locales\/)/, 'area declarations', 1],
  [/^admin\/src\/areas\//, 'areas', 2],
  [/^admin\/src\/(components|hooks|providers|config|locales)(\/|$)/, 'shared pieces', 1],
  [/^admin\/src\//, 'app', 3],
  [/^shared\/src\//, 'shared', 0],
];

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  for (const [pattern, name, rank] of LAYERS) if (pattern.test(rel)) return { name, rank, rel };
  return undefined;
}

const isTest = (file) => /\.(int-)?spec\.tsx?$/.test(file);

/** For a file inside an admin area: its area, and the resource folder it sits in (undefined at the area root). */
function areaOf(rel) {
  const m = /^admin\/src\/areas\/([^/]+)\/(?:([^/]+)\/)?/.exec(rel);
  return m ? { area: m[1], folder: m[2] } : undefined;
}

/** Why an import between two admin area files is not allowed, or undefined when it is. */
function areaRefusal(from, to) {
  const a = areaOf(from.rel);
  const b = areaOf(to.rel);
  if (!a || !b) return undefined;
  if (a.area !== b.area) return 'another area';
  // the area root (resources, routes) reaches every folder of its area
  if (!a.folder || a.folder === b.folder || b.folder === 'components' || b.folder === 'locales') return undefined;
  return 'another resource’s folder';
}

const rule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: {
      up: '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): layers point down only (scripts/eslint-layers.mjs)',
      area: '{{from}} may not import {{to}} ({{why}}): a page imports its own folder, its area’s components/ and the shared layers (admin/src/areas/README.md)',
    },
  },
  create(context) {
    const file = context.filename;
    const from = layerOf(file);
    if (!from || isTest(file)) return {};
    function check(node, source) {
      if (typeof source !== 'string') return;
      let target;
      if (source.startsWith('.')) target = layerOf(path.resolve(path.dirname(file), source));
      else if (source.startsWith('@yibao/shared')) target = { name: 'shared', rank: 0, rel: source };
      else return;
      if (!target) return;
      const why = areaRefusal(from, target);
      if (why) context.report({ node, messageId: 'area', data: { from: from.rel, to: target.rel, why } });
      else if (target.rank > from.rank)
        context.report({ node, messageId: 'up', data: { from: from.rel, fromLayer: from.name, to: target.rel, toLayer: target.name } });
    }
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
    };
  },
};

export default { rules: { 'imports-point-down': rule } };
