/** The demo clinic behind `npm start`: pages, the clinic's own backend routes, and the handler at `/api`. */
export { demoAssetsDir, loadDemoAssets } from './assets';
export { type DemoSite, type DemoSiteOptions, startDemoSite } from './demo-site';
export type { DemoParts } from './parts';
