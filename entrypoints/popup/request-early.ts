import { requestStateEarly } from '@/lib/ui/use-snapshot';

// Imported first by main.tsx: the page's `get-state` leaves as soon as its own few modules have run, before
// the view's modules are evaluated and the first frame is rendered.
requestStateEarly();
