/** The package entry: embed Tessera in code or type a `tessera.config.ts`. */
export { buildApp } from './app.js';
export { tessera, type TesseraPluginOptions } from './mount/tessera-plugin.js';
export { defineConfig, loadConfig, resolveConfig, type TesseraConfig, type TesseraUserConfig } from './config.js';
export { registerSqliteFunctions } from './db/sqlite-functions.js';
export { defineCard, type CardContext, type CardDefinition } from './modules/cards/card-definition.js';
export type { AdminModelOptions, AdminSourceDefinition } from './modules/models/model-options.js';
export type { CatalogWidgetType } from './modules/widgets/widget-types.js';
