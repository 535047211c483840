import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { countdownText } from '@/lib/domain/countdown';
import { PLATFORM_IDS, type PlatformId } from '@/lib/domain/platform-id';
import { platform } from '@/lib/domain/platform-metadata';
import { STATUSES } from '@/lib/domain/token-status';
import { sortByUrgency } from '@/lib/domain/urgency';
import { reasonText } from '@/lib/i18n/reason-text';
import { STATUS_LABEL_KEYS } from '@/lib/i18n/status-keys';
import type { ProfileView } from '@/lib/messaging/views';
import { plural, useI18n } from '../i18n';
import { Icon } from '../icon';
import { PlatformMark } from '../platform-mark';
import { StatusLabel } from '../status-label';
import { ToolWord } from '../tool-word';
import { useProgressiveCount } from '../use-progressive-count';
import { PostsAtRiskList } from './posts-at-risk-list';
import { filterProfiles, NO_FILTER, type ProfileFilter } from './profile-filter';

/** A stored token is used where the platform has a live check; elsewhere it is kept from an earlier version. */
const tokenState = (id: PlatformId) => (platform(id).liveCheck ? 'tokenStoredShort' : 'a2TokenUnusedShort');

export interface ProfileTableProps {
  profiles: readonly ProfileView[];
  now: Date;
  checking: ReadonlySet<string>;
  onAdd(): void;
  onEdit(id: string): void;
  onRemove(id: string): void;
  onCheck(id: string): void;
}

/** Every profile, searchable and filterable, with its status and what can be done with it. */
export function ProfileTable(props: ProfileTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const [filter, setFilter] = useState<ProfileFilter>(NO_FILTER);
  const [confirming, setConfirming] = useState<string>();
  const sorted = useMemo(() => sortByUrgency(props.profiles), [props.profiles]);
  const shown = useMemo(() => filterProfiles(sorted, filter), [sorted, filter]);
  const count = useProgressiveCount(shown.length, 100, 300);
  const confirmButton = useRef<HTMLButtonElement>(null);
  useEffect(() => confirmButton.current?.focus(), [confirming]);

  return (
    <div class="profile-table">
      <search class="toolbar">
        <div class="field">
          <label for="profile-search">{t('searchLabel')}</label>
          <input
            id="profile-search"
            type="search"
            value={filter.query}
            placeholder={t('searchPlaceholder')}
            onInput={(e) => setFilter({ ...filter, query: e.currentTarget.value })}
          />
        </div>
        <div class="field">
          <label for="filter-platform">{t('filterPlatform')}</label>
          <select
            id="filter-platform"
            value={filter.platform}
            onChange={(e) =>
              setFilter({ ...filter, platform: e.currentTarget.value as ProfileFilter['platform'] })
            }
          >
            <option value="">{t('filterAllPlatforms')}</option>
            {PLATFORM_IDS.map((id) => (
              <option key={id} value={id}>
                {platform(id).displayName}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="filter-status">{t('filterStatus')}</label>
          <select
            id="filter-status"
            value={filter.status}
            onChange={(e) =>
              setFilter({ ...filter, status: e.currentTarget.value as ProfileFilter['status'] })
            }
          >
            <option value="">{t('filterAllStatuses')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(STATUS_LABEL_KEYS[s])}
              </option>
            ))}
          </select>
        </div>
        <button type="button" class="button button--primary toolbar__add" onClick={props.onAdd}>
          {t('actionAddProfile')}
        </button>
      </search>
      <p class="profile-table__count" role="status">
        {props.profiles.length === 0
          ? t('noProfilesYet')
          : shown.length === props.profiles.length
            ? plural(i18n, shown.length, 'profileCountOne', 'profileCountOther')
            : t('profileCountFiltered', [String(shown.length), String(props.profiles.length)])}
      </p>
      {shown.length ? (
        <table>
          <caption class="sr-only">{t('profilesTableCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('columnProfile')}</th>
              <th scope="col">{t('columnPlatform')}</th>
              <th scope="col">{t('columnStatus')}</th>
              <th scope="col">{t('columnToken')}</th>
              <th scope="col">
                <span class="sr-only">{t('columnActions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.slice(0, count).map((p) => {
              const expires = p.effectiveExpiresAt;
              const checking = props.checking.has(p.id);
              return (
                <tr key={p.id} data-profile-id={p.id}>
                  <th scope="row" class="cell-name">
                    <span class="cell-name__name">{p.name}</span>
                    {p.handle || p.publisher ? (
                      <span class="cell-name__meta">
                        {[
                          p.handle ? `@${p.handle.replace(/^@/, '')}` : '',
                          p.publisher ? t('viaPublisher', p.publisher) : '',
                        ]
                          .filter(Boolean)
                          .join(' · ')}
                      </span>
                    ) : null}
                  </th>
                  <td>
                    <PlatformMark id={p.platform} withName />
                  </td>
                  <td>
                    <StatusLabel status={p.status} />
                    <span class="cell-sub">
                      {countdownText(
                        expires === undefined || expires === null ? expires : new Date(expires),
                        p.status,
                        props.now,
                        i18n,
                      )}
                    </span>
                    <ToolWord profile={p} as="span" />
                    <PostsAtRiskList profile={p} now={props.now} />
                    {p.stale ? (
                      <span class="cell-sub cell-stale">
                        <Icon name="stale" />{' '}
                        {t(
                          'staleMark',
                          reasonText(t, p.staleReason ?? 'unexpected-answer', p.reasonTool).title,
                        )}
                      </span>
                    ) : null}
                  </td>
                  <td>{p.hasToken ? t(tokenState(p.platform)) : t('tokenNoneShort')}</td>
                  <td>
                    <div class="cell-actions">
                      {confirming === p.id ? (
                        <fieldset class="confirm">
                          <legend>{t('removeQuestion', p.name)}</legend>
                          <button
                            type="button"
                            class="button button--danger"
                            ref={confirmButton}
                            onClick={() => {
                              setConfirming(undefined);
                              props.onRemove(p.id);
                            }}
                          >
                            {t('actionConfirmRemove')}
                          </button>
                          <button type="button" class="button" onClick={() => setConfirming(undefined)}>
                            {t('actionCancel')}
                          </button>
                        </fieldset>
                      ) : (
                        <>
                          <button type="button" class="button" onClick={() => props.onEdit(p.id)}>
                            {t('actionEdit')}
                            <span class="sr-only">{t('forProfile', p.name)}</span>
                          </button>
                          {p.hasToken ? (
                            <button
                              type="button"
                              class="button"
                              disabled={checking}
                              aria-busy={checking}
                              onClick={() => props.onCheck(p.id)}
                            >
                              {checking ? t('actionChecking') : t('actionCheckNow')}
                              <span class="sr-only">{t('forProfile', p.name)}</span>
                            </button>
                          ) : null}
                          <button type="button" class="button" onClick={() => setConfirming(p.id)}>
                            {t('actionRemove')}
                            <span class="sr-only">{t('forProfile', p.name)}</span>
                          </button>
                        </>
                      )}
                    </div>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
    </div>
  );
}
