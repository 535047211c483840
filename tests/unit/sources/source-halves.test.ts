import { describe, expect, it } from 'vitest';
import { SOURCE_METADATA } from '@/lib/domain/source-metadata';
import { SOURCE_TOOL_IDS } from '@/lib/domain/source-record';
import { SOURCES, TOOL_IDS } from '@/lib/sources';

describe('publishing tools: metadata and sync, both halves or neither', () => {
  it('every tool has both halves, and the registry carries the metadata unchanged', () => {
    expect([...TOOL_IDS].sort()).toEqual([...SOURCE_TOOL_IDS].sort());
    expect(Object.keys(SOURCE_METADATA).sort()).toEqual([...SOURCE_TOOL_IDS].sort());
    expect(Object.keys(SOURCES).sort()).toEqual([...SOURCE_TOOL_IDS].sort());
    for (const id of SOURCE_TOOL_IDS) {
      const { reconnectUrl, validate, sync, vanished, posts, ...metadata } = SOURCES[id];
      expect(['gone', 'unlinked'], `${id}: what a vanished channel means`).toContain(vanished);
      expect(metadata, `${id}: the tool carries its metadata unchanged`).toEqual(SOURCE_METADATA[id]);
      expect(typeof reconnectUrl, id).toBe('function');
      expect(typeof validate, id).toBe('function');
      expect(typeof sync, id).toBe('function');
      // Posts at risk are counted exactly for the tools whose metadata says they list posts.
      expect(typeof posts, `${id}: posts ⇔ listsPosts`).toBe(metadata.listsPosts ? 'function' : 'undefined');
    }
  });

  it('the options page lists the tools in the registry order', () => {
    expect(Object.values(SOURCE_METADATA).map((m) => m.id)).toEqual([...TOOL_IDS]);
  });
});
