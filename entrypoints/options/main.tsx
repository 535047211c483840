import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { extensionI18n } from '@/lib/ui/i18n';
import { requestStateEarly } from '@/lib/ui/use-snapshot';
import { OptionsApp } from './options-app';
import '@/components/theme.css';
import './options.css';
import './timeline.css';

const i18n = extensionI18n();
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('optionsTitle');

// The answer travels while the page renders its first frame.
requestStateEarly();
render(
  <I18nContext.Provider value={i18n}>
    <OptionsApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
