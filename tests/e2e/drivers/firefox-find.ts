import { ELEMENT_KEY, type ElementRef, type Marionette } from '../harness/firefox/marionette';
import { containsText, matchesText, type Query } from './driver';

/**
 * Finding elements in Firefox by role and accessible name, as Playwright's getByRole/getByLabel do in
 * Chromium: CSS gives the candidates (elements that can have the role), Firefox's accessibility engine
 * decides (`WebDriver:GetComputedRole`, `WebDriver:GetComputedLabel`, https://w3c.github.io/webdriver/#get-computed-role).
 */

/** Elements that can have each role (implicitly or explicitly); anything else is found by `[role=…]`. */
const ROLE_CANDIDATES: Record<string, string> = {
  button: 'button, [role="button"], input[type="button"], input[type="submit"], input[type="reset"], summary',
  link: 'a[href], [role="link"]',
  heading: 'h1, h2, h3, h4, h5, h6, [role="heading"]',
  status: '[role="status"], output',
  alert: '[role="alert"]',
  list: 'ul, ol, menu, [role="list"]',
  listitem: 'li, [role="listitem"]',
  form: 'form, [role="form"]',
  region: 'section, [role="region"]',
  group: 'fieldset, details, optgroup, [role="group"]',
  row: 'tr, [role="row"]',
  checkbox: 'input[type="checkbox"], [role="checkbox"]',
  combobox: 'select, input:not([type]), input[type="text"], input[type="search"], [role="combobox"]',
  textbox:
    'input:not([type]), input[type="text"], input[type="email"], input[type="url"], textarea, [role="textbox"]',
  dialog: 'dialog, [role="dialog"]',
  table: 'table, [role="table"]',
  navigation: 'nav, [role="navigation"]',
  progressbar: 'progress, [role="progressbar"]',
};

/** Elements a label can name. */
const LABELLED =
  'input, select, textarea, [role="textbox"], [role="combobox"], [role="checkbox"], [role="spinbutton"]';

interface Candidate {
  element: ElementRef;
  text: string;
}

/**
 * The visible elements under `scope` matching `css`, with their textContent. Hidden ones (display: none,
 * `hidden`, inside aria-hidden) are left out as getByRole leaves them out, unless `includeHidden`.
 */
async function candidates(
  m: Marionette,
  css: string,
  scope: ElementRef | undefined,
  includeHidden: boolean,
): Promise<Candidate[]> {
  const found = await m.value<[ElementRef, string][]>('WebDriver:ExecuteScript', {
    script: `const [scope, css, includeHidden] = arguments;
      return Array.from((scope || document).querySelectorAll(css))
        .filter((el) => includeHidden || (el.checkVisibility() && !el.closest('[aria-hidden="true"]')))
        .map((el) => [el, el.textContent]);`,
    args: [scope ?? null, css, includeHidden],
  });
  return found.map(([element, text]) => ({ element, text }));
}

async function computed(m: Marionette, what: 'Role' | 'Label', element: ElementRef): Promise<string> {
  return m.value<string>(`WebDriver:GetComputed${what}`, { id: element[ELEMENT_KEY] });
}

/** Every element matching `query` now, in document order (no waiting). */
export async function findAll(m: Marionette, query: Query): Promise<ElementRef[]> {
  let scope: ElementRef | undefined;
  if (query.within) {
    [scope] = await findAll(m, query.within);
    if (!scope) return [];
  }
  if ('label' in query) {
    // As Playwright's getByLabel: the text of the field's <label>s, aria-labelledby or aria-label (Firefox's
    // computed name of a file input adds "Browse… No file selected.").
    const found = await m.value<[ElementRef, string[]][]>('WebDriver:ExecuteScript', {
      script: `const [scope, css] = arguments;
        const byIds = (ids) => ids.split(/\\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
        return Array.from((scope || document).querySelectorAll(css)).map((el) => [el, [
          ...Array.from(el.labels || []).map((l) => l.textContent),
          el.hasAttribute('aria-labelledby') ? byIds(el.getAttribute('aria-labelledby')) : '',
          el.getAttribute('aria-label') || '',
        ]]);`,
      args: [scope ?? null, LABELLED],
    });
    return found.filter(([, labels]) => labels.some((l) => matchesText(l, query.label))).map(([el]) => el);
  }
  const isRole = 'role' in query;
  const css = isRole ? (ROLE_CANDIDATES[query.role] ?? `[role="${query.role}"]`) : query.css;
  const out: ElementRef[] = [];
  for (const c of await candidates(m, css, scope, !isRole)) {
    if (query.hasText !== undefined && !containsText(c.text, query.hasText)) continue;
    if (isRole) {
      if ((await computed(m, 'Role', c.element)) !== query.role) continue;
      if (query.name !== undefined && !matchesText(await computed(m, 'Label', c.element), query.name))
        continue;
    }
    out.push(c.element);
  }
  return out;
}
