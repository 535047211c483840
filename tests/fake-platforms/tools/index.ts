import type { IncomingMessage } from 'node:http';
import type { ToolId } from '../../../lib/sources/types';
import { type FakeAnswer, json } from '../answer';
import type { Fault, FaultOptions } from '../faults';
import { ayrshareServer } from './ayrshare';
import { bufferServer } from './buffer';
import { hootsuiteServer } from './hootsuite';
import { mixpostServer } from './mixpost';
import {
  type FakeChannel,
  type FakeChannelSpec,
  type FakeKeyState,
  type FakeNotice,
  type FakeOAuth,
  type FakeOrganization,
  type FakePost,
  ToolBook,
  type ToolFaultKind,
  type ToolServer,
} from './model';
import { planableServer } from './planable';
import { postfastServer } from './postfast';
import { postizServer } from './postiz';
import { publerServer } from './publer';
import { zernioServer } from './zernio';

export { MIXPOST_HOST } from './mixpost';
export type {
  FakeChannel,
  FakeChannelSpec,
  FakeKeyState,
  FakeOAuth,
  FakeOrganization,
  FakePost,
  ToolFaultKind,
} from './model';

/** A publishing tool's API as tests drive it (tests/fake-platforms/README.md, "Publishing tools"). */
export interface FakeTool {
  readonly hosts: readonly string[];
  /** Registers a key (`good` by default); any other key is a wrong key. */
  setKey(key: string, state?: FakeKeyState): void;
  /** Buffer organizations, Mixpost and Publer workspaces (Ayrshare and Postiz have none). */
  setOrganizations(organizations: readonly FakeOrganization[]): void;
  /** Mixpost: `false` plays an instance without a workspace list (Mixpost Pro 4). */
  setWorkspaceList(listed: boolean): void;
  /** The tool's in-app notices (Postiz's notifications). */
  setNotices(notices: readonly FakeNotice[]): void;
  setChannels(channels: readonly FakeChannelSpec[]): void;
  addChannel(channel: FakeChannelSpec): void;
  /** connected ⇄ disconnected. */
  flip(id: string): void;
  setState(id: string, state: FakeChannel['state']): void;
  /** Changes any field but the id (a name, a handle, Ayrshare's `refreshDaysRemaining`…). */
  update(id: string, patch: Partial<Omit<FakeChannelSpec, 'id'>>): void;
  remove(id: string): void;
  channels(): FakeChannel[];
  /** The posts the tool has (scheduled unless said otherwise), on any of its channels: replaces them all. */
  setPosts(posts: readonly FakePost[]): void;
  /** The tool fails the next `times` requests (every one when absent); returns a remover. */
  fail(kind: ToolFaultKind, options?: { times?: number; retryAfterSeconds?: number }): () => void;
  /** Forgets keys, channels and organizations (back to one default organization). */
  reset(): void;
  /** Hootsuite: its OAuth server's controls. */
  oauth?: FakeOAuth;
}

export type FakeTools = Record<ToolId, FakeTool>;

const SERVERS: Record<ToolId, (book: ToolBook) => ToolServer> = {
  buffer: bufferServer,
  mixpost: mixpostServer,
  ayrshare: ayrshareServer,
  publer: publerServer,
  postiz: postizServer,
  zernio: zernioServer,
  postfast: postfastServer,
  planable: planableServer,
  hootsuite: hootsuiteServer,
};

/** Hosts of the tools' APIs, and of the pages where a user reconnects a channel (served as plain pages). */
export function toolHosts(): string[] {
  const api = Object.values(SERVERS).flatMap((server) => server(new ToolBook()).hosts);
  return [...api, 'account.buffer.com', 'app.ayrshare.com', 'app.postfa.st', 'app.planable.io'];
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => {
      body += chunk;
    });
    req.on('end', () => resolve(body));
    req.on('error', reject);
  });
}

/** The fake tools of one world. `addFault` is the world's fault book, so tool faults are logged like others. */
export function createTools(addFault: (fault: Fault, options: FaultOptions) => () => void) {
  const servers = new Map<string, { server: ToolServer; book: ToolBook }>();
  const tools = {} as FakeTools;
  for (const id of Object.keys(SERVERS) as ToolId[]) {
    const book = new ToolBook();
    const server = SERVERS[id](book);
    for (const host of server.hosts) servers.set(host, { server, book });
    tools[id] = {
      hosts: server.hosts,
      setKey: (key, state = 'good') => void book.keys.set(key, state),
      setOrganizations: (organizations) => {
        book.organizations = organizations.map((o) => ({ ...o }));
      },
      setWorkspaceList: (listed) => {
        book.workspaceList = listed;
      },
      setNotices: (notices) => {
        book.notices = notices.map((n) => ({ ...n }));
      },
      setChannels: (channels) => book.setChannels(channels),
      addChannel: (channel) => book.addChannel(channel),
      flip: (channelId) => book.flip(channelId),
      setState: (channelId, state) => book.setState(channelId, state),
      update: (channelId, patch) => book.update(channelId, patch),
      remove: (channelId) => book.remove(channelId),
      channels: () => book.channels.map((c) => ({ ...c })),
      setPosts: (posts) => {
        book.posts = posts.map((p) => ({ ...p }));
      },
      fail(kind, options = {}) {
        const fault: Fault =
          kind === 'rate-limit'
            ? { kind: 'rate-limit', retryAfterSeconds: options.retryAfterSeconds ?? 60 }
            : { kind };
        const removers = server.hosts.map((host) => addFault(fault, { host, times: options.times }));
        return () => {
          for (const remove of removers) remove();
        };
      },
      ...(server.oauth ? { oauth: server.oauth } : {}),
      reset: () => {
        server.oauth?.reset();
        const fresh = new ToolBook();
        book.keys = fresh.keys;
        book.notices = fresh.notices;
        book.channels = fresh.channels;
        book.organizations = fresh.organizations;
        book.workspaceList = fresh.workspaceList;
        book.posts = fresh.posts;
      },
    };
  }

  return {
    tools,
    owns: (host: string) => servers.has(host),
    key: (host: string, headers: IncomingMessage['headers']) => servers.get(host)?.server.key(headers),
    async answer(host: string, req: IncomingMessage, url: URL): Promise<FakeAnswer> {
      const found = servers.get(host);
      if (!found) return json(404, { error: 'not found' });
      const body = await readBody(req);
      const key = found.server.key(req.headers);
      return found.server.answer({ method: req.method ?? 'GET', url, headers: req.headers, body, key });
    },
    /** A tool's own 429 (its body and headers), else `undefined` for the world's generic fault answer. */
    faultAnswer(host: string, fault: Fault): FakeAnswer | undefined {
      if (fault.kind !== 'rate-limit') return undefined;
      return servers.get(host)?.server.rateLimited?.(fault.retryAfterSeconds);
    },
  };
}
