import { SOURCE_TOOL_NAMES } from '@/lib/domain/source-names';
import { useI18n } from './i18n';

export interface WelcomeViewProps {
  /** The options page's address; the three ways in open its sections. */
  optionsUrl: string;
}

/** The first-run page: three ways to get profiles in. Presentational. */
export function WelcomeView({ optionsUrl }: WelcomeViewProps) {
  const { t, locale } = useI18n();
  // The tools come from the registry, so a new tool needs no new translation ("A, B or C" in each language).
  const tools = new Intl.ListFormat(locale, { type: 'disjunction' }).format(Object.values(SOURCE_TOOL_NAMES));
  const ways = [
    { section: 'sources', title: t('sources_wayConnect'), hint: t('sources_wayConnectHint', [tools]) },
    { section: 'data', title: t('sources_wayImport'), hint: t('sources_wayImportHint') },
    { section: 'profiles', title: t('sources_wayByHand'), hint: t('sources_wayByHandHint') },
  ];
  return (
    <main class="welcome">
      <h1>{t('sources_welcomeTitle')}</h1>
      <p>{t('sources_welcomeIntro')}</p>
      <ul class="welcome__ways">
        {ways.map((way) => (
          <li key={way.section}>
            <a class="button button--primary" href={`${optionsUrl}#${way.section}`}>
              {way.title}
            </a>
            <p class="field__hint">{way.hint}</p>
          </li>
        ))}
      </ul>
      {/* Tools without a public API cannot be connected: say so, and point to the import (the second way). */}
      <p class="field__hint">{t('sources_noApiTools')}</p>
    </main>
  );
}
