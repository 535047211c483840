import { useEffect, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import type { ToolChoice } from '@/components/options/sources/connect-form';
import { refusalText } from '@/components/options/sources/problem-text';
import { SourcesPanel } from '@/components/options/sources/sources-panel';
import { SOURCE_METADATA } from '@/lib/domain/source-metadata';
import type { SourceToolId as ToolId } from '@/lib/domain/source-record';
import { send } from '@/lib/messaging/client';
import type { SourceView } from '@/lib/messaging/source-views';
import type { StateSnapshot } from '@/lib/messaging/views';
import { describeError } from './errors';
import { askHostPermission } from './host-permission';
import { askIdentityPermission, extensionRedirectUrl } from './identity';
import './sources.css';

const TOOLS: ToolChoice[] = Object.values(SOURCE_METADATA).map((tool) => ({
  id: tool.id,
  name: tool.displayName,
  address: tool.address,
  keyHelpUrl: tool.keyHelpUrl,
  workspace: 'workspaceField' in tool,
  keyExpiry: 'keyExpiryField' in tool,
  oauth: 'oauth' in tool,
}));

/** Wiring for "Publishing tools": the page asks, the background talks to the tools. */
export function SourcesSection({ snapshot, refresh }: { snapshot: StateSnapshot; refresh(): Promise<void> }) {
  const i18n = useI18n();
  const { t } = i18n;
  const [sources, setSources] = useState<SourceView[]>();
  const [busy, setBusy] = useState<string>();
  const [result, setResult] = useState<{ ok: boolean; message: string }>();
  // Read again after a sign-in: some browsers give it only once the identity permission is granted.
  const [redirectUrl, setRedirectUrl] = useState(extensionRedirectUrl);

  // Every new snapshot (a sync changed profiles, a page elsewhere acted) re-reads the list.
  useEffect(() => {
    void send({ type: 'source-list' })
      .then((r) => setSources(r.sources))
      .catch(() => undefined);
  }, [snapshot]);

  type Said = { ok: boolean; message: string } | undefined;
  const said = (message: string): Said => ({ ok: true, message });
  const refused = (message: string): Said => ({ ok: false, message });

  const run = async (busyKey: string, action: () => Promise<Said>) => {
    setBusy(busyKey);
    setResult(undefined);
    try {
      setResult(await action());
      setSources((await send({ type: 'source-list' })).sources);
      await refresh();
    } catch (e) {
      setResult({ ok: false, message: t('sources_failed', describeError(e).message) });
    } finally {
      setBusy(undefined);
    }
  };

  const onConnect = (
    toolId: string,
    key: string,
    address: string | undefined,
    workspace?: string,
    keyExpiresAt?: string,
  ) => {
    const tool = Object.values(SOURCE_METADATA).find((x) => x.id === toolId);
    if (!tool) return;
    // First thing in the click: the permission prompt needs the user's gesture.
    const permission = askHostPermission(tool.address === 'none' ? undefined : address, tool.apiHosts);
    void run('connect', async () => {
      if ((await permission) === 'refused') {
        const host = address && URL.canParse(address) ? new URL(address).host : (address ?? '');
        return refused(t('sources_permissionRefused', [host, tool.displayName]));
      }
      const answer = await send({
        type: 'source-connect',
        tool: toolId as ToolId,
        key,
        baseUrl: address,
        ...(workspace ? { workspace } : {}),
        ...(keyExpiresAt ? { keyExpiresAt } : {}),
      });
      if (answer.refused) return refused(refusalText(i18n, answer.refused));
      return said(t('sources_connected', [tool.displayName, String(answer.source.profiles)]));
    });
  };

  /** Hootsuite: the identity permission first thing in the click, then the background signs in. */
  const signIn = (request: { clientId?: string; clientSecret?: string; id?: string }, busyKey: string) => {
    const permission = askIdentityPermission();
    void run(busyKey, async () => {
      const allowed = await permission;
      setRedirectUrl(extensionRedirectUrl());
      if (!allowed) return refused(t('sources_problem_identityRefused', ['Hootsuite']));
      const answer = await send({ type: 'hootsuite-connect', ...request });
      if (answer.refused) return refused(refusalText(i18n, answer.refused));
      return said(t('sources_connected', [answer.source.toolName, String(answer.source.profiles)]));
    });
  };
  const onSignIn = (_tool: string, clientId: string, clientSecret: string) =>
    signIn({ clientId, clientSecret }, 'connect');
  const onConnectAgain = (id: string) => signIn({ id }, id);

  const onSync = (id: string) =>
    void run(id, async () => {
      await send({ type: 'source-sync', id });
      return undefined;
    });

  const onReplaceKey = (id: string, key: string, keyExpiresAt?: string) =>
    void run(id, async () => {
      const answer = await send({
        type: 'source-replace-key',
        id,
        key,
        ...(keyExpiresAt ? { keyExpiresAt } : {}),
      });
      if (answer.refused) return refused(refusalText(i18n, answer.refused));
      return said(t('sources_keyReplaced', [answer.source.toolName]));
    });

  const onDisconnect = (id: string, removeProfiles: boolean) => {
    const name = sources?.find((s) => s.id === id)?.toolName ?? '';
    void run(id, async () => {
      await send({ type: 'source-disconnect', id, removeProfiles });
      return said(t('sources_disconnected', [name]));
    });
  };

  const onRemoveGone = (id: string) =>
    void run(id, async () => {
      const { removed } = await send({ type: 'source-remove-gone', id });
      return said(t('sources_goneRemoved', [String(removed)]));
    });

  return (
    <SourcesPanel
      tools={TOOLS}
      sources={sources}
      now={new Date(snapshot.now)}
      warnDays={snapshot.settings.warnDays}
      busy={busy}
      result={result}
      onConnect={onConnect}
      onSignIn={onSignIn}
      onConnectAgain={onConnectAgain}
      redirectUrl={redirectUrl}
      onSync={onSync}
      onReplaceKey={onReplaceKey}
      onDisconnect={onDisconnect}
      onRemoveGone={onRemoveGone}
    />
  );
}
