// The layering, as a lint rule so it cannot drift: imports point down only.
//   API:   app (api/src/*.ts, seed) → policy → platform → common · database · config → @yibao/shared
//   admin: App · config → areas · pages → components · hooks · providers → @yibao/shared
// Within a layer anything goes (an area may read another area's entity), except that an admin page never
// imports another resource's page: what two pages share lives in components/ or the area. Test files are exempt: an
// integration spec in common/ may seed a platform user to exercise a common mechanism over HTTP.
import path from 'node:path';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** [pattern on the repo-relative path, layer name, rank]; first match wins, higher rank is higher up. */
const LAYERS = [
  [/^api\/src\/policy\//, 'policy', 3],
  [/^api\/src\/platform\//, 'platform', 2],
  [/^api\/src\/(common|database|config)\//, 'common', 1],
  [/^api\/src\//, 'app', 4],
  [/^admin\/src\/(areas|pages)\//, 'pages', 2],
  [/^admin\/src\/(components|hooks|providers|locales)\//, 'components', 1],
  [/^admin\/src\//, 'app', 3],
  [/^shared\/src\//, 'shared', 0],
];

function layerOf(file) {
  const rel = path.relative(ROOT, file).split(path.sep).join('/');
  for (const [pattern, name, rank] of LAYERS) if (pattern.test(rel)) return { name, rank, rel };
  return undefined;
}

const isTest = (file) => /\.(int-)?spec\.tsx?$/.test(file);

const rule = {
  meta: { type: 'problem', schema: [], messages: { page: '{{from}} may not import another page ({{to}}): move what they share to components/ or the area folder', up: '{{from}} ({{fromLayer}}) may not import {{to}} ({{toLayer}}): layers point down only (scripts/eslint-layers.mjs)' } },
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
      const page = (rel) => /^admin\/src\/.*pages\/([^/]+)\//.exec(rel)?.[1];
      if (page(from.rel) && page(target.rel) && page(from.rel) !== page(target.rel)) {
        context.report({ node, messageId: 'page', data: { from: from.rel, to: target.rel } });
        return;
      }
      if (target.rank <= from.rank) return;
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
