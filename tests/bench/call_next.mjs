// call_next.mjs - call-next latency with Lua routing over long queues,
// against the real mppd (MPPD, MPPCTL: a release build): for each queue
// length, issue that many tickets, then time ROUNDS calls (each followed by
// a finish) and print the median and p99 of the call's HTTP round trip,
// which includes its durable commit.
//   node tests/bench/call_next.mjs [100,10000,100000] [ROUNDS]
import { join } from 'node:path';
import { Hall, ROOT } from '../integration/lib/hall.mjs';

const sizes = (process.argv[2] || '100,10000,100000').split(',').map(Number);
const rounds = Number(process.argv[3] || 300);
const pct = (a, p) => a[Math.min(a.length - 1, Math.floor(a.length * p))];

for (const n of sizes) {
  const hall = new Hall({
    plugins: join(ROOT, 'tests/bench/plugins'),
    replace: [['{ number = 34; agency = "taspen"; }', '{ number = 34; agency = "uji"; }']],
  });
  hall.addUser('admin', 'admin');
  await hall.start();
  const services = ['uji/satu', 'uji/dua', 'uji/tiga'];
  for (let i = 0; i < n; i += 64) {
    await Promise.all(Array.from({ length: Math.min(64, n - i) }, (_, k) =>
      hall.issue(services[(i + k) % 3], (i + k) % 7 === 0 ? { priority: 'anak' } : {})));
  }
  const admin = await hall.login('admin');
  await admin.req('POST', '/api/v1/counters/34/open');
  const times = [];
  const m = Math.min(rounds, n);
  for (let r = 0; r < m; r++) {
    const t0 = process.hrtime.bigint();
    const c = await admin.req('POST', '/api/v1/counters/34/call', {});
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (c.status !== 200 || !c.json.counter.ticket) throw new Error('call failed: ' + c.text);
    await admin.req('POST', '/api/v1/counters/34/finish', {});
  }
  const health = (await hall.req('GET', '/healthz')).json;
  await hall.stop();
  hall.cleanup();
  times.sort((a, b) => a - b);
  if (health.plugin_errors.length) throw new Error('route function failed: ' + JSON.stringify(health.plugin_errors));
  console.log(`waiting ${String(n).padStart(6)}: call-next p50 ${pct(times, 0.5).toFixed(2)} ms  p99 ${pct(times, 0.99).toFixed(2)} ms  (${m} calls, Lua route function, commit included)`);
}
