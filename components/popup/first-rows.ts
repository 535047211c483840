/**
 * Rows rendered before the first paint: enough to fill the popup's 600 px (Chrome's largest popup height) below
 * its header even if every row were as short as a row can be (about 100 px; with a name, status line and
 * buttons one is 189 px at the popup's 360 px width, so 3 show). The rest follows while the browser is idle.
 * The popup's first `get-state` asks for just these (the most urgent), then for the whole list.
 */
export const FIRST_ROWS = 6;
