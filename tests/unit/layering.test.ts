import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * The layering rules of docs/architecture.md ("Layering rules"), checked on every import of lib/, components/
 * and entrypoints/. A failure names the file, the import and the rule it breaks.
 */

const root = join(__dirname, '../..');

type Layer =
  | 'lib/domain'
  | 'lib/platforms'
  | 'lib/sources'
  | 'lib/messaging'
  | 'lib/storage'
  | 'lib/background'
  | 'lib/content'
  | 'lib/ui'
  | 'lib/i18n'
  | 'components'
  | 'entrypoints/background'
  | 'entrypoints/content'
  | 'entrypoints/pages'
  | 'public';

interface Rule {
  /** Layers of ours it may import values from (its own layer always). */
  values: Layer[];
  /** Layers it may import types from, with `import type` (erased at build time), besides `values`. */
  types?: Layer[];
  /** npm packages it may import; `undefined` = any. */
  packages?: RegExp;
}

const PURE = /^zod\/mini$/;

const RULES: Record<Exclude<Layer, 'public'>, Rule> = {
  'lib/domain': { values: [], packages: PURE },
  'lib/platforms': { values: ['lib/domain'], packages: PURE },
  'lib/sources': { values: ['lib/domain', 'lib/platforms'], packages: PURE },
  'lib/messaging': { values: ['lib/domain'] },
  // The message catalogue's pure helpers (key types, a reason in words): background and pages alike.
  'lib/i18n': { values: ['lib/domain'], types: ['public'], packages: PURE },
  // Storage returns its own records; the background makes the views pages are sent.
  'lib/storage': { values: ['lib/domain'] },
  'lib/background': {
    values: ['lib/domain', 'lib/i18n', 'lib/platforms', 'lib/sources', 'lib/messaging', 'lib/storage'],
  },
  'lib/content': { values: ['lib/domain', 'lib/i18n', 'lib/messaging'], types: ['public'] },
  'lib/ui': { values: ['lib/domain', 'lib/i18n', 'lib/messaging'], types: ['components', 'public'] },
  components: {
    values: ['lib/domain', 'lib/i18n'],
    types: ['lib/messaging', 'public'],
    packages: /^preact(\/|$)/,
  },
  'entrypoints/background': { values: ['lib/background'] },
  'entrypoints/content': { values: ['lib/content', 'lib/domain'] },
  // Pages: no checks (lib/platforms), no storage, no background code.
  'entrypoints/pages': {
    values: ['components', 'lib/ui', 'lib/i18n', 'lib/messaging', 'lib/domain'],
    types: ['public'],
  },
};

/**
 * Imports that break a rule today, each with the reason it is tolerated. Keep this list short: the layering
 * test is only as good as what it refuses.
 */
const KNOWN_EXCEPTIONS: { from: string; to: string; why: string }[] = [];

function layerOf(path: string): Layer | undefined {
  if (path.startsWith('public/')) return 'public';
  if (path.startsWith('components/')) return 'components';
  if (path.startsWith('entrypoints/')) {
    if (/^entrypoints\/background(\.ts|\/)/.test(path)) return 'entrypoints/background';
    if (/^entrypoints\/[^/]+\.content(\.ts|\/)/.test(path)) return 'entrypoints/content';
    return 'entrypoints/pages';
  }
  const dir = path.split('/').slice(0, 2).join('/');
  return dir in RULES ? (dir as Layer) : undefined;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir)).flatMap((name) => {
    const path = posix.join(dir, name);
    if (statSync(join(root, path)).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Import {
  file: string;
  /** As written. */
  spec: string;
  /** Repo path without extension for ours (`lib/domain/profile`), or the package name. */
  target: string;
  ours: boolean;
  typeOnly: boolean;
}

const IMPORT =
  /(?:^|\n)[ \t]*(import|export)[ \t]+(type[ \t]+)?(?:[^'";]*?[ \t\n]from[ \t]+)?['"]([^'"\n]+)['"]|\bimport\(\s*['"]([^'"\n]+)['"]\s*\)/g;

/** Every static import, `export … from` and literal dynamic `import()` of a file. */
function importsOf(file: string, text: string): Import[] {
  const found: Import[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = (m[3] ?? m[4])!;
    const typeOnly = !!m[2];
    const ours = spec.startsWith('.') || spec.startsWith('@/') || spec.startsWith('~/');
    const target = !ours
      ? spec
      : spec.startsWith('.')
        ? posix.normalize(posix.join(posix.dirname(file), spec))
        : spec.slice(2);
    found.push({ file, spec, target: target.replace(/\.(tsx?|m?js)$/, ''), ours, typeOnly });
  }
  return found;
}

/** What is wrong with one import, or undefined when the rules allow it. */
function violation(imp: Import): string | undefined {
  const from = layerOf(imp.file);
  if (!from || from === 'public') return undefined;
  const rule = RULES[from];
  if (!imp.ours) {
    if (!rule.packages || rule.packages.test(imp.spec)) return undefined;
    return `${from} imports no npm package but ${rule.packages.source.replace(/\\/g, '')}`;
  }
  const to = layerOf(imp.target);
  if (!to) return `imports outside lib/, components/, entrypoints/ and public/`;
  if (to === from) return undefined;
  if (rule.values.includes(to)) return undefined;
  if (imp.typeOnly && rule.types?.includes(to)) return undefined;
  if (rule.types?.includes(to)) return `${from} may import ${to} with \`import type\` only`;
  return `${from} may not import ${to}`;
}

function moduleOf(target: string, known: Set<string>): string | undefined {
  for (const candidate of [target, `${target}/index`]) if (known.has(candidate)) return candidate;
  return undefined;
}

/** The import cycles among the given modules (each once, as a path that returns to its start). */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'open');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'open') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

const files = ['lib', 'components', 'entrypoints'].flatMap(sourceFiles);
const imports = files.flatMap((file) => importsOf(file, readFileSync(join(root, file), 'utf8')));

describe('layering (docs/architecture.md)', () => {
  it('reads the imports of every source file', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(imports.length).toBeGreaterThan(files.length);
  });

  it('no import goes against the layering rules', () => {
    const broken = imports
      .map((imp) => ({ imp, why: violation(imp) }))
      .filter(
        ({ imp, why }) => why && !KNOWN_EXCEPTIONS.some((e) => e.from === imp.file && e.to === imp.target),
      )
      .map(({ imp, why }) => `${imp.file}: import '${imp.spec}': ${why}`);
    expect(broken).toEqual([]);
  });

  it('no module of lib/ is part of an import cycle', () => {
    const known = new Set(files.filter((f) => f.startsWith('lib/')).map((f) => f.replace(/\.tsx?$/, '')));
    const graph = new Map<string, string[]>();
    for (const imp of imports) {
      const from = imp.file.replace(/\.tsx?$/, '');
      const to = imp.ours ? moduleOf(imp.target, known) : undefined;
      if (!known.has(from) || !to) continue;
      graph.set(from, [...(graph.get(from) ?? []), to]);
    }
    expect(cycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });

  it('every exception still exists (an exception that was fixed leaves the list)', () => {
    for (const e of KNOWN_EXCEPTIONS) {
      expect(
        imports.some((imp) => imp.file === e.from && imp.target === e.to),
        `${e.from} → ${e.to}`,
      ).toBe(true);
    }
  });
});

describe('the layering checker itself', () => {
  it.each([
    [
      'lib/domain/profile.ts',
      "import { platform } from '../platforms';",
      'lib/domain may not import lib/platforms',
    ],
    ['lib/domain/profile.ts', "import { browser } from 'wxt/browser';", 'lib/domain imports no npm package'],
    [
      'lib/platforms/x/index.ts',
      "import { getProfile } from '../../storage/db';",
      'may not import lib/storage',
    ],
    ['components/popup/a.tsx', "import { send } from '@/lib/messaging/client';", 'with `import type` only'],
    ['components/popup/a.tsx', "import { browser } from 'wxt/browser';", 'components imports no npm package'],
    [
      'lib/content/a.ts',
      "import { PLATFORMS } from '../platforms';",
      'lib/content may not import lib/platforms',
    ],
    [
      'entrypoints/popup/main.tsx',
      "import { PLATFORMS } from '@/lib/platforms';",
      'may not import lib/platforms',
    ],
    ['entrypoints/popup/main.tsx', "const m = import('@/lib/storage/db');", 'may not import lib/storage'],
  ])('%s: %s is refused', (file, line, why) => {
    const [imp] = importsOf(file, line);
    expect(violation(imp!)).toContain(why);
  });

  it.each([
    ['lib/platforms/x/index.ts', "import { PLATFORM_METADATA } from '../../domain/platform-metadata';"],
    ['components/popup/a.tsx', "import type { ProfileView } from '@/lib/messaging/views';"],
    ['lib/background/a.ts', "import { platform } from '../platforms';"],
    ['entrypoints/x.content.ts', "import { startBanner } from '@/lib/content/start-banner';"],
  ])('%s: %s is allowed', (file, line) => {
    const [imp] = importsOf(file, line);
    expect(violation(imp!)).toBeUndefined();
  });

  it('finds a cycle, and none in a chain', () => {
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
          ['c', ['a']],
        ]),
      ),
    ).toEqual([['a', 'b', 'c', 'a']]);
    expect(
      cycles(
        new Map([
          ['a', ['b']],
          ['b', ['c']],
        ]),
      ),
    ).toEqual([]);
  });
});
