/**
 * Rows rendered before the first paint: a little more than the popup's 600 px shows (a row is 100 px or more),
 * so the list is there at once and the rest follows while the browser is idle. The popup's first `get-state`
 * asks for just these (the most urgent), then for the whole list.
 */
export const FIRST_ROWS = 12;
