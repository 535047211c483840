import { PLATFORM_METADATA } from '../../domain/platform-metadata';
import { withCheck } from '../with-check';

// No live check (the metadata says why): no request, so no host permission either.
export const googleBusiness = withCheck(PLATFORM_METADATA['google-business'], { apiHosts: [] });
