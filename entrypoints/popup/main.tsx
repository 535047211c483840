// First: the answer travels while the rest of the page is set up and renders its first frame.
import './request-early';
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { I18nContext } from '@/components/i18n';
import { extensionI18n } from '@/lib/ui/i18n';
import { PopupApp } from './popup-app';
import '@/components/theme.css';
import './popup.css';

const i18n = extensionI18n();
document.documentElement.lang = browser.i18n.getUILanguage();
document.title = i18n.t('extName');

render(
  <I18nContext.Provider value={i18n}>
    <PopupApp />
  </I18nContext.Provider>,
  document.getElementById('app')!,
);
