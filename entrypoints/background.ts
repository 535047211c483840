import { startBackground } from '@/lib/background';

export default defineBackground({
  type: 'module',
  main() {
    // Every listener is registered synchronously inside startBackground (MV3: events that wake the
    // worker are only delivered to listeners that exist before the first await).
    startBackground();
  },
});
