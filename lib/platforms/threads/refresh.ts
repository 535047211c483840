import { graphRefresh } from '../graph-refresh';

export const threadsRefresh = graphRefresh(
  'https://graph.threads.net/refresh_access_token',
  'th_refresh_token',
);
