import { browser } from 'wxt/browser';
import { selfHostedOrigin } from '../domain/source-origin';
import type { SourceRecord } from '../domain/source-record';
import type { RequestOf, ResponseMap } from '../messaging/protocol';
import type { SourceRefusal } from '../messaging/source-views';
import { type SourceTool, type SyncResult, sourceTool } from '../sources';
import { updateMeta } from '../storage/meta-store';
import { listProfiles } from '../storage/profile-repository';
import {
  deleteGoneProfiles,
  deleteSource,
  getSource,
  listSources,
  putSource,
  sourceKeyId,
  updateSource,
} from '../storage/source-repository';
import { deleteToken, putToken } from '../storage/token-vault';
import { forgetChanges } from './check-bookkeeping';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { forgetNotified } from './notifications';
import { releaseHost } from './source-host';
import { performSourceRequest } from './source-http';
import { notifySourceProblem } from './source-notice';
import { type SourceSyncDeps, syncSource } from './source-sync';
import { toSourceView } from './source-view';
import { translate } from './translate';

/** The sync's collaborators: the real network and notifications unless the context brings its own. */
export function sourceDeps(ctx: Pick<HandlerContext, 'now' | 'reconcile' | 'sources'>): SourceSyncDeps {
  return (
    ctx.sources ?? {
      now: ctx.now,
      perform: performSourceRequest,
      onSynced: ctx.reconcile,
      notifyProblem: notifySourceProblem,
    }
  );
}

function toolOf(id: SourceRecord['tool']): SourceTool {
  const tool = sourceTool(id);
  if (!tool) throw new HandlerError(translate('i18n_errorToolUnsupported'));
  // An OAuth tool (Hootsuite) takes no pasted key: it is connected by signing in (`hootsuite-connect`).
  if (tool.oauth) throw new HandlerError(translate('hootsuite_errorNoKey'));
  return tool;
}

async function mustBeAllowed(tool: SourceTool, baseUrl: string | undefined): Promise<void> {
  // The key would travel in clear over http: refused before any request (the page says so before any prompt).
  if (baseUrl && /^http:/i.test(baseUrl.trim())) throw new HandlerError(translate('sources_addressNotHttps'));
  const origin = selfHostedOrigin(baseUrl, tool.apiHosts);
  if (origin && !(await browser.permissions.contains({ origins: [origin] }))) {
    throw new HandlerError(translate('i18n_errorHostNotAllowed', [new URL(baseUrl!).host]));
  }
}

/** Proves a key with the tool; a refusal says why, and nothing is stored. */
async function validate(
  tool: SourceTool,
  key: string,
  where: { baseUrl?: string; workspace?: string },
  deps: SourceSyncDeps,
) {
  const result = await tool.validate({ key, ...where, perform: deps.perform, now: deps.now() });
  if (result.ok) return { result };
  const refusal: SourceRefusal = {
    tool: tool.id,
    toolName: tool.displayName,
    problem: result.problem,
    detail: result.detail,
  };
  return { refusal };
}

/** When the tool's validation is its sync (Buffer), its answer is the first sync: no second round trip. */
const firstSync = (tool: SourceTool, result: SyncResult) =>
  tool.validate === tool.sync ? result : undefined;

function labelOf(tool: SourceTool, result: SyncResult): string {
  if (!result.ok) return tool.displayName;
  const names = [...new Set(result.channels.flatMap((c) => (c.organization ? [c.organization.name] : [])))];
  return names.length === 1 ? `${tool.displayName}: ${names[0]}`.slice(0, 200) : tool.displayName;
}

/** The view of a stored source; an error when it is gone. */
export async function sourceViewOf(id: string) {
  const source = await getSource(id);
  if (!source) throw new HandlerError(translate('i18n_errorToolGone'));
  return toSourceView(source, (await listProfiles()).profiles);
}

export const sourceHandlers = {
  'source-list': async (): Promise<ResponseMap['source-list']> => {
    const { profiles } = await listProfiles();
    return { sources: (await listSources()).map((s) => toSourceView(s, profiles)) };
  },

  'source-connect': async (
    {
      tool: toolId,
      key,
      baseUrl: address,
      workspace: named,
      keyExpiresAt: typed,
    }: RequestOf<'source-connect'>,
    ctx: HandlerContext,
  ): Promise<ResponseMap['source-connect']> => {
    const tool = toolOf(toolId);
    // Tools on fixed hosts take no address: one given anyway is not sent anywhere.
    const baseUrl = tool.address === 'none' ? undefined : address;
    const workspace = tool.workspaceField ? named : undefined;
    const keyExpiresAt = tool.keyExpiryField ? typed : undefined;
    if (tool.address === 'required' && !baseUrl) {
      throw new HandlerError(translate('sources_addressMissing', [tool.displayName]));
    }
    await mustBeAllowed(tool, baseUrl);
    const deps = sourceDeps(ctx);
    const { result, refusal } = await validate(tool, key, { baseUrl, workspace }, deps);
    if (!result) return { refused: refusal };
    const now = deps.now();
    const source: SourceRecord = {
      id: crypto.randomUUID(),
      tool: tool.id,
      label: labelOf(tool, result),
      ...(baseUrl ? { baseUrl } : {}),
      ...(workspace ? { workspace } : {}),
      ...(keyExpiresAt ? { keyExpiresAt } : {}),
      createdAt: now.toISOString(),
      generation: 0,
      counts: { profiles: 0, notTracked: 0 },
    };
    // The key first: a source record without its key would be a broken tool.
    await putToken(sourceKeyId(source.id), key, now);
    await putSource(source);
    await syncSource(source.id, deps, 'now', firstSync(tool, result));
    return { source: await sourceViewOf(source.id) };
  },

  'source-sync': async ({ id }: RequestOf<'source-sync'>, ctx: HandlerContext) => {
    await sourceViewOf(id);
    const report = await syncSource(id, sourceDeps(ctx), 'now');
    return { source: await sourceViewOf(id), synced: report.kind === 'synced' };
  },

  'source-replace-key': async (
    { id, key, keyExpiresAt: typed }: RequestOf<'source-replace-key'>,
    ctx: HandlerContext,
  ): Promise<ResponseMap['source-replace-key']> => {
    const current = await getSource(id);
    if (!current) throw new HandlerError(translate('i18n_errorToolGone'));
    const tool = toolOf(current.tool);
    const deps = sourceDeps(ctx);
    const where = { baseUrl: current.baseUrl, workspace: current.workspace };
    const { result, refusal } = await validate(tool, key, where, deps);
    if (!result) return { refused: refusal };
    // Key first, then the new generation: a sync in flight with the old key can no longer write.
    await putToken(sourceKeyId(id), key, deps.now());
    // A new key has its own expiry: the old key's date goes with the old key.
    const keyExpiresAt = tool.keyExpiryField ? typed : undefined;
    const bumped = await updateSource(id, ({ retry: _retry, keyExpiresAt: _old, ...s }) => ({
      ...s,
      ...(keyExpiresAt ? { keyExpiresAt } : {}),
      generation: s.generation + 1,
    }));
    if (!bumped) throw new HandlerError(translate('i18n_errorToolGone'));
    await syncSource(id, deps, 'now', firstSync(tool, result));
    return { source: await sourceViewOf(id) };
  },

  'source-remove-gone': async ({ id }: RequestOf<'source-remove-gone'>, ctx: HandlerContext) => {
    await sourceViewOf(id);
    const removed = await deleteGoneProfiles(id);
    await Promise.all([forgetNotified(removed), forgetCycle(removed)]);
    await ctx.reconcile();
    return { source: await sourceViewOf(id), removed: removed.length };
  },

  'source-disconnect': async (
    { id, removeProfiles }: RequestOf<'source-disconnect'>,
    ctx: HandlerContext,
  ) => {
    const before = await getSource(id);
    const { removed } = await deleteSource(id, removeProfiles);
    // Normally deleted with the record; this also covers a record that no longer validated.
    await deleteToken(sourceKeyId(id));
    if (before) await releaseHost(before);
    await Promise.all([forgetNotified(removed), forgetCycle(removed)]);
    await ctx.reconcile();
    return { removed: removed.length };
  },
};

/** What the check cycle keeps about deleted profiles (queue entries, retry schedules) goes with them. */
async function forgetCycle(ids: readonly string[]): Promise<void> {
  for (const { key, change } of forgetChanges(ids)) await updateMeta(key, change);
}
