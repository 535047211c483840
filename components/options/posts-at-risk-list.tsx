import type { ProfileView } from '@/lib/messaging/views';
import { plural, useI18n } from '../i18n';
import { Icon } from '../icon';
import { postsLine, postTime } from '../posts/posts-text';

export interface PostsAtRiskListProps {
  profile: Pick<ProfileView, 'id' | 'name' | 'status' | 'postsAtRisk'>;
  now: Date;
}

/** A post's page in its tool opens only over https (the stored schema accepts nothing else either). */
function httpsUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    return new URL(value).protocol === 'https:' ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The next few posts a profile stands to lose: a heading, the count line, then a list with each post's time
 * and first words (never the whole text), the words a link to the post in its tool where the tool gave one.
 */
export function PostsAtRiskList({ profile, now }: PostsAtRiskListProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const posts = profile.postsAtRisk;
  if (!posts?.items.length) return null;
  const headingId = `posts-at-risk-${profile.id}`;
  const more = (posts.count ?? 0) - posts.items.length;
  return (
    <section class="posts-at-risk" aria-labelledby={headingId}>
      <h3 class="posts-at-risk__heading" id={headingId}>
        {t('posts_listHeading')}
        <span class="sr-only">{t('forProfile', profile.name)}</span>
      </h3>
      <p class="cell-sub">{postsLine(i18n, { posts, status: profile.status, now })}</p>
      <ul class="posts-at-risk__list">
        {posts.items.map((post) => {
          const url = httpsUrl(post.url);
          const words = post.text || t('posts_noText');
          return (
            <li key={`${post.tool}|${post.dueAt}|${post.text}`}>
              <time dateTime={post.dueAt}>{postTime(i18n, post.dueAt, now)}</time>{' '}
              {url ? (
                <a href={url} target="_blank" rel="noopener noreferrer">
                  {words}
                  <span class="sr-only">{t('posts_openInTool', [post.tool])}</span>
                  <Icon name="external" />
                </a>
              ) : (
                <span>{words}</span>
              )}{' '}
              <span class="posts-at-risk__tool">· {post.tool}</span>
            </li>
          );
        })}
      </ul>
      {more > 0 ? <p class="cell-sub">{plural(i18n, more, 'posts_moreOne', 'posts_moreOther')}</p> : null}
    </section>
  );
}
