import { startBanner } from '@/lib/content/start-banner';
import { bannerMatchPatterns } from '@/lib/domain/banner-sites';

export default defineContentScript({
  matches: bannerMatchPatterns('instagram'),
  runAt: 'document_start',
  allFrames: false,
  main: (ctx) => startBanner(ctx, 'instagram'),
});
