// Worker-thread entry for export rendering (see renderPool.ts). Plain JavaScript so that Node can
// start it under any runner; it registers tsx, then loads the TypeScript job handler.
import { register } from 'tsx/esm/api';

register();
await import('./renderWorkerJob.ts');
