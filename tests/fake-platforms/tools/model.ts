import type { FakeAnswer } from '../answer';

/**
 * What the fake tool knows about a key: unknown keys are wrong keys. `unpaid`: a good key of an account that
 * owes the tool (Ayrshare's 402, Postiz's 401 `No subscription found`). `lookup-fails`: the tool fails while
 * looking the key up (Postiz: a 401 with an empty body).
 */
export type FakeKeyState = 'good' | 'revoked' | 'unpaid' | 'lookup-fails';

/** A channel as a test describes it; each tool renders it in its own answer shape. */
export interface FakeChannelSpec {
  id: string;
  /** The tool's own service name (`facebook`, `twitter`, `gmb`, `facebook_page`, `x`…). */
  service: string;
  name: string;
  handle?: string;
  /** `locked`: Buffer's plan lock, Postiz's disabled channel, PostFast's `MANUAL` pause. Default `connected`. */
  state?: 'connected' | 'disconnected' | 'locked';
  /** The organization / workspace it belongs to; the first one when absent. */
  organization?: string;
  /** Buffer's channel `type`, Publer's `type`. */
  type?: string;
  /** Ayrshare only: the inferred `refreshDaysRemaining`. */
  refreshDaysRemaining?: number;
  /** Buffer only: `isQueuePaused` (scheduled posts are not published). */
  queuePaused?: boolean;
  /** Zernio only: the token's exact expiry (`tokenExpiresAt`, ISO 8601). */
  expiresAt?: string;
}

export interface FakeChannel extends Required<Pick<FakeChannelSpec, 'id' | 'service' | 'name' | 'state'>> {
  handle?: string;
  organization: string;
  type?: string;
  refreshDaysRemaining?: number;
  queuePaused?: boolean;
  expiresAt?: string;
}

/** A post a tool has on a channel, as a test describes it (each tool renders it in its own shape). */
export interface FakePost {
  id: string;
  /** The channel's id. */
  channel: string;
  /** When it goes out (ISO 8601). */
  dueAt: string;
  text: string;
  /** Default `scheduled`; Buffer's other statuses (`sent`, `draft`…) are listed only when asked for. */
  status?: string;
}

/** An in-app notice of the tool (Postiz's notifications list), newest first when served. */
export interface FakeNotice {
  content: string;
  createdAt: string;
}

/** A post a tool has on a channel, as a test describes it (each tool renders it in its own shape). */
export interface FakePost {
  id: string;
  /** The channel's id. */
  channel: string;
  /** When it goes out (ISO 8601). */
  dueAt: string;
  text: string;
  /** Default `scheduled`; Buffer's other statuses (`sent`, `draft`…) are listed only when asked for. */
  status?: string;
}

export interface FakeOrganization {
  id: string;
  name: string;
}

/** A request to a tool host, read by the world (body included). */
export interface ToolRequest {
  method: string;
  url: URL;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  key: string | undefined;
}

/** Faults in the tool's own words (`fail`); they go through the world's fault book. */
export type ToolFaultKind = 'server-error' | 'rate-limit' | 'hang' | 'garbage';

export const DEFAULT_ORGANIZATION: FakeOrganization = { id: 'org-fake-1', name: 'Example Team' };

/** Keys, organizations and channels of one fake tool. */
export class ToolBook {
  keys = new Map<string, FakeKeyState>();
  organizations: FakeOrganization[] = [DEFAULT_ORGANIZATION];
  /** Mixpost: `false` plays Mixpost Pro 4, which has no workspace list (only per-workspace routes). */
  workspaceList = true;
  /** Postiz's in-app notices (its notifications list). */
  notices: FakeNotice[] = [];
  channels: FakeChannel[] = [];
  /** The posts of every channel (scheduled ones unless a post says otherwise). */
  posts: FakePost[] = [];

  keyState(key: string | undefined): FakeKeyState | 'wrong' {
    return (key !== undefined && this.keys.get(key)) || 'wrong';
  }

  setChannels(specs: readonly FakeChannelSpec[]): void {
    this.channels = specs.map((s) => this.channel(s));
  }

  addChannel(spec: FakeChannelSpec): void {
    this.remove(spec.id);
    this.channels.push(this.channel(spec));
  }

  update(id: string, patch: Partial<Omit<FakeChannelSpec, 'id'>>): void {
    Object.assign(this.find(id), patch);
  }

  setState(id: string, state: FakeChannel['state']): void {
    this.find(id).state = state;
  }

  flip(id: string): void {
    const channel = this.find(id);
    channel.state = channel.state === 'disconnected' ? 'connected' : 'disconnected';
  }

  remove(id: string): void {
    this.channels = this.channels.filter((c) => c.id !== id);
  }

  inOrganization(id: string): FakeChannel[] {
    return this.channels.filter((c) => c.organization === id);
  }

  private find(id: string): FakeChannel {
    const channel = this.channels.find((c) => c.id === id);
    if (!channel) throw new Error(`No fake channel "${id}"`);
    return channel;
  }

  private channel(spec: FakeChannelSpec): FakeChannel {
    const organization = spec.organization ?? this.organizations[0]?.id ?? DEFAULT_ORGANIZATION.id;
    return { ...spec, state: spec.state ?? 'connected', organization };
  }
}

/** One fake tool: its hosts, how its key travels, its answers. */
export interface ToolServer {
  hosts: readonly string[];
  key(headers: ToolRequest['headers']): string | undefined;
  answer(request: ToolRequest): FakeAnswer;
  /** The tool's own answer to a rate limit or a server error, when it has one. */
  rateLimited?(retryAfterSeconds: number): FakeAnswer;
  /** An OAuth tool's own controls (Hootsuite), and what `reset` clears of them. */
  oauth?: FakeOAuth;
}

/** The fake OAuth server of a tool (Hootsuite): clients are registered with `setKey('<id>:<secret>')`. */
export interface FakeOAuth {
  /** Seconds the access tokens it issues live (`expires_in`; 3599 by default, as Hootsuite's). */
  setAccessLifetime(seconds: number): void;
  /** The next refresh is done (the old refresh token spent, a new pair issued) but its answer is lost. */
  loseNextRefresh(): void;
  /** Every access token issued so far stops working (before its `expires_in`); refresh tokens still do. */
  expireAccessTokens(): void;
  /** The redirect URIs the sign-in page sent codes to, and the grants the token endpoint served. */
  log(): { redirects: string[]; grants: string[] };
  reset(): void;
}

export function headerText(headers: ToolRequest['headers'], name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

export const bearerKey = (headers: ToolRequest['headers']) =>
  /^Bearer\s+(\S+)$/i.exec(headerText(headers, 'authorization'))?.[1];
