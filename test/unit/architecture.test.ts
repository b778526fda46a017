/**
 * The layers, checked on every run: data flows one way (README, "The house"). An entry point may
 * use anything; a use case (src/app) only the core; an adapter the core, the use cases' ports and
 * other adapters, never an entry point; a view only the core and other views; the core only itself.
 * And no import circle anywhere.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { dirname, join, relative, resolve } from 'path';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/** Relative imports of a file, as paths under src without the extension (`typesOnly`: the type imports only). */
function importsOf(file: string, typesOnly = false): string[] {
  const text = readFileSync(file, 'utf8');
  const pattern = typesOnly
    ? /import type [^;]*?from\s*'(\.{1,2}\/[^']+)'/g
    : /(?:from|import)\s*\(?\s*'(\.{1,2}\/[^']+)'/g;
  const found = [...text.matchAll(pattern)].map((m) => m[1]);
  return found.map((spec) => relative(SRC, resolve(dirname(file), spec)));
}

const layerOf = (path: string): string => {
  if (path.startsWith('core/')) return 'core';
  if (path.startsWith('app/')) return 'app';
  if (path.startsWith('engine/entry/')) return 'entry';
  if (path.startsWith('engine/adapters/')) return 'adapters';
  if (path.startsWith('engine/views/')) return 'views';
  if (path === 'PrivacyCenterApp') return 'main';
  return `unplaced:${path}`;
};

/** A view may name the type of what a use case returned (it renders it), never call one. */
const TYPES_ALLOWED: Record<string, string[]> = { views: ['app'] };

const ALLOWED: Record<string, string[]> = {
  core: ['core'],
  app: ['core', 'app'],
  views: ['core', 'views'],
  adapters: ['core', 'app', 'adapters', 'views'],
  entry: ['core', 'app', 'adapters', 'views', 'entry'],
  main: ['core', 'app', 'adapters', 'views', 'entry'],
};

const files = sources(SRC).map((file) => ({
  file,
  name: relative(SRC, file).replace(/\.ts$/, ''),
}));

describe('the house', () => {
  it('every source file sits in a layer', () => {
    expect(files.map((f) => layerOf(f.name)).filter((l) => l.startsWith('unplaced'))).toEqual([]);
  });

  it('imports run one way between the layers', () => {
    const wrong: string[] = [];
    for (const { file, name } of files) {
      const from = layerOf(name);
      const typeOnly = new Set(importsOf(file, true));
      for (const target of importsOf(file)) {
        const to = layerOf(target);
        const allowed = [
          ...(ALLOWED[from] ?? []),
          ...(typeOnly.has(target) ? (TYPES_ALLOWED[from] ?? []) : []),
        ];
        if (!allowed.includes(to)) wrong.push(`${name} (${from}) -> ${target} (${to})`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the core and the use cases import nothing from the engine or Rocket.Chat, and do no I/O', () => {
    const wrong = files
      .filter((f) => ['core', 'app'].includes(layerOf(f.name)))
      .filter((f) =>
        /from '(@rocket\.chat\/|crypto|fs|http|https|net)[^']*'/.test(readFileSync(f.file, 'utf8')),
      )
      .map((f) => f.name);
    expect(wrong).toEqual([]);
  });

  it('no import circle', () => {
    const graph = new Map(files.map((f) => [f.name, importsOf(f.file)]));
    const circles: string[] = [];
    const state = new Map<string, 'open' | 'done'>();
    const visit = (node: string, path: string[]) => {
      if (state.get(node) === 'done') return;
      if (state.get(node) === 'open') {
        circles.push([...path.slice(path.indexOf(node)), node].join(' -> '));
        return;
      }
      state.set(node, 'open');
      for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
      state.set(node, 'done');
    };
    for (const node of graph.keys()) visit(node, []);
    expect(circles).toEqual([]);
  });
});
