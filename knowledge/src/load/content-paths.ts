import { fileURLToPath } from 'node:url';
import path from 'node:path';

const here = path.dirname(fileURLToPath(import.meta.url));

/** The knowledge package root (…/knowledge). */
export const packageRoot = path.resolve(here, '..', '..');
export const defaultContentDir = path.join(packageRoot, 'content');
export const defaultCatalogFile = path.join(packageRoot, 'catalog', 'services.json');
export const defaultDistDir = path.join(packageRoot, 'dist');
