// gateway.mjs - the benchmark's stand-in for a hall's SMS/WhatsApp gateway
// (scripts/bench.sh, section 11): an HTTP server on 127.0.0.1:PORT that
// answers 200 to every POST, keeps how many it took, how many distinct
// Idempotency-Keys, and when the first and last arrived; GET /stats gives
// them as JSON, POST /reset starts the count again.
//   node tests/bench/gateway.mjs PORT
import { createServer } from 'node:http';

const port = Number(process.argv[2]);
let count = 0, first = 0, last = 0;
let keys = new Set();
const now = () => Number(process.hrtime.bigint() / 1000n) / 1000; // ms

createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ count, keys: keys.size, first_ms: first, last_ms: last, now_ms: now() }));
    return;
  }
  if (req.method === 'POST' && req.url === '/reset') {
    count = 0; first = 0; last = 0; keys = new Set();
    res.end('{}');
    return;
  }
  req.resume();
  req.on('end', () => {
    const t = now();
    if (!count) first = t;
    last = t;
    count++;
    keys.add(req.headers['idempotency-key']);
    res.end('{}');
  });
}).listen(port, '127.0.0.1', () => console.log(`gateway on ${port}`));
