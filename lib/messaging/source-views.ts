import type { SourceToolId, SyncOutcome } from '../domain/source-record';

/** A connected publishing tool as pages see it: never its key. */
export interface SourceView {
  id: string;
  tool: SourceToolId;
  toolName: string;
  label: string;
  baseUrl?: string;
  /** `never`: connected but not synced yet. */
  state: 'ok' | 'refused' | 'failing' | 'never';
  lastSync?: { at: string; outcome: SyncOutcome; problem?: string; detail?: string };
  lastSuccessAt?: string;
  /** When the next automatic sync may run (after a failure). */
  retryAt?: string;
  profiles: number;
  notTracked: number;
  /** Profiles it no longer lists (kept for their notes; removable in one click). */
  gone: number;
  /** The profiles "Disconnect and remove its profiles" deletes: made by its sync, still listed, no other tool's. */
  removable: number;
  /** Channels linked to no profile because several matched each equally (the last sync's). */
  ambiguous: { platform: string; name: string; candidates: number }[];
  /** Whether the tool says which channels need reconnecting (else only the list is learnt). */
  reportsHealth: boolean;
  reconnectUrl: string;
  /** The tool's key has its own expiry the person types (Planable): the key form asks for it again. */
  keyExpiryField?: boolean;
  /** When the key itself stops working, as the person typed it (absent: never, or not said). */
  keyExpiresAt?: string;
}

/** Why a tool did not accept a key at connect or replace time; nothing was stored. */
export interface SourceRefusal {
  tool: SourceToolId;
  toolName: string;
  /** The tool's problem (`key-refused`, `rate-limited`, `server-error`, …). */
  problem: string;
  detail: string;
}
