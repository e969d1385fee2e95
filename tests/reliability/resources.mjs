// resources.mjs - mppd's storage under load, against the real binary and
// real LMDB files, in three parts (each prints one figure line):
//
//   growth  the LMDB map starts at 1 MiB (storage.map_mb = 1) and kiosks
//           issue tickets from several concurrent clients: the map must
//           grow several times with every issue answered 201, and every
//           acknowledged ticket must be there afterwards, also after a
//           restart. A bad storage.map_mb must be refused with its line.
//   stale   processes open a read transaction on the live data folder and
//           are killed (SIGKILL) while kiosks issue tickets, leaving reader
//           slots that pin old pages: mppd must clear every one of them and
//           data.mdb must stay near the size the same load makes without
//           them.
//   backup  while kiosks and counter consoles load the server, `mppctl
//           backup` runs a few times; a second mppd is started on each
//           copy, whose event log must be gapless and equal to the live
//           server's up to its last seq, whose tickets must match the live
//           server's record of them as of that seq, and which must hold
//           every ticket acknowledged before the backup began; the live
//           server must have lost nothing.
//
//   node tests/reliability/resources.mjs [--short] [--only growth,stale,backup]
//        [--report docs/reliability.md]
// MPPD and MPPCTL name the binaries, STALE_READER the helper built from
// stale_reader.c (scripts/resources.sh builds all three).
import { execFile, spawn } from 'node:child_process';
import { statSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { Hall, ROOT, sleep, readLog, killAll } from '../integration/lib/hall.mjs';
import { reportSection, machine } from './report.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SHORT = argv.includes('--short');
const PARTS = opt('only', 'growth,stale,backup').split(',');
const REPORT = opt('report', process.env.MPP_REPORT || '');
const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const STALE_READER = process.env.STALE_READER || join(ROOT, 'build-test/stale_reader');

// sizes of each part: the long run and the suite's short one
const N = SHORT
  ? { growth: 5000, kiosks: 8, stale: 1500, staleReaders: 5, backupMs: 6000, backups: 2 }
  : { growth: 40000, kiosks: 8, stale: 8000, staleReaders: 30, backupMs: 60000, backups: 6 };

// every hall made here, so a run that throws leaves no mppd or folder

const findings = [];
function find(what) {
  findings.push(what);
  if (findings.length <= 20) console.error('  ! ' + what);
}

const MiB = (b) => (b / 2 ** 20).toFixed(1);

async function http(base, method, path, body, cookie) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const r = await fetch(base + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(20000),
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text, headers: r.headers };
}

// Kiosk services of `agencies` (all when null) that ask for nothing and
// have no daily quota, so every issue can be answered 201: [{id, priority}].
async function kioskServices(hall, agencies) {
  const r = await http(hall.base, 'GET', '/api/v1/agencies');
  return r.json.agencies
    .filter((a) => !agencies || agencies.includes(a.id))
    .flatMap((a) => a.services)
    .filter((s) => s.quota === 0 && s.inputs.length === 0 && s.kiosk !== false);
}

function fileSize(path) {
  try { return statSync(path).size; } catch { return 0; }
}

// Kiosks: `clients` loops issuing `total` tickets in all, or until stop()
// says so. Every 201 goes to `acked`; other answers are counted in `other`.
async function kiosks(hall, pool, { clients, total, acked, other, stop = () => false, onAck }) {
  let sent = 0;
  const one = async () => {
    while (sent < total && !stop()) {
      sent++;
      const s = pool[Math.floor(Math.random() * pool.length)];
      const priority = s.priority && Math.random() < 0.1 ? 'lansia' : null;
      const r = await http(hall.base, 'POST', '/api/v1/tickets', { service: s.id, priority });
      if (r.status !== 201) {
        other.set(r.status, (other.get(r.status) || 0) + 1);
        find(`issue of ${s.id} answered ${r.status}: ${r.text}`);
        continue;
      }
      const t = r.json.ticket;
      const k = { id: t.id, token: t.token, number: t.number, service: t.service, state: 'waiting', at: Date.now() };
      acked.push(k);
      if (onAck) onAck(k);
    }
  };
  await Promise.all(Array.from({ length: clients }, one));
}

// Reads every acknowledged ticket back by its token; returns how many are
// missing or not as acknowledged.
async function readBack(hall, acked, when) {
  let lost = 0;
  for (let i = 0; i < acked.length; i += 32) {
    await Promise.all(acked.slice(i, i + 32).map(async (k) => {
      const r = await http(hall.base, 'GET', `/api/v1/tickets/${k.token}`);
      const t = r.json?.ticket;
      if (r.status !== 200 || t.id !== k.id || t.number !== k.number || t.service !== k.service || t.status !== k.state) {
        lost++;
        find(`${when}: acknowledged ${k.number} (id ${k.id}, ${k.state}) reads back ${r.status} ${t ? `${t.number} ${t.status}` : r.text}`);
      }
    }));
  }
  return lost;
}

function gapless(events, what) {
  let bad = 0;
  events.forEach((e, i) => { if (e.seq !== i + 1) { bad++; if (bad <= 3) find(`${what}: seq ${e.seq} at place ${i + 1}`); } });
  return bad === 0;
}

// ---------------------------------------------------------------- growth

async function growthPart() {
  console.log(`== growth: ${N.kiosks} kiosks issue ${N.growth} tickets on a 1 MiB map`);
  // a bad value is refused at start, naming the file and line
  const bad = new Hall({ replace: [['map_mb = 64;', 'map_mb = 0;']] });
  const line = readFileSync(bad.cfg, 'utf8').split('\n').findIndex((l) => l.includes('map_mb = 0;')) + 1;
  let refused = '';
  try { await bad.start(); await bad.stop(); } catch (e) { refused = e.message; }
  bad.cleanup();
  const want = `${bad.cfg}:${line}: storage.map_mb: 0 is out of range (1..1048576)`;
  if (!refused.includes(want)) find(`storage.map_mb = 0 was not refused with "${want}": ${refused || 'it started'}`);

  const hall = new Hall({ replace: [['map_mb = 64;', 'map_mb = 1;']] });
  await hall.start();
  const map0 = await mapBytes(hall);
  if (map0 !== 2 ** 20) find(`the map started at ${map0} bytes, not 1 MiB`);
  const pool = await kioskServices(hall, ['bapenda', 'bank-jateng', 'dpmptsp', 'bpjs-kes']);
  const acked = [];
  const other = new Map();
  const maps = new Set([map0]);
  let sampling = true;
  const sampler = (async () => {
    while (sampling) { maps.add(await mapBytes(hall)); await sleep(100); }
  })();
  const t0 = Date.now();
  await kiosks(hall, pool, { clients: N.kiosks, total: N.growth, acked, other });
  const secs = (Date.now() - t0) / 1000;
  sampling = false;
  await sampler;
  const map1 = await mapBytes(hall);
  const grown = (hall.log.match(/store: map grown to \d+ KiB/g) || []).length;
  const file = fileSize(join(hall.data, 'data.mdb'));
  const lost = await readBack(hall, acked, 'after the load');
  await hall.restart();
  const mapRestart = await mapBytes(hall);
  if (mapRestart < map1) find(`after the restart the map is ${mapRestart} bytes, smaller than the ${map1} it grew to`);
  const lostRestart = await readBack(hall, acked, 'after a restart');
  await hall.stop();
  hall.cleanup();

  const nOther = [...other.values()].reduce((a, b) => a + b, 0);
  if (grown < 3) find(`the map grew only ${grown} times`);
  if (maps.size < 2) find('no growth seen in /metrics');
  const line1 = `growth: ${acked.length} tickets answered 201 by ${N.kiosks} concurrent kiosks on a 1 MiB map in ${secs.toFixed(1)} s, ` +
    `${nOther} other answers${nOther ? ' (' + [...other].map(([s, n]) => `${n} x ${s}`).join(', ') + ')' : ''}; ` +
    `the map grew ${grown} times (1 -> ${MiB(map1)} MiB, data.mdb ${MiB(file)} MiB); ` +
    `${lost + lostRestart ? lost + lostRestart : 0} lost, read back after the load and again after a restart`;
  console.log(line1);
  return { line: line1, ok: nOther === 0 && lost === 0 && lostRestart === 0 && grown >= 3 };
}

async function mapBytes(hall) {
  const r = await http(hall.base, 'GET', '/metrics');
  const m = r.text.match(/^mpp_lmdb_map_bytes (\d+)/m);
  return m ? Number(m[1]) : 0;
}

// ---------------------------------------------------------------- stale

function run(cmd, args) {
  return new Promise((ok, fail) => execFile(cmd, args, { encoding: 'utf8' }, (e, out, err) => (e ? fail(new Error(`${cmd} ${args.join(' ')}: ${err || e.message}`)) : ok(out))));
}

// Opens a read transaction on `dir` in a process of its own, then kills it
// with SIGKILL: its reader slot stays. Returns the txn it held.
async function leaveStaleReader(dir) {
  const p = spawn(STALE_READER, ['hold', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  p.stderr.on('data', (d) => { err += d; });
  const exited = new Promise((ok) => p.on('exit', ok));
  await new Promise((ok, fail) => {
    p.stdout.on('data', (d) => { out += d; if (out.includes('\n')) ok(); });
    p.on('exit', () => fail(new Error(`stale_reader hold: ${err}`)));
  });
  p.kill('SIGKILL');
  await exited;
  return Number(out.match(/txn (\d+)/)[1]);
}

async function staleSlots(dir) {
  const m = (await run(STALE_READER, ['count', dir])).match(/slots (\d+) stale (\d+)/);
  return { slots: Number(m[1]), stale: Number(m[2]) };
}

const clearedIn = (log) => [...log.matchAll(/store: cleared (\d+) stale readers?/g)].reduce((s, m) => s + Number(m[1]), 0);

async function stalePart() {
  console.log(`== stale readers: ${N.staleReaders} readers killed in their transaction while kiosks issue ${N.stale} tickets`);
  // the same load twice: without stale readers, then with them
  const control = new Hall();
  await control.start();
  const pool = await kioskServices(control, ['bapenda', 'bank-jateng', 'dpmptsp', 'bpjs-kes']);
  const acked0 = [];
  const other = new Map();
  await kiosks(control, pool, { clients: N.kiosks, total: N.stale, acked: acked0, other });
  const controlSize = fileSize(join(control.data, 'data.mdb'));
  await control.stop();
  control.cleanup();

  const hall = new Hall();
  await hall.start();
  const dir = hall.data;
  const acked = [];
  const every = Math.floor((N.stale * 0.8) / N.staleReaders);
  let left = 0;
  let seenStale = 0; // the helper's count of dead slots right after each kill
  let pending = Promise.resolve();
  const peak = { size: 0 };
  const t0 = Date.now();
  await kiosks(hall, pool, {
    clients: N.kiosks, total: N.stale, acked, other,
    onAck: () => {
      peak.size = Math.max(peak.size, fileSize(join(dir, 'data.mdb')));
      if (acked.length % every === 0 && left < N.staleReaders) {
        left++;
        pending = pending.then(async () => {
          await leaveStaleReader(dir);
          const c = await staleSlots(dir);
          seenStale = Math.max(seenStale, c.stale);
        });
      }
    },
  });
  await pending;
  // what the readers pinned is cleared as the file grows; a little more
  // load after the last one, and mppd's minute check, catch the rest
  const extra = [];
  for (let i = 0; i < 40 && clearedIn(hall.log) < left; i++)
    await kiosks(hall, pool, {
      clients: N.kiosks, total: 100, acked: extra, other,
      onAck: () => { peak.size = Math.max(peak.size, fileSize(join(dir, 'data.mdb'))); },
    });
  const secs = (Date.now() - t0) / 1000;
  const after = await staleSlots(dir);
  const size = fileSize(join(dir, 'data.mdb'));
  const cleared = clearedIn(hall.log);
  const lost = await readBack(hall, acked.concat(extra), 'stale readers');
  await hall.stop();
  hall.cleanup();

  const bound = controlSize * 1.25 + 2 * 2 ** 20;
  if (left !== N.staleReaders) find(`only ${left} stale readers were left`);
  // mppd checks its reader table after each commit once the file grew by
  // 256 KiB: under load it may clear a dead slot before the helper counts
  // it, and its log then says so; either shows the kill left one
  if (seenStale < 1 && cleared < 1) find('no stale reader slot was seen after a kill, nor cleared by mppd');
  if (cleared !== left) find(`${left} stale readers left, ${cleared} cleared by mppd`);
  if (after.stale !== 0) find(`${after.stale} stale reader slots remain`);
  if (size > bound) find(`data.mdb grew to ${MiB(size)} MiB; the same load without stale readers: ${MiB(controlSize)} MiB`);
  const nOther = [...other.values()].reduce((a, b) => a + b, 0);
  const line1 = `stale readers: ${left} left by processes killed (SIGKILL) in a read transaction during ${acked.length + extra.length} ticket issues ` +
    `(up to ${seenStale} at once), ${cleared} cleared by mppd, ${after.stale} left; ` +
    `data.mdb ${MiB(size)} MiB (peak ${MiB(peak.size)}), the same load without them ${MiB(controlSize)} MiB; ${lost} tickets lost, ${nOther} non-201 in ${secs.toFixed(1)} s`;
  console.log(line1);
  return { line: line1, ok: cleared === left && after.stale === 0 && size <= bound && lost === 0 && nOther === 0 && left === N.staleReaders };
}

// ---------------------------------------------------------------- backup

const CONSOLES = [
  { counter: 8, agency: 'bapenda', user: 'petugas-8' },
  { counter: 9, agency: 'bapenda', user: 'petugas-9' },
  { counter: 29, agency: 'bank-jateng', user: 'petugas-29' },
];

// A counter console: opens its counter and calls, starts, finishes and
// marks no-shows as fast as the replies come, recording every
// acknowledged state by ticket id in `states` (a call's reply may come
// before the kiosk has read the issue's).
async function consoleLoop(hall, c, states, stats, stop) {
  const login = await http(hall.base, 'POST', '/api/v1/session', { username: c.user, password: 'rahasia-' + c.user });
  if (login.status !== 200) { find(`login ${c.user}: ${login.status}`); return; }
  const cookie = login.headers.get('set-cookie').split(';')[0];
  const act = async (a, body) => {
    const r = await http(hall.base, 'POST', `/api/v1/counters/${c.counter}/${a}`, body, cookie);
    if (r.status !== 200) { stats.unexpected++; find(`${a} at ${c.counter}: ${r.status} ${r.text}`); return null; }
    stats.acts++;
    return r.json.counter;
  };
  if (!(await act('open'))) return;
  let cur = null;
  let state = null;
  while (!stop()) {
    if (!cur) {
      const k = await act('call', {});
      if (!k) return;
      if (!k.ticket) { await sleep(10); continue; }
      cur = k.ticket.id;
      state = 'called';
    } else {
      const roll = Math.random();
      const a = state === 'serving' ? 'finish' : roll < 0.6 ? 'start' : roll < 0.85 ? 'finish' : 'no-show';
      if (!(await act(a))) return;
      state = { start: 'serving', finish: 'finished', 'no-show': 'no_show' }[a];
    }
    states.set(cur, state);
    if (state === 'finished' || state === 'no_show') cur = null;
  }
}

const STABLE = ['id', 'number', 'agency', 'service', 'status', 'priority', 'issued_at', 'counter'];
const same = (a, b) => STABLE.every((f) => JSON.stringify(a[f] ?? null) === JSON.stringify(b[f] ?? null));

async function backupPart() {
  console.log(`== backup: mppctl backup ${N.backups} times while 4 kiosks and ${CONSOLES.length} consoles load the server`);
  const hall = new Hall();
  for (const c of CONSOLES) hall.addUser(c.user, 'staff', c.agency);
  await hall.start();
  const pool = await kioskServices(hall, ['bapenda', 'bank-jateng']);
  const acked = [];
  const states = new Map();
  const other = new Map();
  const stats = { acts: 0, unexpected: 0 };
  let stopping = false;
  const stop = () => stopping;
  const load = [
    kiosks(hall, pool, { clients: 4, total: Infinity, acked, other, stop }),
    ...CONSOLES.map((c) => consoleLoop(hall, c, states, stats, stop)),
  ];

  const backups = [];
  const gap = N.backupMs / (N.backups + 1);
  for (let b = 1; b <= N.backups; b++) {
    await sleep(gap);
    const dest = join(hall.dir, `backup-${b}`);
    const before = acked.length; // acknowledged before the backup began
    const t = Date.now();
    const out = await run(MPPCTL, ['--config', hall.cfg, '--data', hall.data, 'backup', dest]);
    backups.push({ dest, before, ms: Date.now() - t, out, during: acked.length - before });
  }
  await sleep(gap);
  stopping = true;
  await Promise.all(load);

  // the live server: every acknowledged ticket as acknowledged, log gapless
  for (const k of acked) k.state = states.get(k.id) || 'waiting';
  const live = await readLog(hall);
  gapless(live.events, 'live log');
  const liveLost = await readBack(hall, acked, 'live');

  let checked = 0;
  let differ = 0;
  let missing = 0;
  let eventsDiffer = 0;
  const seqs = [];
  for (const [i, b] of backups.entries()) {
    const copy = new Hall();
    copy.data = b.dest;
    await copy.start();
    const log = await readLog(copy);
    const S = log.snap.seq;
    seqs.push(S);
    if (log.snap.epoch === live.snap.epoch) find(`backup ${i + 1} kept the live epoch`);
    gapless(log.events, `backup ${i + 1} log`);
    // the same history as the live server up to S
    for (const e of log.events) {
      const l = live.events[e.seq - 1];
      if (!l || JSON.stringify(l) !== JSON.stringify(e)) {
        eventsDiffer++;
        if (eventsDiffer <= 3) find(`backup ${i + 1}: event ${e.seq} differs from the live one: ${JSON.stringify(e).slice(0, 200)} / ${JSON.stringify(l).slice(0, 200)}`);
      }
    }
    // each ticket as the live log had it at S
    const asOf = new Map();
    for (const e of live.events.slice(0, S)) if (e.ticket) asOf.set(e.ticket.id, e.ticket);
    for (let j = 0; j < acked.length; j += 32) {
      await Promise.all(acked.slice(j, j + 32).map(async (k, n) => {
        const want = asOf.get(k.id);
        const r = await http(copy.base, 'GET', `/api/v1/tickets/${k.token}`);
        if (!want) {
          if (r.status !== 404) { differ++; find(`backup ${i + 1}: ${k.number} is not in its log up to ${S} but reads ${r.status}`); }
          if (j + n < b.before) { missing++; find(`backup ${i + 1}: ${k.number}, acknowledged before it began, is not in it`); }
          return;
        }
        checked++;
        if (r.status !== 200 || !same(r.json.ticket, want)) {
          differ++;
          find(`backup ${i + 1}: ${k.number} reads ${r.status} ${JSON.stringify(r.json?.ticket ?? r.text).slice(0, 200)}, the live log at ${S} has ${JSON.stringify(want).slice(0, 200)}`);
        }
      }));
    }
    await copy.stop();
    copy.cleanup();
    rmSync(b.dest, { recursive: true, force: true });
  }
  await hall.stop();
  hall.cleanup();

  const nOther = [...other.values()].reduce((a, b) => a + b, 0);
  const ms = backups.map((b) => b.ms);
  const line1 = `backup: ${backups.length} mppctl backups under load (${Math.min(...ms)}-${Math.max(...ms)} ms each, ${backups.map((b) => b.during).reduce((a, c) => a + c, 0)} tickets acknowledged while they ran), ` +
    `each restored: logs gapless up to seq ${seqs.join(', ')} and equal to the live one (${eventsDiffer} differ); ` +
    `${checked} tickets compared with the live log at that seq, ${differ} differ; ${missing} acknowledged before a backup began missing from it; ` +
    `live: ${acked.length} tickets and ${stats.acts} counter actions acknowledged, ${liveLost} lost`;
  console.log(line1);
  return {
    line: line1,
    ok: !eventsDiffer && !differ && !missing && !liveLost && !nOther && !stats.unexpected && backups.every((b) => b.out.includes('backup written')),
  };
}

// ---------------------------------------------------------------- main

async function main() {
  const t0 = Date.now();
  const parts = { growth: growthPart, stale: stalePart, backup: backupPart };
  const results = [];
  for (const p of PARTS) {
    if (!parts[p]) throw new Error(`unknown part ${p} (growth, stale, backup)`);
    const s0 = Date.now();
    results.push({ name: p, ...(await parts[p]()), secs: Math.round((Date.now() - s0) / 1000) });
  }
  const secs = Math.round((Date.now() - t0) / 1000);
  console.log(`${secs} s in all`);
  // each part's figure in its own section of the page
  for (const r of REPORT ? results : []) {
    reportSection(REPORT, `resources-${r.name}`, [
      '```',
      `$ scripts/resources.sh${SHORT ? ' --short' : ''}${PARTS.length < 3 ? ' --only ' + PARTS.join(',') : ''}`,
      r.line,
      '```',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${await machine()}, ${process.env.MPP_BUILD_KIND || 'release build'}; ${r.secs} s.`,
    ].join('\n'));
  }
  if (findings.length || results.some((r) => !r.ok)) {
    console.error(`FAILED: ${findings.length} problems`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  killAll();
  process.exit(1);
});
