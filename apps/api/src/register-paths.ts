/**
 * Lets the compiled API (dist/apps/api) resolve the workspace's `@assay/*` imports to the
 * compiled libraries beside it. Imported first by every entry point.
 */
import { register } from 'tsconfig-paths';
import { join } from 'node:path';

register({ baseUrl: join(__dirname, '..', '..', '..'), paths: { '@assay/*': ['libs/*/src/index'] } });
