import type { ProfileView } from '@/lib/messaging/views';
import { useI18n } from '../i18n';
import { Icon } from '../icon';
import { postsLine } from '../posts/posts-text';

export interface PostsAtRiskLineProps {
  profile: Pick<ProfileView, 'postsAtRisk' | 'status'>;
  now: Date;
}

/**
 * What a broken, expiring or paused profile will cost, in words (the icon and bold type mark a count above
 * zero; the words alone say it). The view holds posts at risk only for such a profile that a publishing tool
 * links (lib/domain/posts-at-risk.ts), so "Scheduled posts: unknown" shows only where a tool could have
 * said and did not: never for a profile entered by hand, whose posts no tool could list.
 */
export function PostsAtRiskLine({ profile, now }: PostsAtRiskLineProps) {
  const i18n = useI18n();
  const posts = profile.postsAtRisk;
  if (!posts) return null;
  const atRisk = (posts.count ?? 0) > 0;
  return (
    <p class={`row__flag row__posts${atRisk ? ' row__posts--at-risk' : ''}`}>
      {atRisk ? <Icon name="stale" /> : null}
      <span>{postsLine(i18n, { posts, status: profile.status, now })}</span>
    </p>
  );
}
