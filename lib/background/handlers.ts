import { browser } from 'wxt/browser';
import { isLaterThanNow } from '../domain/import-export';
import type { Profile } from '../domain/profile';
import { reconnectedAt } from '../domain/reconnect';
import type { RequestOf, RequestType, ResponseMap } from '../messaging/protocol';
import { platform } from '../platforms';
import { replaceToken } from '../storage/atomic-writes';
import { readHistory } from '../storage/history-read';
import {
  deleteAllData,
  deleteProfile,
  getProfile,
  newProfile,
  putProfiles,
  updateProfile,
  withInput,
} from '../storage/profile-repository';
import { saveSettings } from '../storage/settings-store';
import { listSources } from '../storage/source-repository';
import { sealToken } from '../storage/token-vault';
import { bannerDismiss, bannerSnooze, bannerState, openPopup } from './banner';
import { forgetChanges, newTokenChanges } from './check-bookkeeping';
import { ensureDigestAlarm } from './digest';
import type { HandlerContext } from './handler-context';
import { HandlerError } from './handler-error';
import { toHistoryView } from './history-view';
import { exportProfiles, importProfiles } from './import-export';
import { forgetNotified } from './notifications';
import { stopWork } from './progress';
import { readState } from './reconcile';
import { sourceDeps, sourceHandlers } from './source-handlers';
import { connectHootsuite } from './source-hootsuite-connect';
import { releaseHost } from './source-host';
import { firstSnapshot, loadState, snapshot, toView } from './state';
import { syncAllWithProgress } from './sync-progress';
import { translate } from './translate';

type Handlers = {
  [T in RequestType]: (request: RequestOf<T>, ctx: HandlerContext) => Promise<ResponseMap[T]>;
};

async function viewOf(id: string, ctx: HandlerContext) {
  const state = await ctx.reconcile();
  const entry = state.entries.find((e) => e.profile.id === id);
  if (!entry) throw new HandlerError(translate('i18n_errorProfileGone'));
  return toView(entry, state.now);
}

/** Why a platform's tokens are not taken: the sentence its token panel shows. */
function noLiveCheck(id: Profile['platform']): string {
  if (id === 'x') return translate('a2TokenNoCheckX');
  if (id === 'tiktok') return translate('a2TokenNoCheckTiktok');
  return translate('a2TokenNoCheckGoogle');
}

async function mustExist(id: string) {
  const profile = await getProfile(id);
  if (!profile) throw new HandlerError(translate('i18n_errorProfileGone'));
  return profile;
}

/** A token set or removed: what was learnt about the old one no longer says anything. */
function withoutLearnt(profile: Profile, hasToken: boolean, now: Date): Profile {
  const { lastCheck: _c, lastVerdict: _v, inconclusiveRun: _r, ...rest } = profile;
  return { ...rest, hasToken, updatedAt: now.toISOString() };
}

export const handlers: Handlers = {
  // Answered from the database as it is (the last read, while nothing was written since), not after the
  // badge, alarms and notifications: a write the last reconcile did not see (one that asked for none) is
  // reconciled behind the answer.
  //
  // With `first`, only the most urgent profiles (the popup's order) and what the whole list reads as: a
  // thousand profiles are some 600 kB to send, and the popup's first screen shows a few.
  'get-state': async ({ first }, ctx) => {
    const state = await readState(ctx);
    return first === undefined ? snapshot(state) : firstSnapshot(state, first);
  },

  'save-profile': async ({ id, profile: input }, ctx) => {
    const now = ctx.now();
    // The form refuses it too; the border does not trust the form: a future connection date would silence
    // every check before it.
    if (input.connectedAt && isLaterThanNow(input.connectedAt, now)) {
      throw new HandlerError(translate('a2ConnectedInFuture'));
    }
    let savedId: string;
    if (id) {
      await mustExist(id);
      // The publishing tools' links are learnt, not typed: `withInput` keeps them, as all it did not ask.
      const updated = await updateProfile(id, (current) => withInput(current, input, now));
      savedId = updated!.id;
    } else {
      const created = newProfile(input, now);
      await putProfiles([created]);
      savedId = created.id;
    }
    return { profile: await viewOf(savedId, ctx) };
  },

  'delete-profile': async ({ id }, ctx) => {
    const deleted = await deleteProfile(id, forgetChanges([id]));
    await forgetNotified([id]);
    await ctx.reconcile();
    return { deleted };
  },

  'save-settings': async ({ settings }, ctx) => {
    const saved = await saveSettings(settings);
    await ctx.reconcile();
    return saved;
  },

  'check-now': async ({ id }, ctx) => {
    if (id) {
      const profile = await mustExist(id);
      if (!profile.hasToken) throw new HandlerError(translate('i18n_errorNoToken'));
      if (!platform(profile.platform).liveCheck) throw new HandlerError(noLiveCheck(profile.platform));
      return { checked: await ctx.check([id]) };
    }
    // A read, not a reconcile: the pass reconciles at its first answer, and a reconcile here (every profile
    // evaluated, badge, alarms, notifications) would hold back the first request.
    const state = await loadState(ctx.now());
    const ids = state.entries
      .filter((e) => e.profile.hasToken && platform(e.profile.platform).liveCheck)
      .map((e) => e.profile.id);
    // Check all also asks every connected publishing tool (issue 10).
    const [checked] = await Promise.all([ctx.check(ids), syncAllWithProgress(sourceDeps(ctx), 'now')]);
    return { checked };
  },

  snooze: async ({ id, days }, ctx) => {
    const now = ctx.now();
    const state = await ctx.reconcile();
    const entry = state.entries.find((e) => e.profile.id === id);
    if (!entry) throw new HandlerError(translate('i18n_errorProfileGone'));
    const until = new Date(now.getTime() + days * 86_400_000).toISOString();
    await updateProfile(id, (p) => ({ ...p, snooze: { until, status: entry.verdict.status } }));
    return { profile: await viewOf(id, ctx) };
  },

  unsnooze: async ({ id }, ctx) => {
    await mustExist(id);
    await updateProfile(id, ({ snooze: _snooze, ...p }) => p);
    return { profile: await viewOf(id, ctx) };
  },

  'mark-reconnected': async ({ id }, ctx) => {
    await mustExist(id);
    const now = ctx.now();
    await updateProfile(id, (p) => reconnectedAt(p, now));
    const profile = await viewOf(id, ctx);
    // The stored token may be the old one: a live check says whether it still works.
    if (profile.hasToken) void ctx.check([id]);
    return { profile };
  },

  'set-token': async ({ id, token }, ctx) => {
    const current = await mustExist(id);
    // A token of a platform whose check means nothing is never stored (the token panel offers no field for it).
    if (!platform(current.platform).liveCheck) throw new HandlerError(noLiveCheck(current.platform));
    const now = ctx.now();
    const sealed = await sealToken(id, token, now);
    // One transaction: the token, the profile that claims it, and its own check request (a check of the old
    // token still under way is superseded: its answer is not stored).
    const stored = await replaceToken(
      id,
      sealed,
      (p) => withoutLearnt(p, true, now),
      newTokenChanges([id], now),
    );
    if (!stored) throw new HandlerError(translate('i18n_errorProfileGone'));
    await ctx.reconcile();
    void ctx.check([id]);
    return { profile: await viewOf(id, ctx) };
  },

  'remove-token': async ({ id }, ctx) => {
    await mustExist(id);
    const now = ctx.now();
    const stored = await replaceToken(
      id,
      undefined,
      (p) => withoutLearnt(p, false, now),
      forgetChanges([id]),
    );
    if (!stored) throw new HandlerError(translate('i18n_errorProfileGone'));
    return { profile: await viewOf(id, ctx) };
  },

  import: async ({ rows }, ctx) => {
    const { summary, tokenProfileIds } = await importProfiles(rows, ctx.now());
    await ctx.reconcile();
    if (tokenProfileIds.length) void ctx.check(tokenProfileIds);
    return summary;
  },

  export: async ({ includeTokens, skipUnreadableTokens }) =>
    exportProfiles(includeTokens, skipUnreadableTokens),

  'delete-all': async (_request, ctx) => {
    // Profiles and tools in one transaction: a sync cannot commit between the two and bring profiles back.
    const tools = await listSources();
    const deleted = await deleteAllData();
    // Every tool is gone with the data: a self-hosted one gives back the address it was granted.
    for (const tool of tools) await releaseHost(tool);
    await browser.alarms.clearAll();
    await ensureDigestAlarm(ctx.now());
    await ctx.reconcile();
    return { deleted };
  },

  'get-history': async ({ id }) => {
    await mustExist(id);
    return { entries: (await readHistory(id)).map(toHistoryView) };
  },

  ...sourceHandlers,
  'hootsuite-connect': connectHootsuite,

  'stop-work': async ({ kind }) => ({ stopped: await stopWork(kind) }),

  'banner-state': bannerState,
  'banner-snooze': bannerSnooze,
  'banner-dismiss': bannerDismiss,
  'open-popup': openPopup,
};
