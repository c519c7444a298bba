// A bare Hocuspocus 3 server, nothing configured: the floor Alliance's /sync is compared against.
import { Server } from '@hocuspocus/server';

const port = Number(process.argv[2]);
const server = new Server({ port, address: '127.0.0.1', quiet: true, stopOnSignals: true });
await server.listen();
process.send?.('listening');
