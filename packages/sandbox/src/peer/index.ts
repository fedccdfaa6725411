export { type CoturnOptions, type RunningCoturn, startCoturn } from './coturn';
export { startVideo, type VideoSandbox, type VideoSandboxOptions } from './start-video';
