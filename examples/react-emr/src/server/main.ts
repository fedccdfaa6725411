import { startEmrServer } from './emr-server';

/** `npm start -w examples/react-emr`: builds the app, then serves it with its backend on port 4710. */
const server = await startEmrServer({ port: Number(process.env.PORT ?? 4710) });
console.log(`Example EMR: ${server.url}  (Ctrl-C stops it)`);
const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
