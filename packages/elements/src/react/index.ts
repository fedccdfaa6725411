/**
 * `@sehatkit/elements/react`: React components wrapping each element (generated from custom-elements.json
 * with @lit/react), so properties, not only attributes, and typed `on…` event props work in React 18.
 * Importing a wrapper registers its element.
 */
export * from './components.generated';
