import { startBanner } from '@/lib/content/start-banner';
import { bannerMatchPatterns } from '@/lib/domain/banner-sites';

export default defineContentScript({
  matches: bannerMatchPatterns('threads'),
  runAt: 'document_start',
  allFrames: false,
  main: (ctx) => startBanner(ctx, 'threads'),
});
