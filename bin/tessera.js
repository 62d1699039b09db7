#!/usr/bin/env node
// Runs the TypeScript sources directly; there is no separate build of the server.
import { register } from 'tsx/esm/api';

register();
await import('../server/cli.ts');
