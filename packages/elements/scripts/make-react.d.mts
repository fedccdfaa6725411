/** The wrapper module's text for a custom-elements.json manifest. */
export function reactWrappers(manifest: unknown): string;
