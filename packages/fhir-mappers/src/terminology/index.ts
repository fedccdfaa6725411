export * from './clinical';
export * from './medication';
export * from './systems';
export * from './vital-signs';
