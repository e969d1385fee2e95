// agg.test.mjs - mppagg, the province view (CONTRACT.md, "Export beyond
// one hall"; docs/export.md), against Debian's real nats-server and three
// real mppd halls publishing to it:
//   1. the broker goes away under load and comes back: every hall's
//      figures at the view (events, waiting, issued, served, counters
//      open) equal the hall's own board and service report, and the page's
//      /ws pushes them;
//   2. mppagg killed with -9 while applying and started again: its figures
//      equal those of a second view rebuilt from the stream's start (no
//      event counted twice or lost);
//   3. two mppagg split the halls by subject.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { Hall, until, sleep, killAll } from './lib/hall.mjs';
import { NatsServer, Agg, killAllNats, natsConnect, addStream } from './lib/nats.mjs';

const cleanups = [];
after(async () => { for (const c of cleanups.reverse()) await c(); killAll(); killAllNats(); });

async function broker() {
  const n = await new NatsServer().start();
  const nc = await natsConnect(n.url);
  await addStream(nc);
  cleanups.push(async () => { await nc.close(); await n.stop('SIGKILL'); n.cleanup(); });
  return n;
}

async function newHall(url, id) {
  const hall = await new Hall({ cfg: `\nexport = { nats = "${url}"; hall = "${id}"; ack_timeout_ms = 1000; };\n` }).start();
  hall.id = id;
  hall.addUser('admin-' + id, 'admin');
  hall.admin = await hall.login('admin-' + id);
  hall.issued = 0;
  hall.served = 0;
  cleanups.push(async () => { if (hall.proc) await hall.stop(); hall.cleanup(); });
  return hall;
}

async function newAgg(url, opts) {
  const agg = await new Agg(url, opts).start();
  cleanups.push(async () => { await agg.stop(); agg.cleanup(); });
  return agg;
}

// A busy hall: tickets for two agencies; counter 1 calls, starts and
// finishes every third, and every other citizen served answers the survey.
async function work(hall, rounds) {
  hall.tokens ??= new Map();
  for (let i = 0; i < rounds; i++) {
    const svc = i % 3 === 2 ? 'dpmptsp/nib' : 'dukcapil/ktp-el-rekam';
    const t = await hall.issue(svc);
    assert.equal(t.status, 201);
    hall.tokens.set(t.json.ticket.number, t.json.ticket.token);
    hall.issued++;
    if (i % 3 === 0) {
      const c = await hall.admin.req('POST', '/api/v1/counters/1/call', {});
      assert.equal(c.status, 200, `${hall.id}: call: ${c.text}`);
      if (c.json.counter.ticket) {
        await hall.admin.req('POST', '/api/v1/counters/1/start');
        assert.equal((await hall.admin.req('POST', '/api/v1/counters/1/finish')).status, 200);
        hall.served++;
        if (hall.served % 2) {
          const scores = [4, 3, 4, 3, 4, 3, 4, 3, hall.served % 4 ? 4 : 2];
          const s = await hall.req('POST', '/api/v1/surveys', { token: hall.tokens.get(c.json.counter.ticket.number), scores });
          assert.equal(s.status, 201, s.text);
        }
      }
    }
  }
}

const seqOf = async (hall) => (await hall.req('GET', '/healthz')).json.seq;
// Waits until the view applied every event the hall made.
const viewCaughtUp = (agg, hall, ms = 30000) => until(async () => {
  const [v, seq] = [await agg.hall(hall.id), await seqOf(hall)];
  return v && v.events === seq && v;
}, ms);

// The view's figures of a hall against the hall's own board and report.
async function sameAsHall(view, hall) {
  assert.equal(view.last_seq, await seqOf(hall), `${hall.id}: every event applied`);
  const board = (await hall.req('GET', '/api/v1/board')).json;
  const day = view.day;
  const report = (await hall.admin.req('GET', `/api/v1/reports/service?from=${day}&to=${day}`)).json;
  for (const a of board.agencies) {
    const v = view.agencies.find((x) => x.id === a.id) || { waiting: 0, issued_today: 0, served_today: 0 };
    assert.equal(v.waiting, a.waiting, `${hall.id}/${a.id}: waiting`);
    const row = report.rows.find((r) => r.level === 'agency' && r.agency === a.id);
    assert.equal(v.issued_today, row ? row.issued : 0, `${hall.id}/${a.id}: issued today`);
    assert.equal(v.served_today, row ? row.served : 0, `${hall.id}/${a.id}: served today`);
    if (row && row.served) { // service times against the standard, as the report counts them
      assert.equal(v.within_standard, row.service_time.within_standard, `${hall.id}/${a.id}: within standard`);
      assert.equal(v.within_share, row.service_time.within_share, `${hall.id}/${a.id}: within share`);
    }
  }
  assert.equal(view.issued_today, hall.issued);
  assert.equal(view.served_today, hall.served);
  // the month's IKM, as the hall's own report of the month gives it
  const month = (await hall.req('GET', `/api/v1/reports/ikm?from=${day.slice(0, 8)}01&to=${day}`)).json;
  assert.equal(view.ikm.period, day.slice(0, 7));
  assert.equal(view.ikm.respondents, month.respondents, `${hall.id}: respondents`);
  assert.ok(month.respondents > 0);
  assert.equal(view.ikm.value, month.value, `${hall.id}: IKM value`);
  assert.equal(view.ikm.grade, month.grade);
  assert.equal(view.counters_open, 1, 'counter 1 is open');
}

test('three halls and a province view: the broker goes away under load and comes back, and every hall\'s figures equal its own', async () => {
  const n = await broker();
  const halls = [];
  for (const id of ['purbalingga', 'banyumas', 'cilacap']) halls.push(await newHall(n.url, id));
  for (const h of halls) assert.equal((await h.admin.req('POST', '/api/v1/counters/1/open')).status, 200);
  const agg = await newAgg(n.url);
  const ws = agg.ws();
  const pushed = [];
  ws.on('message', (d) => pushed.push(JSON.parse(d.toString())));
  cleanups.push(() => ws.terminate());

  const load = (rounds) => Promise.all(halls.map((h) => work(h, rounds)));
  await load(10);
  let busy = load(30);
  await sleep(100);
  await n.stop(); // the broker goes away under load...
  await busy;
  busy = load(30); // ...the halls go on serving...
  await sleep(300);
  await n.start(); // ...and it comes back under load
  await busy;

  for (const h of halls) await sameAsHall(await viewCaughtUp(agg, h), h);
  const all = await agg.halls();
  assert.deepEqual(all.halls.map((h) => h.hall), ['banyumas', 'cilacap', 'purbalingga']);
  assert.equal(all.applied, all.halls.reduce((s, h) => s + h.events, 0), 'each event applied once');
  const health = (await agg.get('/healthz')).json;
  assert.equal(health.status, 'ok');
  assert.equal(health.connected, true);

  // the page's feed: the figures as they now stand
  const last = await until(() => {
    const m = pushed[pushed.length - 1];
    return m && m.type === 'halls' && m.applied === all.applied && m;
  }, 5000);
  assert.deepEqual(last.halls.map((h) => [h.hall, h.events]), all.halls.map((h) => [h.hall, h.events]));
  assert.equal((await fetch(agg.base + '/api/v1/nothing')).status, 404);
  const page = await fetch(agg.base + '/');
  assert.equal(page.status, 200);
  assert.match(page.headers.get('content-security-policy') || '', /script-src 'self'/, 'the page has mppd\'s CSP');
  assert.equal(page.headers.get('x-frame-options'), 'DENY');
});

test('mppagg killed with -9 while applying: its figures equal a view rebuilt from the stream\'s start', async () => {
  const n = await broker();
  const halls = [await newHall(n.url, 'kebumen'), await newHall(n.url, 'wonosobo')];
  for (const h of halls) assert.equal((await h.admin.req('POST', '/api/v1/counters/1/open')).status, 200);
  const agg = await newAgg(n.url);
  const busy = Promise.all(halls.map((h) => work(h, 45)));
  for (let i = 0; i < 3; i++) {
    await sleep(250);
    await agg.kill9();
    await agg.start();
  }
  await busy;
  for (const h of halls) await sameAsHall(await viewCaughtUp(agg, h), h);
  const rebuilt = await newAgg(n.url, { durable: 'rebuild' });
  for (const h of halls) await viewCaughtUp(rebuilt, h);
  assert.deepEqual((await agg.halls()).halls, (await rebuilt.halls()).halls);
});

test('two mppagg split the halls by subject; the broker hands each its own', async () => {
  const n = await broker();
  const [a, b] = [await newHall(n.url, 'purworejo'), await newHall(n.url, 'magelang')];
  for (const h of [a, b]) assert.equal((await h.admin.req('POST', '/api/v1/counters/1/open')).status, 200);
  await Promise.all([work(a, 5), work(b, 7)]);
  const east = await newAgg(n.url, { durable: 'east', subject: 'mpp.purworejo.>' });
  const west = await newAgg(n.url, { durable: 'west', subject: 'mpp.magelang.>' });
  await viewCaughtUp(east, a);
  await viewCaughtUp(west, b);
  assert.deepEqual((await east.halls()).halls.map((h) => h.hall), ['purworejo']);
  assert.deepEqual((await west.halls()).halls.map((h) => h.hall), ['magelang']);
});
