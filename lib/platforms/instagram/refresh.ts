import { graphRefresh } from '../graph-refresh';

/** Instagram Login tokens only; a Facebook-Login token fails here and keeps its own lifetime. */
export const instagramRefresh = graphRefresh(
  'https://graph.instagram.com/refresh_access_token',
  'ig_refresh_token',
);
