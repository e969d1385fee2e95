// soak.mjs - simulated business days at high speed against the real mppd
// (a build with -DMPP_TEST_CLOCK=ON), for memory: each day is a realistic
// day of the hall (tests/sim/day.mjs: arrivals with a morning peak across
// the agencies, counters calling, serving, finishing, marking no-shows,
// transferring, SKM surveys), driven through the test clock, with hall
// boards connected over /ws the whole time and some boards reconnecting
// (replaying what they missed) every day; the clock then crosses midnight
// into the next business day. At the end of each day mppd's memory is read
// from /proc/<pid>/status (VmRSS, RssAnon, RssFile), and it must stay flat:
// RssAnon of the last day at most 10% above that of day 2 (day 1 warms up
// the allocator). At the end mppd gets SIGTERM and must exit 0: under a
// sanitizer build LeakSanitizer then reports any leak, under valgrind
// (--wrap) its error summary must say 0 errors and nothing lost.
//
//   node tests/reliability/soak.mjs [--days 7] [--scale 4] [--boards 20]
//        [--wrap "valgrind --leak-check=full --error-exitcode=1"]
//        [--label NAME] [--report docs/reliability.md] [--section soak]
// MPPD and MPPCTL name the binaries (scripts/soak.sh builds them).
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Hall, MPPD, ROOT, sleep } from '../integration/lib/hall.mjs';
import { simulateDay, jakartaDate } from '../sim/day.mjs';
import { reportSection, machine } from './report.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const DAYS = Number(opt('days', 7));
const SCALE = Number(opt('scale', 4)); // 1 = a day of about 600 tickets
const BOARDS = Number(opt('boards', 20));
const WRAP = opt('wrap', '').split(' ').filter(Boolean);
const LABEL = opt('label', 'soak');
const REPORT = opt('report', process.env.MPP_REPORT || '');
const SECTION = opt('section', 'soak');
const COMMAND = opt('command', `node tests/reliability/soak.mjs ${argv.filter((a, i) => !['--report', '--command'].includes(argv[i - 1]) && !['--report', '--command'].includes(a)).join(' ')}`);
const GROWTH = 1.10; // the memory criterion: last day's RssAnon <= day 2's x this
const FIRST_DAY = '2031-03-03'; // a Monday

const findings = [];
function find(what) {
  findings.push(what);
  if (findings.length <= 20) console.error('  ! ' + what);
}

function freePort() {
  return new Promise((ok) => {
    const s = createServer().listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => ok(p)); });
  });
}

// The next seven business days from FIRST_DAY, Monday to Friday.
function businessDays(n) {
  const out = [];
  for (let t = Date.parse(FIRST_DAY + 'T12:00:00Z'); out.length < n; t += 86400000) {
    const wd = new Date(t).getUTCDay();
    if (wd !== 0 && wd !== 6) out.push(new Date(t).toISOString().slice(0, 10));
  }
  return out;
}

// mppd, started here rather than by Hall.start so it can run under a
// wrapper (valgrind) and its pid is the one /proc is read for.
class Server {
  constructor(hall) { this.hall = hall; this.log = ''; }

  async start() {
    const h = this.hall;
    h.port = await freePort();
    h.base = `http://127.0.0.1:${h.port}`;
    const args = ['--config', h.cfg, '--port', String(h.port), '--data', h.data,
      '--plugins', join(ROOT, 'plugins'), '--web', join(ROOT, 'web')];
    const cmd = WRAP.length ? [...WRAP, MPPD, ...args] : [MPPD, ...args];
    this.proc = spawn(cmd[0], cmd.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d) => { this.log += d; });
    this.proc.stderr.on('data', (d) => { this.log += d; });
    this.exited = new Promise((ok) => {
      this.proc.on('exit', (code, signal) => ok({ code, signal }));
      this.proc.on('error', (e) => { this.log += e.message; this.failed = true; ok({ code: -1 }); });
    });
    for (let i = 0; i < 1200; i++) { // valgrind takes its time
      try {
        if ((await fetch(h.base + '/healthz')).ok) return;
      } catch { /* not yet */ }
      if (this.proc.exitCode !== null || this.failed) break;
      await sleep(100);
    }
    throw new Error('mppd did not start:\n' + this.log.slice(-4000));
  }

  // VmRSS, RssAnon and RssFile in KiB
  memory() {
    const s = readFileSync(`/proc/${this.proc.pid}/status`, 'utf8');
    const kb = (k) => Number((s.match(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm')) || [])[1]);
    return { rss: kb('VmRSS'), anon: kb('RssAnon'), file: kb('RssFile') };
  }

  async stop() {
    this.proc.kill('SIGTERM');
    return this.exited;
  }
}

// A hall board: follows /ws from its snapshot on, keeps the last seq; when
// it reconnects it says hello with that seq, as the board page does.
class Board {
  constructor(port) { this.port = port; this.seq = null; this.epoch = null; this.events = 0; this.gaps = 0; }

  connect() {
    return new Promise((ok, fail) => {
      const ws = new WebSocket(`ws://127.0.0.1:${this.port}/ws`);
      this.ws = ws;
      ws.on('message', (d) => {
        const m = JSON.parse(d.toString());
        if (m.type === 'snapshot') {
          if (this.seq !== null && m.epoch === this.epoch && m.seq > this.seq) {
            ws.send(JSON.stringify({ type: 'hello', since: this.seq, epoch: this.epoch }));
          } else if (this.seq === null || m.seq >= this.seq) {
            this.seq = m.seq;
            this.epoch = m.epoch;
          }
          ok();
          return;
        }
        if (typeof m.seq !== 'number' || m.seq <= this.seq) return;
        if (m.seq !== this.seq + 1) this.gaps++;
        this.seq = m.seq;
        this.events++;
      });
      ws.on('error', fail);
    });
  }

  close() {
    return new Promise((ok) => { this.ws.once('close', ok); this.ws.close(); });
  }
}

async function main() {
  const t0 = Date.now();
  const password = 'soak-' + Math.random().toString(36).slice(2, 10);
  // staff stay logged in from opening to the last call of a long day
  const hall = new Hall({ replace: [['max_hours = 12;', 'max_hours = 24;']] });
  hall.addUser('admin', 'admin', null, password);
  const server = new Server(hall);
  running = server;
  await server.start();
  const clock = await hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse(FIRST_DAY + 'T00:05:00+07:00') });
  if (clock.status !== 200) throw new Error('this mppd has no test clock: build it with -DMPP_TEST_CLOCK=ON');

  // the kiosks' refusals, by status and error code: a service's daily
  // quota may be reached on a busy day; anything else is a finding
  const refusals = new Map();
  const api = {
    base: hall.base,
    req: async (method, path, body, headers) => {
      const r = await hall.req(method, path, body, headers);
      if (method === 'POST' && path === '/api/v1/tickets' && r.status !== 201) {
        const why = `${r.status} ${r.json?.error?.code}`;
        refusals.set(why, (refusals.get(why) || 0) + 1);
        if (why !== '409 quota_reached') find(`a ticket issue answered ${r.status}: ${r.text}`);
      }
      return r;
    },
  };

  const boards = Array.from({ length: BOARDS }, () => new Board(hall.port));
  await Promise.all(boards.map((b) => b.connect()));

  const days = businessDays(DAYS);
  const samples = [];
  let tickets = 0;
  let requests = 0;
  let reconnects = 0;
  for (const [i, date] of days.entries()) {
    const d0 = Date.now();
    const day = await simulateDay(api, () => hall.login('admin', password), {
      seed: 1000 + i, scale: SCALE, date, close: '22:00',
    });
    tickets += day.count.issued;
    requests += day.events;
    // a quarter of the boards drop and come back during the evening,
    // replaying what they missed
    const churn = boards.slice(0, Math.ceil(BOARDS / 4));
    await Promise.all(churn.map((b) => b.close()));
    await hall.req('POST', '/api/v1/test/clock', { advance_ms: 60 * 60_000 });
    await Promise.all(churn.map((b) => b.connect()));
    reconnects += churn.length;
    // cross midnight into the next day: what still waits is closed
    const next = jakartaDate(Date.parse(date + 'T12:00:00+07:00') + 86400000);
    const mid = await hall.req('POST', '/api/v1/test/clock', { at_ms: Date.parse(next + 'T00:01:00+07:00') });
    if (mid.status !== 200) find(`crossing midnight after ${date}: ${mid.status}`);
    const board = (await hall.req('GET', '/api/v1/board')).json;
    await sleep(500); // the boards read the last events
    for (const [n, b] of boards.entries())
      if (b.seq !== board.seq) find(`${date}: board ${n + 1} is at seq ${b.seq}, the server at ${board.seq}`);
    const waiting = board.agencies.reduce((s, a) => s + a.waiting, 0);
    if (waiting) find(`${date}: ${waiting} tickets still waiting after midnight`);
    const mem = WRAP.length ? null : server.memory();
    samples.push({ date, issued: day.count.issued, served: day.count.served, no_show: day.count.no_show, mem, seq: board.seq, s: (Date.now() - d0) / 1000 });
    console.log(`  day ${i + 1} ${date}: ${day.count.issued} tickets, ${day.count.served} served, ${day.count.no_show} no-show, ` +
      `${day.events} requests, ${Math.round((Date.now() - d0) / 1000)} s` +
      (mem ? `; VmRSS ${mem.rss} KiB, RssAnon ${mem.anon} KiB, RssFile ${mem.file} KiB` : ''));
  }
  const gaps = boards.reduce((s, b) => s + b.gaps, 0);
  if (gaps) find(`${gaps} gaps in the boards' event streams`);
  await Promise.all(boards.map((b) => b.close()));

  const { code, signal } = await server.stop();
  const log = server.log;
  if (code !== 0) find(`mppd exited with ${code ?? signal} after SIGTERM`);
  if (/ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:/.test(log)) find('a sanitizer report:\n' + log.slice(log.search(/ERROR: |runtime error:/), log.search(/ERROR: |runtime error:/) + 3000));
  let vg = '';
  if (WRAP.some((w) => w.includes('valgrind'))) {
    const errs = log.match(/ERROR SUMMARY: (\d+) errors/);
    const lost = (k) => Number(((log.match(new RegExp(`${k} lost: ([\\d,]+) bytes`)) || [])[1] || '0').replace(/,/g, ''));
    const definite = lost('definitely');
    const indirect = lost('indirectly');
    const possible = lost('possibly');
    if (!errs || !/Memcheck/.test(log)) find('no valgrind error summary in the log');
    if (process.env.MPP_SOAK_VERBOSE) console.log(log.split('\n').filter((l) => l.startsWith('==')).join('\n'));
    else if (Number(errs[1]) !== 0) find(`valgrind: ${errs[1]} errors:\n${log.slice(-6000)}`);
    if (definite || indirect || possible) find(`valgrind: ${definite} bytes definitely, ${indirect} indirectly, ${possible} possibly lost`);
    const heap = log.match(/total heap usage: ([\d,]+) allocs, ([\d,]+) frees/);
    vg = `; valgrind: ${errs ? errs[1] : '?'} errors, ${definite} bytes definitely, ${indirect} indirectly, ${possible} possibly lost` +
      (heap ? ` (${heap[1]} allocations, ${heap[2]} frees${/All heap blocks were freed/.test(log) ? ', all heap blocks freed' : ''})` : '');
  }
  hall.cleanup();

  const secs = Math.round((Date.now() - t0) / 1000);
  const lines = [];
  const head = `${LABEL}: ${days.length} business day${days.length > 1 ? 's' : ''} (${days.length > 1 ? `${days[0]} to ${days.at(-1)}, each` : days[0] + ','} crossing midnight), ` +
    `${tickets} tickets (${[...refusals].map(([w, n]) => `${n} refused ${w}`).join(', ') || 'none refused'}), ${requests} requests, ${BOARDS} boards on /ws (${reconnects} reconnections replayed, ${gaps} gaps) in ${secs} s; ` +
    `SIGTERM: exit ${code ?? signal}${vg}`;
  lines.push(head);
  let flat = true;
  if (!WRAP.length && samples.length >= 3) {
    const d2 = samples[1].mem.anon;
    const last = samples.at(-1).mem.anon;
    flat = last <= d2 * GROWTH;
    if (!flat) find(`RssAnon grew from ${d2} KiB on day 2 to ${last} KiB on day ${samples.length} (more than ${Math.round((GROWTH - 1) * 100)}%)`);
    lines.push(`RssAnon at the end of each day (KiB): ${samples.map((s) => s.mem.anon).join(', ')}; day ${samples.length} / day 2 = ${(last / d2).toFixed(3)} ` +
      `(criterion <= ${GROWTH}): ${flat ? 'flat' : 'GROWING'}`);
    lines.push(`VmRSS (KiB): ${samples.map((s) => s.mem.rss).join(', ')}; RssFile, the mapped data.mdb (KiB): ${samples.map((s) => s.mem.file).join(', ')}`);
  }
  for (const l of lines) console.log(l);
  if (REPORT) {
    reportSection(REPORT, SECTION, [
      '```',
      `$ ${COMMAND}`,
      ...lines,
      '```',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${await machine()}, ${process.env.MPP_BUILD_KIND || 'mppd ' + MPPD}.`,
    ].join('\n'));
  }
  if (findings.length) {
    console.error(`FAILED: ${findings.length} problems`);
    process.exit(1);
  }
}

let running = null; // the server of this run, stopped if the run throws

main().catch((e) => {
  console.error(e);
  if (running) {
    if (running.proc && running.proc.exitCode === null) running.proc.kill('SIGKILL');
    running.hall.cleanup();
  }
  process.exit(1);
});
