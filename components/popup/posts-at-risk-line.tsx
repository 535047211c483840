import type { ProfileView } from '@/lib/messaging/views';
import { useI18n } from '../i18n';
import { Icon } from '../icon';
import { postsLine } from '../posts/posts-text';

export interface PostsAtRiskLineProps {
  profile: Pick<ProfileView, 'postsAtRisk' | 'status' | 'sources'>;
  now: Date;
}

/**
 * What a broken, expiring or paused profile will cost, in words (the icon is decoration, never the only
 * signal). "Posts unknown" is said only for a profile a publishing tool reports: for one entered by hand no
 * tool could ever list its posts, so the line would tell nothing.
 */
export function PostsAtRiskLine({ profile, now }: PostsAtRiskLineProps) {
  const i18n = useI18n();
  const posts = profile.postsAtRisk;
  if (!posts) return null;
  if (posts.count === null && !profile.sources?.length) return null;
  const atRisk = (posts.count ?? 0) > 0;
  return (
    <p class={`row__flag row__posts${atRisk ? ' row__posts--at-risk' : ''}`}>
      {atRisk ? <Icon name="stale" /> : null}
      <span>{postsLine(i18n, { posts, status: profile.status, now })}</span>
    </p>
  );
}
