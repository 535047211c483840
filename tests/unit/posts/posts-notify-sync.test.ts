import { afterEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { restoreGlobals, toolWorld } from '../background/tool-world';

afterEach(restoreGlobals);

const shown = async () =>
  Object.values(await fakeBrowser.notifications.getAll()) as { title: string; message: string }[];

/**
 * The real sync (fake Buffer answering the channels and the posts query) and the real reconcile: the
 * notification of a channel that breaks carries its posts at risk, and a posts query that fails takes the
 * posts sentence away and nothing else.
 */
describe('a notification about a broken channel, with its posts at risk', () => {
  async function brokenWithPosts(postsFail: boolean) {
    const w = toolWorld();
    const sourceId = await w.connect();
    expect(await w.profile()).toMatchObject({ status: 'ok' });
    const at = (hours: number) => new Date(w.clock.now().getTime() + hours * 3_600_000).toISOString();
    w.buffer.world.posts = [
      { id: 'p1', channelId: 'li', dueAt: at(5), text: 'Winter menu' },
      { id: 'p2', channelId: 'li', dueAt: at(29), text: 'Hot chocolate' },
    ];
    if (postsFail) w.buffer.world.postsFault = { status: 500, body: 'Bad gateway' };
    w.setChannel({ isDisconnected: true });
    w.clock.advance(16 * 60_000);
    await w.sync(sourceId);
    return w;
  }

  it('says how many will fail and how soon the next goes out, and the tooltip counts them', async () => {
    const w = await brokenWithPosts(false);
    expect(await w.profile()).toMatchObject({ status: 'disconnected', postsAtRisk: { count: 2 } });
    const [notice] = await shown();
    expect(notice?.message).toContain('Acme Careers (LinkedIn) was disconnected');
    expect(notice?.message).toContain('2 scheduled posts will fail, the next in 5 hours.');
    expect(notice?.message).not.toContain('Winter menu');
    const title = await fakeBrowser.action.getTitle({});
    expect(title).toContain('2 scheduled posts at risk');
  });

  it('a posts query that fails changes no status and no notification but its posts sentence', async () => {
    const w = await brokenWithPosts(true);
    expect(await w.profile()).toMatchObject({ status: 'disconnected', postsAtRisk: { count: null } });
    const notices = await shown();
    expect(notices).toHaveLength(1);
    expect(notices[0]?.message).toContain('Acme Careers (LinkedIn) was disconnected');
    expect(notices[0]?.message).not.toMatch(/scheduled post/);
    expect(await fakeBrowser.action.getTitle({})).not.toMatch(/scheduled post/);
  });
});
