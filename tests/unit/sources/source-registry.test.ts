import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allSourceTools, SOURCES, sourceHostPermissions, TOOL_IDS } from '@/lib/sources';
import { fixtureTools, loadAllSourceFixtures } from './source-fixtures';

const sourcesDir = join(__dirname, '../../../lib/sources');
const folders = readdirSync(sourcesDir).filter((f) => statSync(join(sourcesDir, f)).isDirectory());
const fixtures = loadAllSourceFixtures();

describe('publishing tool registry', () => {
  it('registers every tool folder of lib/sources, and every registered tool has a folder', () => {
    expect(folders.sort()).toEqual(Object.keys(SOURCES).sort());
    expect(Object.keys(SOURCES).sort()).toEqual([...TOOL_IDS].sort());
    for (const [id, tool] of Object.entries(SOURCES)) expect(tool?.id).toBe(id);
  });

  it('has a folder of recorded answers for every tool, and no folder for a tool that does not exist', () => {
    expect(fixtureTools().sort()).toEqual(Object.keys(SOURCES).sort());
  });

  it.each(allSourceTools().map((t) => [t.id, t] as const))(
    '%s has recorded answers for success, a refused key, a rate limit, a server error and garbage',
    (id, tool) => {
      const mine = fixtures.filter((f) => f.tool === id);
      const problems = mine.flatMap((f) => (f.expect.ok ? [] : [f.expect.problem]));
      expect(mine.some((f) => f.expect.ok)).toBe(true);
      // An OAuth tool has no key: its refused sign-in is "connect again".
      const refused = tool.oauth ? 'connect-again' : 'key-refused';
      for (const must of [refused, 'rate-limited', 'server-error', 'unreadable']) {
        expect(problems, `${id} has no "${must}" recording`).toContain(must);
      }
    },
  );

  it.each(allSourceTools().map((t) => [t.id, t] as const))(
    '%s links to https pages for its key and for reconnecting',
    (_id, tool) => {
      expect(new URL(tool.keyHelpUrl).protocol).toBe('https:');
      const base = tool.address === 'none' ? undefined : 'https://social.example.test';
      expect(new URL(tool.reconnectUrl(base)).protocol).toBe('https:');
      if (tool.address === 'required') expect(tool.apiHosts).toEqual([]);
      else expect(tool.apiHosts.length).toBeGreaterThan(0);
    },
  );

  it('asks for host access only to the tools’ fixed API hosts, over https', () => {
    const hosts = sourceHostPermissions();
    expect(hosts.length).toBeGreaterThan(0);
    for (const h of hosts) expect(h).toMatch(/^https:\/\/[a-z0-9.-]+\/\*$/);
  });

  it('marks inferred shapes in the file name, and names the source of every recording', () => {
    for (const f of fixtures) {
      const inferred = /\binferred\b/i.test(f.source);
      expect(f.name.endsWith('.inferred'), `${f.tool}/${f.name}`).toBe(inferred);
    }
  });

  it('holds no real-looking secrets or people: keys are never recorded, addresses are example ones', () => {
    for (const f of fixtures) {
      const text = f.response.body;
      for (const m of text.matchAll(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g))
        expect(m[0], `${f.tool}/${f.name}`).toMatch(/@[\w.-]*example(\.test)?$|@mastodon\.example$/);
      for (const m of text.matchAll(/https?:\/\/([\w.-]+)/g))
        expect(m[1], `${f.tool}/${f.name}`).toMatch(/(^|\.)example\.test$/);
      expect(text).not.toMatch(/\b(EAA[A-Za-z0-9]{20,}|ya29\.[\w-]{20,}|sk_live_\w+)/);
    }
  });
});
