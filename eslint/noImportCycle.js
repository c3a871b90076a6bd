// A small ESLint rule: no import circle among a folder's modules (used for shared/, whose modules
// must form a tree of layers: vocabulary, then protocol, api and the document, then the rest).
// It follows relative `import`/`export … from` specifiers (type-only ones too: a circle of types is
// still a circle in the design) by reading the files, and reports the import that leads back.
import fs from 'node:fs';
import path from 'node:path';

const SPECIFIER = /^\s*(?:import|export)\s[^'"]*?from\s*['"](\.{1,2}\/[^'"]+)['"]/gm;
const edgesCache = new Map();

function edgesOf(file) {
  if (edgesCache.has(file)) return edgesCache.get(file);
  let text = '';
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch {
    text = '';
  }
  const out = [];
  for (const match of text.matchAll(SPECIFIER)) out.push(path.resolve(path.dirname(file), match[1]));
  edgesCache.set(file, out);
  return out;
}

/** A path of imports from `start` back to `target`, or null. */
function pathBack(start, target, within) {
  const seen = new Set();
  const stack = [[start, [start]]];
  while (stack.length > 0) {
    const [file, trail] = stack.pop();
    if (file === target) return trail;
    if (seen.has(file) || !file.startsWith(within)) continue;
    seen.add(file);
    for (const next of edgesOf(file)) stack.push([next, [...trail, next]]);
  }
  return null;
}

export default {
  meta: {
    type: 'problem',
    docs: { description: 'Disallow import circles among the modules of one folder' },
    schema: [{ type: 'object', properties: { root: { type: 'string' } }, additionalProperties: false }],
    messages: { cycle: 'Import circle: {{trail}}. Move what both need into a module that imports neither.' },
  },
  create(context) {
    const root = path.resolve(context.cwd, context.options[0]?.root ?? '.');
    const file = path.resolve(context.filename);
    // Lint runs see a file as it is on disk; a stale cache would miss an edit made meanwhile.
    edgesCache.delete(file);
    const check = (node) => {
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = path.resolve(path.dirname(file), source);
      const trail = pathBack(target, file, root);
      if (trail) {
        const rel = (f) => path.relative(root, f);
        context.report({ node, messageId: 'cycle', data: { trail: [file, ...trail].map(rel).join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};
