import type { FakeAnswer } from './answer';

/** Paths every fixture site serves. `second` is also reached in-page with history.pushState (like a SPA). */
export const SITE_PATHS = { home: '/', second: '/second' } as const;

interface SiteLook {
  title: string;
  colour: string;
  /** How the top navigation stays at the top: banner tests check both kinds. */
  navPosition: 'fixed' | 'sticky';
}

const LOOKS: Record<string, SiteLook> = {
  'facebook.com': { title: 'Facebook', colour: '#1877f2', navPosition: 'fixed' },
  'linkedin.com': { title: 'LinkedIn', colour: '#0a66c2', navPosition: 'sticky' },
  'instagram.com': { title: 'Instagram', colour: '#c13584', navPosition: 'fixed' },
  'x.com': { title: 'X', colour: '#0f1419', navPosition: 'sticky' },
  'threads.net': { title: 'Threads', colour: '#101010', navPosition: 'fixed' },
};

function lookFor(host: string): SiteLook {
  const site = host.replace(/^www\./, '');
  return LOOKS[site] ?? { title: site, colour: '#444444', navPosition: 'fixed' };
}

/**
 * A fixture page with stable ids: `#site-nav` (the top bar, 56 px, fixed or sticky), `#site-home`,
 * `#nav-second`, `#site-search`, `#site-content`, `#page-title`, `#first-post`, `#go-second` / `#go-home`
 * (in-page navigation links) and `#page-marker` (`data-page="home|second|other"`).
 */
export function sitePage(host: string, pathname: string): FakeAnswer {
  if (pathname === '/favicon.ico') return { status: 204, body: '' };
  const look = lookFor(host);
  const body = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${look.title} (fixture)</title>
<style>
  html, body { margin: 0; padding: 0; font: 15px/1.4 system-ui, sans-serif; background: #f0f2f5; color: #1c1e21; }
  #site-nav { position: ${look.navPosition}; top: 0; left: 0; right: 0; height: 56px; z-index: 50;
    display: flex; align-items: center; gap: 16px; padding: 0 16px; box-sizing: border-box;
    background: ${look.colour}; color: #fff; }
  #site-nav a { color: #fff; font-weight: 600; text-decoration: none; }
  #site-search { margin-left: auto; width: 200px; }
  #site-content { ${look.navPosition === 'fixed' ? 'padding-top: 56px;' : ''} max-width: 680px; margin: 0 auto; }
  .post { background: #fff; margin: 16px; padding: 16px; border-radius: 8px; min-height: 120px; }
  #filler { height: 2400px; }
</style>
</head>
<body>
<nav id="site-nav" aria-label="${look.title} navigation">
  <a id="site-home" href="${SITE_PATHS.home}" data-spa>${look.title}</a>
  <a id="nav-second" href="${SITE_PATHS.second}" data-spa>Notifications</a>
  <input id="site-search" type="search" aria-label="Search ${look.title}" placeholder="Search">
</nav>
<main id="site-content">
  <h1 id="page-title"></h1>
  <div id="page-marker" data-page=""></div>
  <article id="first-post" class="post"></article>
  <p><a id="go-second" href="${SITE_PATHS.second}" data-spa>Go to notifications</a>
     <a id="go-home" href="${SITE_PATHS.home}" data-spa>Back home</a></p>
  <div id="filler"></div>
</main>
<script>
  function render() {
    const path = location.pathname;
    const page = path === '/' ? 'home' : path === '/second' ? 'second' : 'other';
    document.getElementById('page-marker').dataset.page = page;
    document.getElementById('page-title').textContent =
      page === 'home' ? 'Home' : page === 'second' ? 'Notifications' : 'Page ' + path;
    document.getElementById('first-post').textContent =
      page === 'home' ? 'A post in the feed.' : page === 'second' ? 'You have no new notifications.' : 'Settings.';
    document.title = document.getElementById('page-title').textContent + ' | ${look.title} (fixture)';
  }
  document.addEventListener('click', (event) => {
    const link = event.target.closest && event.target.closest('a[data-spa]');
    if (!link) return;
    event.preventDefault();
    history.pushState({}, '', link.getAttribute('href'));
    render();
  });
  addEventListener('popstate', render);
  render();
</script>
</body>
</html>
`;
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' },
    body,
  };
}
