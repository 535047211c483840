import { countdownText, relativeTime } from '@/lib/domain/countdown';
import { platform } from '@/lib/domain/platform-metadata';
import { reasonText } from '@/lib/i18n/reason-text';
import type { ProfileView } from '@/lib/messaging/views';
import { useI18n } from '../i18n';
import { Icon } from '../icon';
import { PlatformMark } from '../platform-mark';
import { StatusLabel } from '../status-label';
import { ToolWord } from '../tool-word';
import { isHttpUrl } from '../url';
import { memo } from './memo';
import { PostsAtRiskLine } from './posts-at-risk-line';

export type SnoozeDays = 1 | 7;

export interface ProfileRowProps {
  profile: ProfileView;
  now: Date;
  /** A live check of this profile is running. */
  checking: boolean;
  onCheck(id: string): void;
  onSnooze(id: string, days: SnoozeDays): void;
  onUnsnooze(id: string): void;
  onMarkReconnected(id: string): void;
}

/** Statuses that call for action: snoozing, or telling us the profile was reconnected. */
const SNOOZABLE = new Set(['expiring', 'expired', 'disconnected']);

/** One profile in the popup: who, how it stands, why, and what to do about it. */
export const ProfileRow = memo(function ProfileRow(props: ProfileRowProps) {
  const { profile, now, checking } = props;
  const i18n = useI18n();
  const { t, locale } = i18n;
  const nameId = `profile-name-${profile.id}`;
  const expires = profile.effectiveExpiresAt;
  const countdown = countdownText(
    expires === undefined || expires === null ? expires : new Date(expires),
    profile.status,
    now,
    i18n,
  );
  // A publishing tool's reasons name the tool ("Broken in Buffer").
  const tool = profile.reasonTool;
  const reason = profile.reason ? reasonText(t, profile.reason, tool) : undefined;
  const stale = profile.stale ? reasonText(t, profile.staleReason ?? 'unexpected-answer', tool) : undefined;
  const meta = [
    platform(profile.platform).displayName,
    profile.handle ? `@${profile.handle.replace(/^@/, '')}` : '',
    profile.publisher ? t('viaPublisher', profile.publisher) : '',
  ].filter(Boolean);
  const snoozeUntil = profile.snoozed && profile.snooze ? new Date(profile.snooze.until) : undefined;
  const canReconnect = isHttpUrl(profile.reconnectTarget);

  return (
    <li
      id={`profile-${profile.id}`}
      class={`row row--${profile.status}${profile.snoozed ? ' row--snoozed' : ''}`}
      tabIndex={-1}
      aria-labelledby={nameId}
      data-profile-id={profile.id}
    >
      <div class="row__head">
        <PlatformMark id={profile.platform} />
        <h2 class="row__name" id={nameId}>
          {profile.name}
        </h2>
        <StatusLabel status={profile.status} />
      </div>
      <p class="row__meta">{meta.join(' · ')}</p>
      <p class="row__countdown">{countdown}</p>
      {reason ? (
        <p class="row__reason">
          <strong>{reason.title}</strong> {profile.status === 'ok' ? reason.explanation : reason.remedy}
        </p>
      ) : null}
      <ToolWord profile={profile} />
      <PostsAtRiskLine profile={profile} now={now} />
      {profile.keepsAnswering !== undefined ? (
        <p class="row__flag row__flag--keeps-answering" role="note">
          <Icon name="stale" />
          <span>
            <strong>
              {profile.keepsAnswering
                ? t('checkCycleKeepsAnswering', [
                    platform(profile.platform).displayName,
                    profile.keepsAnswering,
                  ])
                : t('checkCycleKeepsAnsweringUnexplained', [platform(profile.platform).displayName])}
            </strong>{' '}
            {t('checkCycleKeepsAnsweringHint')}
          </span>
        </p>
      ) : profile.cantTell && !stale ? (
        <p class="row__flag row__flag--cant-tell">
          <Icon name="stale" />
          <span>{t('checkCycleCantTell')}</span>
        </p>
      ) : null}
      {profile.tokenReason ? (
        // A publishing tool decides the status; the pasted token's own check is shown beside it.
        <p class="row__reason">{t('sources_tokenBeside', reasonText(t, profile.tokenReason).title)}</p>
      ) : null}
      {stale ? (
        <p class="row__flag row__flag--stale">
          <Icon name="stale" />
          <span>{t('staleMark', stale.title)}</span>
        </p>
      ) : null}
      {snoozeUntil ? (
        <p class="row__flag row__flag--snoozed">
          <Icon name="snoozed" />
          <span>
            {t(
              'snoozedUntil',
              snoozeUntil.toLocaleString(locale, {
                weekday: 'short',
                month: 'short',
                day: 'numeric',
                hour: 'numeric',
                minute: '2-digit',
              }),
            )}
          </span>
        </p>
      ) : null}
      {profile.lastCheck ? (
        <p class="row__checked">
          {t('checkedAgo', relativeTime(new Date(profile.lastCheck.at), now, locale))}
        </p>
      ) : null}
      <div class="row__actions">
        {canReconnect ? (
          <a
            class={`button${profile.status === 'expired' || profile.status === 'disconnected' ? ' button--primary' : ''}`}
            href={profile.reconnectTarget}
            target="_blank"
            rel="noopener noreferrer"
          >
            {t('actionReconnect')}
            <span class="sr-only">{t('forProfileNewTab', profile.name)}</span>
            <Icon name="external" />
          </a>
        ) : null}
        {SNOOZABLE.has(profile.status) ? (
          <button type="button" class="button" onClick={() => props.onMarkReconnected(profile.id)}>
            {t('actionMarkReconnected')}
            <span class="sr-only">{t('forProfile', profile.name)}</span>
          </button>
        ) : null}
        {profile.hasToken && platform(profile.platform).liveCheck ? (
          <button
            type="button"
            class="button"
            disabled={checking}
            aria-busy={checking}
            onClick={() => props.onCheck(profile.id)}
          >
            {checking ? t('actionChecking') : t('actionCheckNow')}
            <span class="sr-only">{t('forProfile', profile.name)}</span>
          </button>
        ) : null}
        {profile.snoozed ? (
          <button type="button" class="button" onClick={() => props.onUnsnooze(profile.id)}>
            {t('actionUnsnooze')}
            <span class="sr-only">{t('forProfile', profile.name)}</span>
          </button>
        ) : SNOOZABLE.has(profile.status) ? (
          <>
            <button type="button" class="button" onClick={() => props.onSnooze(profile.id, 1)}>
              {t('actionSnooze1')}
              <span class="sr-only">{t('forProfile', profile.name)}</span>
            </button>
            <button type="button" class="button" onClick={() => props.onSnooze(profile.id, 7)}>
              {t('actionSnooze7')}
              <span class="sr-only">{t('forProfile', profile.name)}</span>
            </button>
          </>
        ) : null}
      </div>
    </li>
  );
});
