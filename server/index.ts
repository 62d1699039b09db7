/** The package entry: embed Tessera in code or type a `tessera.config.ts`. */
export { buildApp } from './app.js';
export { defineConfig, loadConfig, resolveConfig, type TesseraConfig, type TesseraUserConfig } from './config.js';
