// origins.test.mjs - a page of another site in Chromium, as a regency
// portal would embed the hall (CONTRACT.md "General": other Origins are
// refused unless listed in server.origins, for browser requests and
// WebSocket upgrades alike). A listed site's page reads the agencies,
// takes a ticket with a JSON POST (the browser's preflight first) and
// follows the hall's feed; an unlisted site's page gets nothing, and
// nothing it asks for is done.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { startHall, launch } from './lib/browser.mjs';

let hall;
let browser;
const sites = []; // [server, origin]

// A site of its own on a free port, whose one page is blank.
async function site() {
  const server = createServer((req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end('<!doctype html><html lang="id"><title>Portal Kabupaten</title><h1>Portal</h1></html>');
  });
  await new Promise((ok) => server.listen(0, '127.0.0.1', ok));
  const origin = `http://127.0.0.1:${server.address().port}`;
  sites.push(server);
  return origin;
}

let listed, unlisted;
before(async () => {
  listed = await site();
  unlisted = await site();
  hall = await startHall({ replace: [['origins = [ ];', `origins = [ "${listed}" ];`]] });
  browser = await launch();
});

after(async () => {
  await browser?.close();
  await hall?.stop();
  hall?.cleanup();
  for (const s of sites) s.close();
});

// What a script on the site's page gets from the hall: the status and
// JSON of a fetch, or the error a browser gives when CORS forbids it.
async function fromSite(origin, script) {
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(origin + '/');
  try {
    return await page.evaluate(script, hall.base);
  } finally {
    await ctx.close();
  }
}

const issue = async (base) => {
  try {
    const r = await fetch(base + '/api/v1/tickets', { method: 'POST',
      headers: { 'content-type': 'application/json' }, body: JSON.stringify({ service: 'dukcapil/ktp-el-rekam' }) });
    return { status: r.status, body: await r.json() };
  } catch (e) {
    return { error: String(e) };
  }
};

test('a listed site\'s page reads the agencies, takes a ticket and follows the feed', async () => {
  const agencies = await fromSite(listed, async (base) => (await (await fetch(base + '/api/v1/agencies')).json()).agencies.length);
  assert.equal(agencies, 20);
  const got = await fromSite(listed, issue);
  assert.equal(got.status, 201, JSON.stringify(got));
  assert.match(got.body.ticket.number, /^A-\d{3}$/);
  const status = await hall.req('GET', `/api/v1/tickets/${got.body.ticket.token}`);
  assert.equal(status.json.ticket.status, 'waiting', 'the ticket is in the queue');
  const snapshot = await fromSite(listed, (base) => new Promise((ok) => {
    const ws = new WebSocket(base.replace(/^http/, 'ws') + '/ws');
    ws.onmessage = (m) => { ok(JSON.parse(m.data).type); ws.close(); };
    ws.onerror = () => ok('refused');
  }));
  assert.equal(snapshot, 'snapshot');
});

test('an unlisted site\'s page is refused: it reads nothing and no ticket is taken', async () => {
  const before = (await hall.req('GET', '/api/v1/board')).json;
  const got = await fromSite(unlisted, issue);
  assert.match(got.error || '', /Failed to fetch/, JSON.stringify(got));
  const read = await fromSite(unlisted, async (base) => {
    try { await fetch(base + '/api/v1/agencies'); return 'read'; } catch { return 'refused'; }
  });
  assert.equal(read, 'refused');
  const feed = await fromSite(unlisted, (base) => new Promise((ok) => {
    const ws = new WebSocket(base.replace(/^http/, 'ws') + '/ws');
    ws.onmessage = () => { ok('open'); ws.close(); };
    ws.onerror = () => ok('refused');
  }));
  assert.equal(feed, 'refused');
  assert.deepEqual((await hall.req('GET', '/api/v1/board')).json.agencies, before.agencies, 'nothing was queued');
  assert.match(hall.log, new RegExp(`refused a request from origin ${unlisted.replace(/[.:/]/g, '\\$&')}`));
});
