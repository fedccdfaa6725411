/**
 * @sehatkit/sdk: the error family, logging and clock contracts shared by every client.
 * Service clients live on subpaths: `/satusehat`, `/bpjs`, `/drugs`, `/booking`, `/teleconsult`,
 * `/server`, `/storage`, and the browser-safe `/format`.
 */
export * from './errors/index';
export * from './logging/index';
