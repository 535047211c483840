/**
 * The bench's second build: the product's own wxt.config.ts, plus one Vite plugin that swaps every module of
 * the publishing-tool sources for an empty stand-in. `npm run bench` builds the background with it to
 * measure what the background weighs without the sources, and so what they add (bench/bundle-sizes.ts,
 * README "How each figure is taken"). Nothing of the product changes: no switch, no alias in its config.
 *
 * The sources are the files issue 10 added for them: lib/sources/**, lib/background/source-*.ts,
 * lib/storage/source-repository.ts and lib/domain/source-*.ts. Each such module becomes one that exports
 * the same names, all bound to one opaque value (a global read, which no minifier can fold), so every
 * import of them elsewhere still resolves and every call site stays in the bundle as it is: only the
 * sources' own code, and what only they import (their zod schemas, their helpers), leaves it. The few lines
 * that wire them in (the handlers' spread, the protocol's source messages, the alarm's sync call) are
 * counted as the background's own, which makes the "without" figure, if anything, a little high.
 */
import { readFileSync } from 'node:fs';
import { relative, sep } from 'node:path';
import { type Plugin, transformWithEsbuild } from 'vite';
import { defineConfig } from 'wxt';
import product from '../wxt.config';

const ROOT = process.cwd();

/** Whether `id` (an absolute module path) is one of the sources' files. */
export function isSourceModule(id: string): boolean {
  const path = relative(ROOT, id.split('?')[0]!).split(sep).join('/');
  return (
    /^lib\/sources\/.+\.ts$/.test(path) ||
    /^lib\/background\/source-[^/]+\.ts$/.test(path) ||
    path === 'lib/storage/source-repository.ts' ||
    /^lib\/domain\/source-[^/]+\.ts$/.test(path)
  );
}

interface Node {
  type: string;
  declaration?: (Node & { id?: { name: string }; declarations?: { id: { name: string } }[] }) | null;
  specifiers?: { exported: { name?: string; value?: string } }[];
  source?: { value: string } | null;
}

function withoutSources(): Plugin {
  return {
    name: 'bench-without-sources',
    enforce: 'pre',
    async load(id) {
      if (!isSourceModule(id)) return null;
      // The module's value exports, read from its compiled JavaScript (types are gone by then).
      const js = await transformWithEsbuild(readFileSync(id.split('?')[0]!, 'utf8'), id, { loader: 'ts' });
      const names = new Set<string>();
      const reexports: string[] = [];
      for (const node of (this.parse(js.code) as unknown as { body: Node[] }).body) {
        if (node.type === 'ExportAllDeclaration' && node.source) reexports.push(node.source.value);
        if (node.type === 'ExportDefaultDeclaration') names.add('default');
        if (node.type !== 'ExportNamedDeclaration') continue;
        const declaration = node.declaration;
        if (declaration?.id) names.add(declaration.id.name);
        for (const d of declaration?.declarations ?? []) names.add(d.id.name);
        for (const s of node.specifiers ?? []) names.add(s.exported.name ?? s.exported.value!);
      }
      const named = [...names].filter((n) => n !== 'default');
      return [
        'const stub = globalThis.benchWithoutSources;',
        ...reexports.map((from) => `export * from ${JSON.stringify(from)};`),
        named.length ? `export { ${named.map((n) => `stub as ${n}`).join(', ')} };` : '',
        names.has('default') ? 'export default stub;' : '',
      ].join('\n');
    },
  };
}

export default defineConfig({
  ...product,
  vite: async (env) => {
    const base = (await (typeof product.vite === 'function' ? product.vite(env) : product.vite)) ?? {};
    return { ...base, plugins: [...(base.plugins ?? []), withoutSources()] };
  },
});
