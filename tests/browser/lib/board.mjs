// board.mjs - what the tests of the hall TV share: the board's network (a
// TCP proxy that can drop), the board as a person sees it and as mppd says
// it should be, a copy of the pages whose voice
// clips are 50 ms of silence (so a day of calls fits in minutes), counters
// opened by their staff, and Chromium's own figures through CDP.
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer, connect } from 'node:net';
import { ROOT } from '../../integration/lib/hall.mjs';

// The board's network: forwards to mppd; drop() cuts every connection and
// refuses new ones until restore(). Each /ws connection attempt is timed.
export class Network {
  constructor(target) {
    this.target = target;
    this.down = false;
    this.pairs = new Set();
    this.wsAttempts = [];
    this.server = createServer((client) => this.accept(client));
  }

  listen() {
    return new Promise((ok) => this.server.listen(0, '127.0.0.1', () => { this.port = this.server.address().port; ok(); }));
  }

  accept(client) {
    client.once('data', (first) => {
      if (first.toString('latin1').startsWith('GET /ws')) this.wsAttempts.push({ at: Date.now(), down: this.down });
      if (this.down) { client.resetAndDestroy(); return; }
      const up = connect(this.target(), '127.0.0.1');
      const pair = { client, up };
      this.pairs.add(pair);
      const end = () => { this.pairs.delete(pair); client.destroy(); up.destroy(); };
      up.on('error', end).on('close', end);
      client.on('error', end).on('close', end);
      up.write(first);
      client.pipe(up);
      up.pipe(client);
    });
    client.on('error', () => {});
  }

  drop() {
    this.down = true;
    for (const { client, up } of this.pairs) { client.resetAndDestroy(); up.destroy(); }
    this.pairs.clear();
  }

  restore() { this.down = false; }
  close() { this.drop(); return new Promise((ok) => this.server.close(ok)); }
}

// What the board shows, read from the page as a person would see it.
export function boardShown(board) {
  return board.evaluate(() => ({
    now: document.querySelector('#now-number').textContent.trim(),
    nowCounter: document.querySelector('#now-counter').textContent.trim(),
    recent: [...document.querySelectorAll('#recent li')].map((li) => [li.querySelector('.number').textContent, li.querySelector('.where').textContent]),
    agencies: [...document.querySelectorAll('#agencies tr')].map((tr) => [...tr.querySelectorAll('td')].slice(1).map((td) => td.textContent)),
    text: document.querySelector('#ticker').textContent,
    offline: !document.querySelector('[data-offline]').hidden,
  }));
}

// What mppd says, put the way the board shows it.
export async function boardExpected(hall) {
  const b = (await hall.req('GET', '/api/v1/board')).json;
  const recent = b.recent.slice(0, 10);
  return {
    now: recent[0]?.number ?? '',
    nowCounter: recent[0] ? `Loket ${recent[0].counter}` : '',
    recent: recent.map((r) => [r.number, `Loket ${r.counter}`]),
    agencies: b.agencies.map((a) => [a.serving || '–', String(a.waiting)]),
    text: b.text || '',
    offline: false,
  };
}

// Waits until the board shows what mppd says; returns how long it took,
// failing with both views after `ms`.
export async function boardConverged(board, hall, what, ms = 20000, assertEq) {
  const t0 = Date.now();
  let last;
  while (Date.now() - t0 < ms) {
    const [got, want] = [await boardShown(board), await boardExpected(hall)];
    last = { got, want };
    if (JSON.stringify(got) === JSON.stringify(want)) return Date.now() - t0;
    await new Promise((r) => setTimeout(r, 100));
  }
  assertEq(last.got, last.want, `${what}: the board never matched /api/v1/board`);
  return -1;
}

// A copy of web/ whose clips are all 50 ms of silence; remove() deletes it.
export function silentWeb() {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-web-'));
  cpSync(join(ROOT, 'web'), dir, { recursive: true });
  for (const f of readdirSync(join(dir, 'audio'))) {
    cpSync(join(ROOT, 'tests/browser/fixtures/silence.ogg'), join(dir, 'audio', f));
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

// Opens counters with a staff account each (as the hall config gives
// them: {number: agency}); returns [{n, s}] with each one's session.
export async function openCounters(hall, counters) {
  const out = [];
  for (const [n, agency] of Object.entries(counters)) {
    hall.addUser(`petugas-${n}`, 'staff', agency);
    const s = await hall.login(`petugas-${n}`);
    const r = await s.req('POST', `/api/v1/counters/${n}/open`);
    if (r.status !== 200) throw new Error(`open counter ${n}: ${r.status} ${r.text}`);
    out.push({ n: Number(n), agency, s });
  }
  return out;
}

// Chromium's figures of a page (CDP Performance.getMetrics) as an object:
// Nodes, JSEventListeners, JSHeapUsedSize, LayoutCount, TaskDuration, ...
// With gc, after a forced garbage collection (HeapProfiler.collectGarbage).
export async function metrics(cdp, { gc = false } = {}) {
  if (gc) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  return Object.fromEntries(list.map((m) => [m.name, m.value]));
}

// Every announcement the board starts speaking, recorded in the page as
// {number, at} (window.__spoken, each queued call once by its id), read
// by spoken(). For a test's length: the list grows with every call.
export async function recordSpoken(board) {
  await board.evaluate(() => {
    window.__spoken = [];
    const seen = new Set();
    new MutationObserver(() => {
      for (const li of document.querySelectorAll('#announcements li[data-state=playing]')) {
        if (seen.has(li.dataset.id)) continue;
        seen.add(li.dataset.id);
        window.__spoken.push({ number: li.dataset.number, at: Date.now() });
      }
    }).observe(document.querySelector('#announcements'), { childList: true, subtree: true, attributes: true });
  });
}

export function spoken(board) {
  return board.evaluate(() => window.__spoken);
}
