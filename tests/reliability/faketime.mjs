// faketime.mjs - time against the real release mppd, its clock moved by
// libfaketime (no test clock in the binary): restarts at 23:59:59 local
// time after a kill -9 or a clean SIGTERM while kiosks issue across
// midnight, the clock stepped back (by a restart with an earlier clock and
// live, while mppd runs, over midnight and within a day), and the closing
// time of a hall with real opening hours. Checks what kiosks, counters, the
// status page and the reports show: numbers restart exactly once per business
// day and agency and never repeat within one, tickets keep their business day,
// and what still waits at closing is cancelled with reason "closed".
//   node tests/reliability/faketime.mjs [--nights N] [--short] [--report docs/reliability.md]
// MPPD names a release mppd (scripts/faketime.sh builds one); LIBFAKETIME
// the library (Debian's libfaketime.so.1 by default).
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import WebSocket from 'ws';
import { Hall, sleep, readLog, killAll } from '../integration/lib/hall.mjs';
import { reportSection, machine } from './report.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const SHORT = argv.includes('--short');
const NIGHTS = Number(opt('nights', SHORT ? 2 : 8));
const REPORT = opt('report', process.env.MPP_REPORT || '');
const LIB = process.env.LIBFAKETIME || '/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1';
const KIOSKS = 3;
const FIRST_DAY = '2030-01-07'; // a Monday

const findings = [];
const find = (what) => {
  findings.push(what);
  if (findings.length <= 30) console.error('  ! ' + what);
};
const check = (ok, what) => { if (!ok) find(what); return ok; };

// ---- dates and local wall-clock times as the hall shows them ----

// 'YYYY-MM-DD' n days later
function addDays(day, n) {
  const d = new Date(day + 'T00:00:00Z');
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
// "2030-01-07T23:59:58+07:00" -> "2030-01-07 23:59:58": the hall's local time
const local = (iso) => iso.slice(0, 10) + ' ' + iso.slice(11, 19);
// seconds between two local times 'YYYY-MM-DD HH:MM:SS' (b - a)
const secs = (a, b) => (Date.parse(b.replace(' ', 'T') + 'Z') - Date.parse(a.replace(' ', 'T') + 'Z')) / 1000;
const seqOf = (number) => Number(number.split('-')[1]);
const prefixOf = (number) => number.split('-')[0];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

// ---- starting mppd under libfaketime ----

// The environment of one mppd under libfaketime. `at` is a local time of the
// hall ("2030-01-07 23:59:59"): libfaketime reads it with mktime() in the
// process's TZ before mppd sets TZ from hall.timezone, so TZ must name the
// hall's zone too (on a UTC machine 23:59:59 would otherwise be 06:59:59 in
// Jakarta). The monotonic clock stays real: lws runs its timers on it (the
// engine's one-second tick, idle and slow-header time-outs, the /ws pings),
// and the kernel never steps it; a faked one would step with the wall clock.
// `file`: the fake time is read from this file at every clock reading, so
// writing it steps the clock of the running mppd (an NTP step).
function fakeEnv(zone, { at, file, fakeMonotonic = false }) {
  const env = { LD_PRELOAD: LIB, TZ: zone };
  if (!fakeMonotonic) env.FAKETIME_DONT_FAKE_MONOTONIC = '1';
  if (file) Object.assign(env, { FAKETIME_TIMESTAMP_FILE: file, FAKETIME_NO_CACHE: '1' });
  else env.FAKETIME = '@' + at;
  return env;
}

// Writes the time a running mppd's clock jumps to (atomically: libfaketime
// reads the file at every clock reading).
function setFileClock(file, at) {
  writeFileSync(file + '.new', '@' + at + '\n');
  renameSync(file + '.new', file);
}

// Starts the hall's mppd with `env` added to its environment. Hall.start()
// spawns mppd before its first await once the port is chosen, so the
// environment is swapped and restored around that call alone, and two halls
// may start at once.
async function startWith(hall, env) {
  if (!hall.port) hall.port = await freePort();
  const saved = {};
  for (const k of Object.keys(env)) { saved[k] = process.env[k]; process.env[k] = env[k]; }
  let started;
  try {
    started = hall.start();
  } finally {
    for (const k of Object.keys(env)) {
      if (saved[k] === undefined) delete process.env[k]; else process.env[k] = saved[k];
    }
  }
  await started;
}

const hallZone = (hall) => {
  const m = /^\s*timezone\s*=\s*"([^"]+)"/m.exec(hall.cfgText);
  return m ? m[1] : 'Asia/Jakarta';
};

async function http(hall, method, path, body, cookie) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const r = await fetch(hall.base + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(8000),
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text, headers: r.headers };
}

// Plain services (no kiosk inputs, no quota, no cut-off) of `agency`.
async function services(hall, agency, n) {
  const r = await http(hall, 'GET', '/api/v1/agencies');
  const a = r.json.agencies.find((x) => x.id === agency);
  return a.services
    .filter((s) => s.quota === 0 && s.inputs.length === 0 && !s.hours && s.kiosk !== false)
    .slice(0, n).map((s) => s.id);
}

// ---- load: kiosks issuing and one counter console serving ----

const acked = []; // every ticket answered 201: {id, number, token, at, run}
const stats = { starts: 0, nearMidnight: 0, kills: 0, terms: 0, relogins: 0, liveSteps: 0 };

// Runs KIOSKS kiosks and the console of `cons` against `hall` until
// `run.over`; each ticket answered 201 is noted with the run's label.
function load(hall, run, pool, cons) {
  const kiosk = async () => {
    while (!run.over) {
      const service = pool[Math.floor(Math.random() * pool.length)];
      const step = run.step; // a reply to a request sent before a live step says nothing of it
      let r;
      try {
        r = await http(hall, 'POST', '/api/v1/tickets', { service, priority: Math.random() < 0.2 ? 'lansia' : null });
      } catch {
        await sleep(5); // cut off by the stop, or a kept-alive socket of the last mppd
        continue;
      }
      if (r.status !== 201) { find(`${run.label}: issue of ${service} answered ${r.status} ${r.text}`); await sleep(50); continue; }
      const t = r.json.ticket;
      const k = { id: t.id, number: t.number, token: t.token, at: local(t.issued_at), run: run.label };
      acked.push(k);
      run.tickets.push(k);
      if (step === run.step && (!run.last || k.at > run.last)) run.last = k.at;
      await sleep(20);
    }
  };
  const console_ = async () => {
    let cur = null;
    let sync = true;
    while (!run.over) {
      try {
        if (!cons.cookie) {
          const r = await http(hall, 'POST', '/api/v1/session', { username: cons.user, password: 'rahasia-' + cons.user });
          if (r.status !== 200) { find(`${run.label}: login ${cons.user}: ${r.status} ${r.text}`); await sleep(100); continue; }
          cons.cookie = r.headers.get('set-cookie').split(';')[0];
          continue;
        }
        const act = async (path, body) => {
          const r = await http(hall, path.startsWith('GET ') ? 'GET' : 'POST',
            `/api/v1/counters/${cons.counter}` + path.replace(/^GET /, ''), body, cons.cookie);
          if (r.status === 401) { cons.cookie = null; stats.relogins++; sync = true; return null; }
          if (r.status === 409) { sync = true; return null; } // the state moved (closing): read it again
          if (r.status !== 200) { find(`${run.label}: counter ${cons.counter}${path}: ${r.status} ${r.text}`); sync = true; await sleep(100); return null; }
          return r.json.counter;
        };
        if (sync) {
          const c = await act('GET ');
          if (!c) { await sleep(20); continue; }
          // as the console page does: take the counter (again after a
          // restart, a closing, or a session that expired over a clock jump)
          if (c.status === 'paused' && c.held_by_you) { if (!await act('/resume')) continue; }
          else if (c.status !== 'open' || !c.held_by_you) { if (!await act('/open')) continue; }
          cur = c.ticket;
          sync = false;
          continue;
        }
        if (!cur) {
          const c = await act('/call', {});
          if (!c) continue;
          cur = c.ticket;
          if (!cur) await sleep(20);
        } else if (cur.status === 'called') {
          const c = await act(Math.random() < 0.1 ? '/no-show' : '/start');
          if (c) cur = c.ticket;
        } else {
          const c = await act('/finish');
          if (c) cur = c.ticket;
        }
        await sleep(15);
      } catch {
        sync = true; // cut off by the stop
        await sleep(5);
      }
    }
  };
  return Promise.all([...Array.from({ length: KIOSKS }, kiosk), ...(cons ? [console_()] : [])]);
}

// One run of mppd: starts it with the clock at `at` (or following `file`),
// puts load on it until `until(run)` holds (or `maxMs`), then stops it with
// `stop` ('kill' = SIGKILL, 'term' = SIGTERM) while the load is still on.
async function runOnce(ctx, { label, at, file, until, maxMs = 8000, stop, during }) {
  const { hall, pool, cons } = ctx;
  const run = { label, at, tickets: [], last: null, over: false, step: 0 };
  await startWith(hall, fakeEnv(ctx.zone, { at, file }));
  stats.starts++;
  const hhmm = at.slice(11, 16);
  if (hhmm === '23:59' || hhmm === '00:00') stats.nearMidnight++;
  const loaded = load(hall, run, pool, cons);
  const t0 = Date.now();
  if (during) await during(run);
  while (!until(run) && Date.now() - t0 < maxMs) await sleep(20);
  check(until(run), `${label}: ${until.what || 'its goal'} not reached in ${maxMs} ms (last ticket ${run.last})`);
  run.over = true;
  if (stop === 'kill') { await hall.kill9(); stats.kills++; } else { await hall.stop(); stats.terms++; }
  await loaded;
  // the clock mppd ran on: its first ticket was issued at the requested
  // local time (a TZ that is not the hall's would shift it by hours)
  const first = run.tickets.reduce((a, k) => (!a || k.id < a.id ? k : a), null);
  if (check(first, `${label}: no ticket issued`)) {
    const d = secs(at, first.at);
    check(d >= 0 && d <= 4, `${label}: started at ${at}, its first ticket says ${first.at} (TZ or libfaketime not in effect?)`);
  }
  const last = run.tickets.reduce((a, k) => (!a || k.at > a ? k.at : a), null);
  console.log(`  ${label}: ${run.tickets.length} tickets from ${first?.at.slice(11)} to ${last?.slice(5)}, ` +
    `Dukcapil ${runsOf(run.tickets, 'A')}; ${stop === 'kill' ? 'kill -9' : 'SIGTERM'}`);
  return run;
}

// "A-041..A-047, A-001..A-009": the numbers of one prefix in a run, in
// issue order, one range per unbroken stretch
function runsOf(tickets, prefix) {
  const seqs = tickets.filter((k) => prefixOf(k.number) === prefix).sort((a, b) => a.id - b.id).map((k) => k.number);
  const out = [];
  for (const n of seqs) {
    const cur = out.at(-1);
    if (cur && seqOf(n) === seqOf(cur[1]) + 1) cur[1] = n; else out.push([n, n]);
  }
  return out.map(([a, b]) => (a === b ? a : `${a}..${b}`)).join(', ') || '-';
}

const reached = (when) => Object.assign((run) => run.last !== null && run.last >= when, { what: `a ticket issued at ${when}` });
const forMs = (ms) => {
  let t0 = null;
  return Object.assign(() => { t0 ??= Date.now(); return Date.now() - t0 >= ms; }, { what: `${ms} ms of load` });
};

// ---- the midnight scenario: restarts at 23:59:59, clock stepped back ----

// Replays the durable log: the business day is the latest local date any
// event was made at (it never goes back). Per agency prefix, the first
// ticket of a business day must be number 1 and every next one the one
// after; no ticket of an earlier day may still wait once a later day has
// issued; "closed" cancellations happen only after their ticket's day ended.
function replay(events) {
  let day = null;
  const tickets = new Map(); // id -> {day, number, status}
  const last = new Map(); // prefix -> {day, seq}
  const perDay = new Map(); // day -> tickets issued
  const resets = new Map(); // day -> Set of prefixes that started at 1
  const numbers = new Set();
  const r = { issued: 0, repeats: 0, gaps: 0, extraResets: 0, missedResets: 0, lateWaiting: 0, closedEarly: 0, closedAt: 0, behind: 0 };
  let checkedDay = null;
  for (const e of events) {
    const date = e.at.slice(0, 10);
    if (!day || date > day) day = date;
    if (e.type === 'ticket.issued') {
      const t = e.ticket;
      if (checkedDay !== day) {
        // the first ticket of this business day: the days before are over
        for (const [, k] of tickets) {
          if (k.day < day && (k.status === 'waiting' || k.status === 'printing' || k.status === 'held')) {
            r.lateWaiting++;
            find(`${k.number} of ${k.day} is still ${k.status} when ${day} issues`);
          }
        }
        checkedDay = day;
      }
      r.issued++;
      perDay.set(day, (perDay.get(day) || 0) + 1);
      if (local(t.issued_at).slice(0, 10) < day) r.behind++;
      const key = day + ' ' + t.number;
      if (numbers.has(key)) { r.repeats++; find(`number ${t.number} issued twice on business day ${day}`); }
      numbers.add(key);
      const p = prefixOf(t.number);
      const s = seqOf(t.number);
      const prev = last.get(p);
      if (!prev || prev.day !== day) {
        if (s === 1) {
          if (!resets.has(day)) resets.set(day, new Set());
          resets.get(day).add(p);
        } else {
          r.missedResets++;
          find(`the first ${p} ticket of ${day} is ${t.number} (issued at ${local(t.issued_at)})`);
        }
      } else if (s === 1) {
        r.extraResets++;
        find(`${p} restarted at 1 a second time on ${day} (after ${p}-${prev.seq}, at ${local(t.issued_at)})`);
      } else if (s !== prev.seq + 1) {
        r.gaps++;
        find(`${t.number} follows ${p}-${prev.seq} on ${day} (at ${local(t.issued_at)})`);
      }
      last.set(p, { day, seq: s });
      tickets.set(t.id, { day, number: t.number, status: t.status });
    } else if (e.ticket && tickets.has(e.ticket.id)) {
      const k = tickets.get(e.ticket.id);
      k.status = e.ticket.status;
      if (e.type === 'ticket.cancelled' && e.reason === 'closed') {
        r.closedAt++;
        if (!(k.day < day)) {
          r.closedEarly++;
          find(`${k.number} of ${k.day} cancelled "closed" at ${local(e.at)}, while its day was still on`);
        }
      }
    }
  }
  const resetCount = [...resets.values()].reduce((a, s) => a + s.size, 0);
  return { ...r, perDay, resets: resetCount, days: perDay.size, finalDay: day, tickets };
}

async function midnight() {
  const hall = new Hall();
  hall.cfgText = readFileSync(hall.cfg, 'utf8');
  const zone = hallZone(hall);
  const cons = { counter: 8, agency: 'bapenda', user: 'petugas-8', cookie: null };
  hall.addUser(cons.user, 'staff', cons.agency);
  hall.addUser('kepala', 'admin');
  const ctx = { hall, zone, cons, pool: null };
  // the catalog, read once from a plain start
  await startWith(hall, fakeEnv(zone, { at: `${addDays(FIRST_DAY, -1)} 12:00:00` }));
  ctx.pool = [];
  for (const a of ['dukcapil', 'dpmptsp', 'bapenda', 'bank-jateng']) ctx.pool.push(...await services(hall, a, 2));
  await hall.stop();
  console.log(`midnight: ${NIGHTS} nights; the hall's zone ${zone}; kiosks issue ${ctx.pool.join(', ')}`);

  let day = FIRST_DAY;
  for (let k = 0; k < NIGHTS; k++, day = addDays(day, 1)) {
    const next = addDays(day, 1);
    // the evening: tickets before midnight, then a kill -9 or a SIGTERM
    await runOnce(ctx, {
      label: `${day} evening`, at: `${day} 23:59:50`, until: forMs(1200), stop: k % 2 ? 'term' : 'kill',
    });
    // the restart at 23:59:59: issue on across midnight
    await runOnce(ctx, {
      label: `${day} restart at 23:59:59`, at: `${day} 23:59:59`, until: reached(`${next} 00:00:02`),
      stop: k % 2 ? 'kill' : 'term',
    });
  }
  const today = day; // the business day the last run reached
  const yesterday = addDays(today, -1);

  // the clock stepped back by a restart: to the previous evening, over midnight
  const back = await runOnce(ctx, {
    label: `${today}, restarted at ${yesterday} 23:59:58`, at: `${yesterday} 23:59:58`,
    until: reached(`${today} 00:00:02`), stop: 'term',
  });
  // ... and within one day
  await runOnce(ctx, { label: `${today} 09:00`, at: `${today} 09:00:00`, until: forMs(600), stop: 'kill' });
  await runOnce(ctx, { label: `${today} restarted at 08:30`, at: `${today} 08:30:00`, until: forMs(600), stop: 'term' });

  // the clock stepped while mppd runs: back an hour, forward to 23:59:58,
  // over midnight, then back over midnight to 23:59:57 and over it again
  const file = join(hall.dir, 'clock');
  const tomorrow = addDays(today, 1);
  setFileClock(file, `${today} 11:00:00`);
  const steps = [];
  const live = await runOnce(ctx, {
    label: `${today} live steps`, at: `${today} 11:00:00`, file, maxMs: 15000, stop: 'term',
    until: Object.assign((run) => run.step === 3 && run.last >= `${tomorrow} 00:00:01`, { what: 'the three steps' }),
    during: async (run) => {
      // steps the running mppd's clock to `to`; run.last then follows the
      // tickets issued after the step
      const mark = (to, label) => {
        steps.push({ label, from: run.tickets.at(-1)?.at, to, after: run.tickets.length });
        setFileClock(file, to);
        stats.liveSteps++;
        run.last = null;
        run.step = (run.step || 0) + 1;
      };
      const until = async (when) => {
        const t0 = Date.now();
        while (!(run.last >= when) && Date.now() - t0 < 6000) await sleep(20);
      };
      await sleep(500);
      mark(`${today} 10:00:00`, 'back an hour');
      await sleep(500);
      mark(`${today} 23:59:58`, 'forward to 23:59:58');
      await until(`${tomorrow} 00:00:01`);
      mark(`${today} 23:59:57`, 'back over midnight');
    },
  });
  // each step took effect: a ticket after it carries the new time
  for (const st of steps) {
    const after = live.tickets.slice(st.after).map((k) => k.at);
    check(after.some((at) => secs(st.to, at) >= 0 && secs(st.to, at) <= 3),
      `live step ${st.label} to ${st.to}: no ticket issued at that time after it (${after.slice(0, 3).join(', ')})`);
  }

  // everything the log says, replayed, and the report's days
  await startWith(hall, fakeEnv(zone, { at: `${tomorrow} 00:05:00` }));
  const { snap, events } = await readLog(hall, 120000);
  events.forEach((e, i) => check(e.seq === i + 1, `event log: seq ${e.seq} at place ${i + 1}`));
  check(events.length === snap.seq, `event log: ${events.length} events, snapshot seq ${snap.seq}`);
  const rep = replay(events);
  const issuedLog = new Map();
  for (const e of events) if (e.type === 'ticket.issued') issuedLog.set(e.ticket.id, e.ticket.number);
  let lost = 0;
  let misfiled = 0; // days whose report count differs from the log's
  for (const k of acked) {
    if (issuedLog.get(k.id) !== k.number) { lost++; find(`acknowledged ${k.number} (id ${k.id}, ${k.run}) is not in the log as such`); }
  }
  // business days as the server keeps them: the service report per day
  const admin = (await http(hall, 'POST', '/api/v1/session', { username: 'kepala', password: 'rahasia-kepala' })).headers.get('set-cookie').split(';')[0];
  const days = [...rep.perDay.keys()].sort();
  const report = await http(hall, 'GET', `/api/v1/reports/service?from=${days[0]}&to=${days.at(-1)}&group=day`, undefined, admin);
  if (!check(report.status === 200, `report: ${report.status} ${report.text}`)) misfiled++;
  else {
    const byDay = new Map(report.json.rows.filter((r) => r.level === 'hall').map((r) => [r.period, r.issued]));
    for (const d of new Set([...days, ...[...byDay.keys()].filter((d) => byDay.get(d) > 0)])) {
      if (!check(byDay.get(d) === rep.perDay.get(d),
        `report of ${d}: ${byDay.get(d)} tickets issued; the log has ${rep.perDay.get(d)} of that business day`)) misfiled++;
    }
  }
  // the run with the clock behind: its tickets carry the previous evening's
  // time, and belong to the day that was on
  const backIds = new Set(back.tickets.map((k) => k.id));
  const backDays = new Set([...rep.tickets].filter(([id]) => backIds.has(id)).map(([, k]) => k.day));
  check(backDays.size === 1 && backDays.has(today),
    `tickets issued with the clock back at ${yesterday} belong to ${[...backDays].join(', ')}, not ${today}`);
  check(back.tickets.some((k) => k.at.startsWith(yesterday)), `no ticket issued while the clock showed ${yesterday}`);
  await hall.stop();
  hall.cleanup();
  console.log(`  live steps: ${steps.map((s) => `${s.label} (${s.from} -> ${s.to})`).join('; ')}`);
  return { rep, lost, misfiled };
}

// ---- closing time of a hall with real opening hours ----

async function closing() {
  const hours = [
    ['mon = "00:00-24:00"', 'mon = "07:30-15:00"'], ['tue = "00:00-24:00"', 'tue = "07:30-15:00"'],
    ['wed = "00:00-24:00"', 'wed = "07:30-15:00"'], ['thu = "00:00-24:00"', 'thu = "07:30-15:00"'],
    ['fri = "00:00-24:00"', 'fri = "07:30-11:30"'], ['sat = "00:00-24:00"', 'sat = "closed"'],
    ['sun = "00:00-24:00"', 'sun = "closed"'],
  ];
  const hall = new Hall({ replace: hours });
  hall.cfgText = readFileSync(hall.cfg, 'utf8');
  const zone = hallZone(hall);
  hall.addUser('ani', 'staff', 'dukcapil');
  hall.addUser('budi', 'staff', 'bapenda');
  const day = FIRST_DAY; // Monday, closing at 15:00
  const out = { waiting: 0, cancelled: 0, kept: 0, refused: 0, asked: 0 };
  const env = (at) => fakeEnv(zone, { at });

  await startWith(hall, env(`${day} 14:59:52`));
  const pool = [...await services(hall, 'dukcapil', 2), ...await services(hall, 'bapenda', 2)];
  const feed = new WebSocket(`ws://127.0.0.1:${hall.port}/ws`); // what a status page listens to
  const seen = [];
  feed.on('message', (d) => seen.push(JSON.parse(d.toString())));
  await new Promise((ok, fail) => { feed.on('open', ok); feed.on('error', fail); });
  const issued = [];
  for (let i = 0; i < 12; i++) {
    const r = await http(hall, 'POST', '/api/v1/tickets', { service: pool[i % pool.length] });
    if (check(r.status === 201, `closing: issue at ${day} 14:59:5x answered ${r.status} ${r.text}`)) issued.push(r.json.ticket);
  }
  // one ticket called at counter 1, one served at counter 8: they are at a
  // counter, not waiting, at closing
  const login = async (u) => (await http(hall, 'POST', '/api/v1/session', { username: u, password: 'rahasia-' + u })).headers.get('set-cookie').split(';')[0];
  const ani = await login('ani');
  const budi = await login('budi');
  await http(hall, 'POST', '/api/v1/counters/1/open', undefined, ani);
  await http(hall, 'POST', '/api/v1/counters/8/open', undefined, budi);
  const called = (await http(hall, 'POST', '/api/v1/counters/1/call', {}, ani)).json?.counter?.ticket;
  await http(hall, 'POST', '/api/v1/counters/8/call', {}, budi);
  const served = (await http(hall, 'POST', '/api/v1/counters/8/start', undefined, budi)).json?.counter?.ticket;
  check(called && served, 'closing: a counter could not call or start a ticket before 15:00');
  const atCounter = new Set([called?.id, served?.id]);
  const waiting = issued.filter((t) => !atCounter.has(t.id));
  out.waiting = waiting.length;

  // 15:00 comes with no request at all: the engine's tick closes the day
  const t0 = Date.now();
  const cancelledNow = () => seen.filter((m) => m.type === 'ticket.cancelled' && m.reason === 'closed');
  while (cancelledNow().length < waiting.length && Date.now() - t0 < 12000) await sleep(50);
  const cancelled = cancelledNow();
  out.cancelled = cancelled.length;
  for (const t of waiting) {
    const ev = cancelled.find((m) => m.ticket.id === t.id);
    if (!check(ev, `closing: ${t.number}, waiting at 15:00, got no ticket.cancelled "closed" on /ws`)) continue;
    const at = local(ev.at);
    check(at >= `${day} 15:00:00` && at <= `${day} 15:00:02`, `closing: ${t.number} cancelled at ${at}, not at 15:00`);
    const s = await http(hall, 'GET', `/api/v1/tickets/${t.token}`);
    check(s.json?.ticket?.status === 'cancelled' && s.json.ticket.reason === 'closed',
      `closing: the status of ${t.number} says ${s.json?.ticket?.status}/${s.json?.ticket?.reason}`);
    const page = await http(hall, 'GET', `/t/${t.token}`);
    check(page.status === 200 && /text\/html/.test(page.headers.get('content-type') || ''), `closing: /t/<token> of ${t.number} answered ${page.status}`);
  }
  for (const t of [called, served].filter(Boolean)) {
    const token = issued.find((k) => k.id === t.id)?.token; // counter replies carry no token
    const s = (await http(hall, 'GET', `/api/v1/tickets/${token}`)).json?.ticket;
    check(s?.status === t.status, `closing: ${t.number}, ${t.status} at a counter at 15:00, is now ${s?.status}`);
    out.kept += s?.status === t.status ? 1 : 0;
    check(!cancelled.some((m) => m.ticket.id === t.id), `closing: ${t.number} was at a counter and was cancelled`);
  }
  const board = (await http(hall, 'GET', '/api/v1/board')).json;
  for (const a of ['dukcapil', 'bapenda']) {
    const w = board.agencies.find((x) => x.id === a)?.waiting;
    check(w === 0, `closing: the board shows ${w} waiting at ${a} after 15:00`);
  }
  const refuse = async (when) => {
    const r = await http(hall, 'POST', '/api/v1/tickets', { service: pool[0] });
    out.asked++;
    const ok = check(r.status === 409 && r.json?.error?.code === 'closed', `closing: a ticket at ${when} answered ${r.status} ${r.text}`);
    out.refused += ok ? 1 : 0;
  };
  await refuse(`${day} 15:00 (after closing)`);
  const counted = cancelled.length;
  feed.close();
  const staffFinish = await http(hall, 'POST', '/api/v1/counters/8/finish', undefined, budi);
  check(staffFinish.status === 200, `closing: finishing the ticket served at closing answered ${staffFinish.status}`);

  // kill -9 after closing, restart later that day: still closed, the
  // cancelled tickets stay cancelled
  await hall.kill9();
  await startWith(hall, env(`${day} 15:00:30`));
  await refuse(`${day} 15:00:30 after kill -9`);
  for (const t of waiting.slice(0, 3)) {
    const s = (await http(hall, 'GET', `/api/v1/tickets/${t.token}`)).json?.ticket;
    check(s?.status === 'cancelled' && s.reason === 'closed', `closing: after kill -9 ${t.number} says ${s?.status}`);
  }
  // SIGTERM, restart with the clock stepped back before closing: the day is over
  await hall.stop();
  await startWith(hall, env(`${day} 14:58:00`));
  await refuse(`${day} 14:58 (clock stepped back after closing, restarted)`);
  await hall.stop();

  // the next day, with nothing waiting at 15:00: closing still ends the day,
  // also for a restart whose clock is stepped back before 15:00
  const tue = addDays(day, 1);
  await startWith(hall, env(`${tue} 14:59:57`));
  await sleep(3500);
  await refuse(`${tue} 15:00 (nothing waited at closing)`);
  await hall.kill9();
  await startWith(hall, env(`${tue} 14:59:00`));
  await refuse(`${tue} 14:59 (nothing waited at closing; clock stepped back, restarted)`);
  await hall.stop();
  hall.cleanup();
  stats.starts += 5;
  stats.kills += 2;
  stats.terms += 3;
  console.log(`closing (${zone}, Mon-Thu 07:30-15:00): ${out.waiting} waiting at 15:00, ${counted} cancelled "closed" on /ws, ` +
    `${out.kept} at a counter kept; ${out.refused} of ${out.asked} tickets asked for after closing refused`);
  return out;
}

// ---- the monotonic clock: why it stays real (the long run only) ----

// An idle connection is closed by lws after 10 s on the monotonic clock.
// The wall clock is stepped back `step` s while it waits: with a real
// monotonic clock (as the kernel keeps it) it still closes after 10 s; a
// faked one steps back too and holds every lws timer for `step` s more.
async function monotonic(step) {
  const one = async (fakeMonotonic) => {
    const hall = new Hall();
    hall.cfgText = '';
    const file = join(hall.dir, 'clock');
    setFileClock(file, `${FIRST_DAY} 10:00:00`);
    await startWith(hall, fakeEnv('Asia/Jakarta', { file, fakeMonotonic }));
    const s = connect(hall.port, '127.0.0.1');
    const t0 = Date.now();
    const closed = new Promise((ok) => s.on('close', () => ok(Date.now() - t0)));
    await sleep(300);
    setFileClock(file, `${FIRST_DAY} 09:59:${String(60 - step).padStart(2, '0')}`);
    const ms = await closed;
    await hall.stop();
    hall.cleanup();
    return ms;
  };
  const [real, faked] = await Promise.all([one(false), one(true)]);
  console.log(`monotonic: wall clock stepped back ${step} s; an idle socket closed after ${real} ms with the monotonic clock real, ${faked} ms with it faked`);
  check(real >= 9500 && real <= 11500, `monotonic: the idle socket was closed after ${real} ms, not 10 s, though only the wall clock stepped`);
  return { real, faked };
}

async function main() {
  const t0 = Date.now();
  if (!existsSync(LIB)) throw new Error(`${LIB} is missing (apt-get install faketime)`);
  const [m, c, mono] = await Promise.all([midnight(), closing(), SHORT ? null : monotonic(10)]);
  const { rep } = m;
  const s = Math.round((Date.now() - t0) / 1000);
  const resetsOk = rep.extraResets === 0 && rep.missedResets === 0;
  const line1 = `${stats.nearMidnight} restarts around midnight (${NIGHTS} at 23:59:59 after a kill -9 or SIGTERM at 23:59:5x), ` +
    `${rep.issued} tickets over ${rep.days} business days, ${resetsOk ? '1 reset per day' : `${rep.extraResets} extra and ${rep.missedResets} missing resets`} ` +
    `(${rep.resets} agency-days), ${rep.repeats} repeated numbers`;
  const line2 = `clock stepped back: by restarts (to the previous evening, and within a day) and ${stats.liveSteps} live steps; ` +
    `${rep.behind} tickets issued while the clock was behind their business day, ` +
    `${m.misfiled ? `the report disagrees on ${m.misfiled} days` : 'the report counts every ticket in its business day'}; ` +
    `${rep.extraResets ? `${rep.extraResets} second resets` : 'no second reset'}`;
  const line3 = `closing: ${rep.closedAt} tickets still waiting at midnight cancelled "closed", ${rep.lateWaiting} left waiting; ` +
    `at 15:00 ${c.cancelled} of ${c.waiting} waiting cancelled, ${c.kept} at a counter kept, ${c.refused} of ${c.asked} tickets asked for after closing refused`;
  const line4 = `${acked.length} tickets acknowledged, ${m.lost} lost; ${stats.starts} starts of mppd, ${stats.kills} kill -9, ${stats.terms} SIGTERM; ` +
    `the console logged in ${stats.relogins} times again (its session's idle limit passed over the clock's jumps); ${s} s in all`;
  const lines = [line1, line2, line3, line4];
  if (mono) lines.push(`monotonic clock real: lws timers keep time over a wall-clock step (idle socket closed after ${mono.real} ms; ${mono.faked} ms with a faked one)`);
  if (findings.length) {
    lines.push(`${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}:`,
      ...findings.slice(0, 5).map((f) => '  ' + (f.length > 150 ? f.slice(0, 150) + '...' : f)));
  }
  for (const l of lines) console.log(l);
  if (REPORT) {
    reportSection(REPORT, 'time', [
      '```',
      `$ scripts/faketime.sh${SHORT ? ' --short' : NIGHTS !== 8 ? ' ' + NIGHTS : ''}`,
      ...lines,
      '```',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${await machine()}, release build, libfaketime ` +
      `${LIB.split('/').pop()}, ${KIOSKS} kiosks and one counter console.`,
    ].join('\n'));
  }
  if (findings.length) {
    console.error(`FAILED: ${findings.length} ${findings.length === 1 ? 'problem' : 'problems'}`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  killAll();
  process.exit(1);
});
