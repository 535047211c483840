import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { WelcomeView } from '@/components/welcome-view';
import { extensionI18n } from '@/lib/ui/i18n';
import '@/components/theme.css';
import './welcome.css';

const i18n = extensionI18n();
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('sources_welcomeTitle');

render(
  <I18nContext.Provider value={i18n}>
    <WelcomeView optionsUrl={browser.runtime.getURL('/options.html')} />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
