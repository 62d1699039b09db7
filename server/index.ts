/** The package entry: embed Tessera in code or type a `tessera.config.ts`. */
export { buildApp } from './app.js';
export { defineConfig, loadConfig, resolveConfig, type TesseraConfig, type TesseraUserConfig } from './config.js';
export { defineCard, type CardContext, type CardDefinition } from './modules/cards/card-definition.js';
