import { useEffect, useRef, useState } from 'preact/hooks';
import { useI18n } from '@/components/i18n';
import { ProfileForm } from '@/components/options/profile-form';
import { ProfileTable } from '@/components/options/profile-table';
import { TokenPanel } from '@/components/options/token-panel';
import type { ProfileInput } from '@/lib/domain/profile';
import { send } from '@/lib/messaging/client';
import type { FieldIssue, StateSnapshot } from '@/lib/messaging/views';
import { profileFromHash } from '@/lib/ui/profile-hash';
import { describeError } from './errors';
import { HistorySection } from './history-section';

type Editor = { mode: 'closed' } | { mode: 'add' } | { mode: 'edit'; id: string };

/** Wiring for the Profiles section: the table, the add/edit form and the token panel. */
export function ProfilesSection({
  snapshot,
  refresh,
}: {
  snapshot: StateSnapshot;
  refresh(): Promise<void>;
}) {
  const { t } = useI18n();
  const [editor, setEditor] = useState<Editor>({ mode: 'closed' });
  const [saving, setSaving] = useState(false);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [tokenBusy, setTokenBusy] = useState(false);
  const [tokenError, setTokenError] = useState<string>();
  const [checking, setChecking] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState<{ ok: boolean; text: string }>();
  const now = new Date(snapshot.now);
  // Where focus was when the editor opened: it goes back there when the editor closes.
  const opener = useRef<HTMLElement | null>(null);
  const notice = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (editor.mode !== 'closed') return;
    const back = opener.current;
    opener.current = null;
    if (back?.isConnected) back.focus();
    else if (back) notice.current?.focus();
  }, [editor.mode]);
  // `#profile=<id>` (the timeline's links) opens that profile's editor; closing it clears the hash.
  // Only on a change of hash (and once on arrival): a state refresh must not reset an open editor.
  const profiles = useRef(snapshot.profiles);
  profiles.current = snapshot.profiles;
  useEffect(() => {
    const follow = () => {
      const id = profileFromHash(location.hash);
      if (!id || !profiles.current.some((p) => p.id === id)) return;
      open({ mode: 'edit', id });
      requestAnimationFrame(() => document.querySelector('.editor')?.scrollIntoView({ block: 'nearest' }));
    };
    follow();
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  useEffect(() => {
    if (editor.mode === 'closed' && profileFromHash(location.hash))
      history.replaceState(null, '', location.pathname + location.search);
  }, [editor.mode]);
  const editing = editor.mode === 'edit' ? snapshot.profiles.find((p) => p.id === editor.id) : undefined;

  const open = (next: Editor) => {
    if (next.mode !== 'closed' && !opener.current)
      opener.current = document.activeElement as HTMLElement | null;
    setIssues([]);
    setTokenError(undefined);
    setAnnouncement(undefined);
    setEditor(next);
  };

  const save = async (profile: ProfileInput, token?: string) => {
    setSaving(true);
    setIssues([]);
    try {
      const id = editor.mode === 'edit' ? editor.id : undefined;
      const saved = await send({ type: 'save-profile', id, profile });
      if (token) await send({ type: 'set-token', id: saved.profile.id, token });
      setEditor({ mode: 'closed' });
      setAnnouncement({ ok: true, text: t(id ? 'profileSaved' : 'profileAdded', saved.profile.name) });
      await refresh();
    } catch (e) {
      const { message, issues } = describeError(e);
      setIssues(issues.length ? issues : [{ message }]);
    } finally {
      setSaving(false);
    }
  };

  const tokenAction = async (action: () => Promise<unknown>): Promise<boolean> => {
    setTokenBusy(true);
    setTokenError(undefined);
    try {
      await action();
      await refresh();
      return true;
    } catch (e) {
      setTokenError(describeError(e).message);
      return false;
    } finally {
      setTokenBusy(false);
    }
  };

  const check = async (id: string) => {
    setChecking((s) => new Set(s).add(id));
    try {
      await send({ type: 'check-now', id });
    } catch (e) {
      setAnnouncement({ ok: false, text: t('checkFailed', describeError(e).message) });
    }
    setChecking((s) => {
      const next = new Set(s);
      next.delete(id);
      return next;
    });
    await refresh();
  };

  const remove = async (id: string) => {
    const name = snapshot.profiles.find((p) => p.id === id)?.name ?? '';
    try {
      await send({ type: 'delete-profile', id });
      if (editor.mode === 'edit' && editor.id === id) setEditor({ mode: 'closed' });
      setAnnouncement({ ok: true, text: t('profileRemoved', name) });
    } catch (e) {
      setAnnouncement({ ok: false, text: t('removeFailed', describeError(e).message) });
    }
    await refresh();
  };

  return (
    <>
      {announcement ? (
        <p
          ref={notice}
          tabIndex={-1}
          class={`notice ${announcement.ok ? 'notice--ok' : 'notice--error'}`}
          role={announcement.ok ? 'status' : 'alert'}
        >
          {announcement.text}
        </p>
      ) : null}
      {editor.mode !== 'closed' && (editor.mode === 'add' || editing) ? (
        <div class="editor">
          <ProfileForm
            key={editor.mode === 'edit' ? editor.id : 'new'}
            profile={editing}
            saving={saving}
            issues={issues}
            onSubmit={(input, token) => void save(input, token)}
            onCancel={() => open({ mode: 'closed' })}
          />
          {editing ? (
            <TokenPanel
              profile={editing}
              now={now}
              busy={tokenBusy}
              error={tokenError}
              onSet={(token) => tokenAction(() => send({ type: 'set-token', id: editing.id, token }))}
              onRemove={() => void tokenAction(() => send({ type: 'remove-token', id: editing.id }))}
            />
          ) : null}
          {editing ? <HistorySection profile={editing} /> : null}
        </div>
      ) : null}
      <ProfileTable
        profiles={snapshot.profiles}
        now={now}
        checking={checking}
        onAdd={() => open({ mode: 'add' })}
        onEdit={(id) => open({ mode: 'edit', id })}
        onRemove={(id) => void remove(id)}
        onCheck={(id) => void check(id)}
      />
    </>
  );
}
