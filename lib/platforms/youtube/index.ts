import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';

// No live check (the metadata says why): no request, so no host permission either.
export const youtube = withCheck(PLATFORM_METADATA.youtube, { apiHosts: [] });
