import { platform } from '@/lib/domain/platform-metadata';
import { reasonText } from '@/lib/i18n/reason-text';
import type { ProfileView } from '@/lib/messaging/views';
import { useI18n } from './i18n';
import { Icon } from './icon';

export interface ToolWordProps {
  profile: Pick<
    ProfileView,
    'platform' | 'reason' | 'links' | 'toolStillConnected' | 'notices' | 'reasonTool' | 'reasonSaid'
  >;
  /** The element each line is (`p` in the popup's rows, `span` in the options table's cells). */
  as?: 'p' | 'span';
}

/**
 * What the publishing tools say beside the status, in words (never colour alone): each tool-channel named
 * when several report the profile ("Broken in Buffer (Client org) · connected in Buffer (Agency org)"), a
 * platform's refusal while a tool still says connected (both facts, both remedies), and the tools' notices
 * (paused queue, plan lock, disabled channel, "Postiz could not refresh a LinkedIn channel on Dec 5: check it in
 * Postiz"). The popup row and the options table show the same words.
 */
export function ToolWord({ profile, as: Line = 'p' }: ToolWordProps) {
  const { t, locale } = useI18n();
  // A dated notice (Postiz's refresh failure) says its day, in the reader's calendar: "on Dec 5".
  const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric' });
  // The popup's row and the options table's cell each keep their own line styles.
  const base = (kind: string) =>
    Line === 'span' ? 'cell-sub' : kind === 'notice' ? 'row__flag row__flag--notice' : 'row__reason';
  const cls = (kind: string) => `${base(kind)} tool-word tool-word--${kind}`;
  const links = profile.links?.map((l) =>
    l.reason
      ? reasonText(t, l.reason, l.tool).title
      : l.state === 'connected'
        ? t('sources_linkConnected', [l.tool])
        : t('sources_linkListed', [l.tool]),
  );
  return (
    <>
      {links ? <Line class={cls('links')}>{links.join(' · ')}</Line> : null}
      {profile.reasonSaid && profile.reasonTool ? (
        <Line class={cls('said')}>{t('sources_toolSaid', [profile.reasonTool, profile.reasonSaid])}</Line>
      ) : null}
      {profile.toolStillConnected && profile.reason ? (
        <Line class={cls('conflict')}>
          {t('sources_toolStillConnected', [
            platform(profile.platform).displayName,
            reasonText(t, profile.reason).title,
            profile.toolStillConnected,
          ])}
        </Line>
      ) : null}
      {profile.notices?.map((n) => {
        const text = reasonText(t, n.reason, n.tool);
        const title = n.at
          ? t('sources_refreshFailedOn', [
              n.tool,
              platform(profile.platform).displayName,
              day.format(new Date(n.at)),
            ])
          : text.title;
        return (
          <Line key={`${n.reason}|${n.tool}`} class={cls('notice')} role="note">
            <Icon name="stale" /> <strong>{title}</strong> {text.explanation}
          </Line>
        );
      })}
    </>
  );
}
