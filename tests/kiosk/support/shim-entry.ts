/** Browser entry of the test shim: the options come from the init script that precedes it. */
import './zod-jitless.ts';
import { installKioskShim, type ShimOptions } from './shim.ts';

installKioskShim((window as unknown as { __kioskShimOptions: ShimOptions }).__kioskShimOptions);
