/**
 * The package version, written into every registered element so that `define()` can say which copies
 * collide. The build replaces `__SEHATKIT_ELEMENTS_VERSION__`; sources run unbuilt in tests and Storybook.
 */
declare const __SEHATKIT_ELEMENTS_VERSION__: string | undefined;

export const VERSION: string =
  typeof __SEHATKIT_ELEMENTS_VERSION__ === 'string' ? __SEHATKIT_ELEMENTS_VERSION__ : '0.0.0-source';
