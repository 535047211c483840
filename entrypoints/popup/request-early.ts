import { FIRST_ROWS } from '@/components/popup/first-rows';
import { requestStateEarly } from '@/lib/ui/use-snapshot';

// Imported first by main.tsx: the page's `get-state` leaves as soon as its own few modules have run, before
// the view's modules are evaluated and the first frame is rendered. It asks for the first screen's rows only
// (a thousand profiles are some 600 kB to send); the whole list is read once those rows are painted.
requestStateEarly(FIRST_ROWS);
