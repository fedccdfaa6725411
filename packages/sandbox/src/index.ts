export type { KfaProduct } from './kfa-catalogue/index';
export { kfaProducts } from './kfa-catalogue/index';
export {
  type RunningCoturn,
  startCoturn,
  startVideo,
  type VideoSandbox,
  type VideoSandboxOptions,
} from './peer/index';
export { type Sandbox, type SandboxOptions, type SandboxPart, startSandbox } from './start-sandbox';
