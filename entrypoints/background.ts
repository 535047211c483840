import { startBackground } from '@/lib/background';

export default defineBackground({
  // A classic script, not a module: WXT then bundles the worker into one file of its own, which compresses
  // better than the same code spread over chunks shared with the pages (about 2.5 kB gzip less), and a
  // service worker cannot load code lazily (`import()`) either way.
  main() {
    // Every listener is registered synchronously inside startBackground (MV3: events that wake the
    // worker are only delivered to listeners that exist before the first await).
    startBackground();
  },
});
