// A bare y-websocket server (the reference implementation's own connection handler), the other floor.
import { createServer } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const port = Number(process.argv[2]);
const wss = new WebSocketServer({ noServer: true });
wss.on('connection', setupWSConnection);
const http = createServer((_req, res) => res.writeHead(200).end('ok'));
http.on('upgrade', (request, socket, head) => wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request)));
http.listen(port, '127.0.0.1', () => process.send?.('listening'));
process.on('SIGTERM', () => process.exit(0));
