import type messages from '../../public/_locales/en/messages.json';

/** Every key of the English catalogue: a string that is not there does not compile. */
export type MessageKey = keyof typeof messages;

/** `browser.i18n.getMessage` in the extension, a reader of messages.json in tests. */
export type Translate = (key: MessageKey, substitutions?: string | string[]) => string;
