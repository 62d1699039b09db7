// A worker thread starts without the loader the server runs its TypeScript with: register it,
// then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./import-rows.worker.ts');
