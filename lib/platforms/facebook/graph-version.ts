/** The Graph API version the live checks call (docs/platforms.md figures are from v25.0). */
export const GRAPH_VERSION = 'v25.0';
export const GRAPH = `https://graph.facebook.com/${GRAPH_VERSION}`;
