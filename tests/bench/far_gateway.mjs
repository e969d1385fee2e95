// far_gateway.mjs - a gateway far from the hall, for scripts/bench.sh
// section 11: it answers every POST /send with 200 after DELAY ms, as an
// SMS or WhatsApp service across the internet would, and GET /stats gives
// the POSTs answered and the seconds from the first answer to the last.
//   node tests/bench/far_gateway.mjs PORT DELAY_MS
import http from 'node:http';

const port = Number(process.argv[2]);
const delay = Number(process.argv[3] || 100);
let answered = 0;
let first = 0;
let last = 0;
http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/stats') {
    res.setHeader('content-type', 'application/json');
    res.end(JSON.stringify({ answered, seconds: (last - first) / 1000 }));
    return;
  }
  if (req.method === 'DELETE' && req.url === '/stats') {
    answered = first = last = 0;
    res.end();
    return;
  }
  req.resume();
  req.on('end', () => setTimeout(() => {
    last = Date.now();
    if (!answered++) first = last;
    res.setHeader('content-type', 'application/json');
    res.end('{}');
  }, delay));
}).listen(port, '127.0.0.1');
