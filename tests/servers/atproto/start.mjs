// A local atproto network for Postdesk's Bluesky integration tests, from @atproto/dev-env.
//
// With DB_POSTGRES_URL and REDIS_HOST in the environment it starts the full TestNetwork (PLC,
// PDS, AppView, Ozone), otherwise TestNetworkNoAppView (PLC and a PDS on SQLite). When every
// service is up it prints ONE JSON line to stdout:
//   {"ready": true, "plc": URL, "pds": URL, "appview": URL|null, "control": URL}
// The control server answers POST /process-all once the AppView has indexed everything the PDS
// has sequenced so far, so a test can wait for indexing without sleeping.
//
// The dev-env services call listen(port) without a host, which would bind every interface. The
// patch below gives each such call the loopback host before anything starts listening.
import http from 'node:http';
import net from 'node:net';
import process from 'node:process';

const LOOPBACK = '127.0.0.1';
const originalListen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  if (args.length === 0 || typeof args[0] === 'function') {
    args.unshift(0, LOOPBACK);
  } else if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    if (typeof args[1] !== 'string') args.splice(1, 0, LOOPBACK);
  } else if (args[0] && typeof args[0] === 'object' && args[0].path === undefined && !args[0].host) {
    args[0] = { ...args[0], host: LOOPBACK };
  }
  return originalListen.apply(this, args);
};

const devEnv = (await import('@atproto/dev-env')).default;

const full = Boolean(process.env.DB_POSTGRES_URL && process.env.REDIS_HOST);
const network = full
  ? await devEnv.TestNetwork.create({ dbPostgresSchema: process.env.DB_POSTGRES_SCHEMA ?? 'postdesk' })
  : await devEnv.TestNetworkNoAppView.create({});

const control = http.createServer(async (req, res) => {
  if (req.method === 'POST' && req.url === '/process-all') {
    try {
      await network.processAll(20000);
      res.writeHead(204).end();
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
    return;
  }
  res.writeHead(404).end();
});
control.listen(0, LOOPBACK, () => {
  const { port } = control.address();
  process.stdout.write(`${JSON.stringify({
    ready: true,
    plc: network.plc.url,
    pds: network.pds.url,
    appview: full ? network.bsky.url : null,
    control: `http://${LOOPBACK}:${port}`,
  })}\n`);
});

let closing = false;
async function shutdown() {
  if (closing) return;
  closing = true;
  control.close();
  try {
    await network.close();
  } finally {
    process.exit(0);
  }
}
for (const signal of ['SIGTERM', 'SIGINT']) process.on(signal, shutdown);
// The test suite holds our stdin: when it goes away (even killed), so do we.
process.stdin.on('end', shutdown);
process.stdin.resume();
