import { useEffect, useState } from 'preact/hooks';
import { HistoryStrip } from '@/components/options/history-strip';
import { send } from '@/lib/messaging/client';
import type { ProfileView } from '@/lib/messaging/views';
import type { HistoryEntryView } from '@/lib/messaging/views-history';
import { describeError } from './errors';

/** Wiring for the editor's history strip: read again whenever the profile gets a new check. */
export function HistorySection({ profile }: { profile: ProfileView }) {
  const [entries, setEntries] = useState<HistoryEntryView[]>();
  const [error, setError] = useState<string>();
  // A new check or tool report changes one of these.
  const lastAt = `${profile.lastCheck?.at}|${profile.lastVerdict?.at}|${profile.updatedAt}`;
  useEffect(() => {
    let current = true;
    send({ type: 'get-history', id: profile.id })
      .then((answer) => {
        if (!current) return;
        setEntries(answer.entries);
        setError(undefined);
      })
      .catch((e: unknown) => {
        if (current) setError(describeError(e).message);
      });
    return () => {
      current = false;
    };
  }, [profile.id, lastAt]);
  return <HistoryStrip name={profile.name} entries={entries} error={error} />;
}
