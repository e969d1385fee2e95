// crash.mjs - crash durability of mppd: kiosks issue tickets and counter
// consoles call, start, finish and mark no-shows without pause while mppd is
// killed with SIGKILL at random moments and restarted, N times. Then every
// acknowledged ticket (201) and every acknowledged counter action (200) must
// still be there with the state its acknowledgement said (or a later one,
// where a request whose reply was cut off by the kill may have moved it on),
// the durable event log must be gapless, and no ticket id nor a number
// within one day may appear twice. Half of the kiosks' tickets ask for
// messages, which a gateway of the test takes: every acknowledged one still
// waiting at the end got its "issued" message at its own phone, no ticket
// that did not ask got one, and once the outbox is empty a restart sends
// nothing again (what the gateway took is durable as sent).
//   node tests/reliability/crash.mjs [--kills N] [--report docs/reliability.md]
// MPPD and MPPCTL name the binaries (scripts/crash.sh builds a release one).
import { Hall, sleep, readLog, until } from '../integration/lib/hall.mjs';
import { Gateway } from '../integration/lib/gateway.mjs';
import { reportSection, machine } from './report.mjs';

const argv = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = argv.indexOf('--' + name);
  return i >= 0 ? argv[i + 1] : dflt;
};
const KILLS = Number(opt('kills', 200));
const REPORT = opt('report', process.env.MPP_REPORT || '');
const ISSUERS = Number(opt('issuers', 4));
const MIN_MS = Number(opt('min-ms', 20)); // time under load before a kill
const MAX_MS = Number(opt('max-ms', 400));

// agencies with plain services (no flows, no hooks): what a call or a
// finish does to a ticket is then only what the console asked for
const CONSOLES = [
  { counter: 8, agency: 'bapenda', user: 'petugas-8' },
  { counter: 9, agency: 'bapenda', user: 'petugas-9' },
  { counter: 29, agency: 'bank-jateng', user: 'petugas-29' },
];
const RANK = { waiting: 0, called: 1, serving: 2, finished: 3, no_show: 3 };

const gateway = new Gateway();
let hall; // made once the gateway has its port
const ADMIN = 'kepala-crash';
const findings = []; // every broken promise, in words
const stats = {
  issued: 0, issueLost: 0, acts: 0, actLost: 0, calls: 0, empty: 0,
  unexpected: 0, restartsMs: [],
};
const tickets = new Map(); // id -> what was acknowledged about it (the latest, if an id came twice)
const acked = []; // every acknowledged ticket, even one whose id came twice
let regressions = 0; // a console saw a ticket behind its acknowledged state
let op = 0; // a clock of acknowledgements and cut-off requests
let stopping = false;

// The server's availability: clients wait here while mppd is down.
const gate = {
  open: false,
  waiters: [],
  wait() { return this.open ? Promise.resolve() : new Promise((ok) => this.waiters.push(ok)); },
  set(open) {
    this.open = open;
    if (open) { for (const w of this.waiters.splice(0)) w(); }
  },
};

async function http(method, path, body, cookie) {
  const headers = {};
  if (body !== undefined) headers['content-type'] = 'application/json';
  if (cookie) headers.cookie = cookie;
  const r = await fetch(hall.base + path, {
    method, headers, body: body === undefined ? undefined : JSON.stringify(body),
    signal: AbortSignal.timeout(10000),
  });
  const text = await r.text();
  let json = null;
  try { json = JSON.parse(text); } catch { /* not JSON */ }
  return { status: r.status, json, text, headers: r.headers };
}

function find(what) {
  findings.push(what);
  if (findings.length <= 20) console.error('  ! ' + what);
}

async function services(agency) {
  const r = await http('GET', '/api/v1/agencies');
  const a = r.json.agencies.find((x) => x.id === agency);
  return a.services.filter((s) => s.quota === 0 && s.inputs.length === 0 && s.kiosk !== false).map((s) => s.id);
}

// A kiosk: issues tickets one after another, as fast as replies come.
async function issuer(pool) {
  while (!stopping) {
    await gate.wait();
    if (stopping) break;
    const service = pool[Math.floor(Math.random() * pool.length)];
    const priority = Math.random() < 0.2 ? 'lansia' : null;
    // half the tickets ask for messages, each to a phone of its own
    const phone = Math.random() < 0.5 ? '0812' + String(Math.floor(Math.random() * 1e8)).padStart(8, '0') : null;
    let r;
    try {
      r = await http('POST', '/api/v1/tickets', { service, priority, ...(phone ? { notify: { phone } } : {}) });
    } catch {
      stats.issueLost++; // cut off by a kill: it may or may not exist
      await sleep(5);
      continue;
    }
    if (r.status === 503) { stats.issueLost++; continue; }
    if (r.status !== 201) { stats.unexpected++; find(`issue answered ${r.status}: ${r.text}`); continue; }
    const t = r.json.ticket;
    stats.issued++;
    if (tickets.has(t.id)) find(`ticket id ${t.id} acknowledged twice (${tickets.get(t.id).number}, ${t.number})`);
    if (t.status !== 'waiting') find(`issue of ${t.number} acknowledged with status ${t.status}`);
    const k = {
      id: t.id, token: t.token, number: t.number, service: t.service, day: t.issued_at.slice(0, 10),
      state: 'waiting', counter: null, op: ++op, cutAfter: 0, calls: [],
      phone: phone ? '+62' + phone.slice(1) : null, final: null,
    };
    tickets.set(t.id, k);
    acked.push(k);
  }
}

// A counter console: keeps its counter open and serves its agency's queue.
async function console_(c) {
  let cookie = null;
  let cur = null; // id of the ticket at the counter, as last known
  let curState = null; // its status, as last acknowledged or read
  let sync = true;
  const ack = (t, state, counter) => {
    const k = tickets.get(t);
    if (!k) return; // issued by a request whose reply was cut off
    k.state = state;
    k.op = ++op;
    if (counter) k.counter = counter;
  };
  while (!stopping) {
    await gate.wait();
    if (stopping) break;
    let sent = null;
    try {
      if (!cookie) {
        const r = await http('POST', '/api/v1/session', { username: c.user, password: 'rahasia-' + c.user });
        if (r.status !== 200) { find(`login ${c.user}: ${r.status} ${r.text}`); await sleep(50); continue; }
        cookie = r.headers.get('set-cookie').split(';')[0];
        continue;
      }
      if (sync) {
        // after a cut-off request: read what is durable now
        const r = await http('GET', `/api/v1/counters/${c.counter}`, undefined, cookie);
        if (r.status === 401) { cookie = null; continue; }
        if (r.status !== 200) { find(`GET counter ${c.counter}: ${r.status} ${r.text}`); await sleep(50); continue; }
        const k = r.json.counter;
        if (k.status === 'closed' || (k.status === 'open' && !k.held_by_you)) {
          sent = 'open';
          const o = await http('POST', `/api/v1/counters/${c.counter}/open`, undefined, cookie);
          if (o.status !== 200) { find(`open ${c.counter}: ${o.status} ${o.text}`); await sleep(50); continue; }
        } else if (k.status === 'paused') {
          sent = 'resume';
          const o = await http('POST', `/api/v1/counters/${c.counter}/resume`, undefined, cookie);
          if (o.status !== 200) { find(`resume ${c.counter}: ${o.status} ${o.text}`); await sleep(50); continue; }
        }
        const t = k.ticket;
        if (t && tickets.has(t.id)) {
          const have = tickets.get(t.id);
          if (RANK[t.status] < RANK[have.state]) regressions++, find(`${t.number}: acknowledged ${have.state}, counter ${c.counter} shows ${t.status}`);
        }
        cur = t ? t.id : null;
        curState = t ? t.status : null;
        sync = false;
        continue;
      }
      if (cur === null) {
        sent = 'call';
        const r = await http('POST', `/api/v1/counters/${c.counter}/call`, {}, cookie);
        if (r.status === 401) { cookie = null; sync = true; continue; }
        if (r.status !== 200) { stats.unexpected++; find(`call at ${c.counter}: ${r.status} ${r.text}`); sync = true; continue; }
        const t = r.json.counter.ticket;
        if (!t) { stats.empty++; await sleep(10); continue; }
        stats.calls++;
        stats.acts++;
        if (t.status !== 'called' || t.counter !== c.counter) find(`call at ${c.counter} answered ${t.number} ${t.status} at ${t.counter}`);
        const k = tickets.get(t.id);
        if (k) {
          if (k.calls.length && k.calls.at(-1) !== c.counter) find(`${t.number} acknowledged as called at ${k.calls.at(-1)} and at ${c.counter}`);
          k.calls.push(c.counter);
        }
        ack(t.id, 'called', c.counter);
        cur = t.id;
        curState = 'called';
        continue;
      }
      const state = curState;
      const roll = Math.random();
      const action = state === 'serving' ? 'finish' : roll < 0.6 ? 'start' : roll < 0.85 ? 'finish' : 'no-show';
      const expect = { start: 'serving', finish: 'finished', 'no-show': 'no_show' }[action];
      sent = action;
      const r = await http('POST', `/api/v1/counters/${c.counter}/${action}`, undefined, cookie);
      if (r.status === 401) { cookie = null; sync = true; continue; }
      if (r.status !== 200) { stats.unexpected++; find(`${action} at ${c.counter}: ${r.status} ${r.text}`); sync = true; continue; }
      stats.acts++;
      const t = r.json.counter.ticket;
      if (action === 'start') {
        if (!t || t.id !== cur || t.status !== 'serving') find(`start at ${c.counter} answered ${JSON.stringify(t)}`);
      } else if (t) {
        find(`${action} at ${c.counter} left ${t.number} at the counter`);
      }
      ack(cur, expect, c.counter);
      curState = expect;
      if (action !== 'start') cur = null;
    } catch {
      // the reply was cut off by a kill: the request may have committed
      if (sent && sent !== 'open' && sent !== 'resume') {
        stats.actLost++;
        if (cur !== null && tickets.has(cur)) tickets.get(cur).cutAfter = ++op;
        if (sent === 'call') c.cutCall = ++op; // some waiting ticket may be called now
      }
      sync = true;
      await sleep(5);
    }
  }
}

async function verify(epoch0) {
  const { snap, events } = await readLog(hall, 600000);
  if (snap.epoch !== epoch0) find(`the epoch changed from ${epoch0} to ${snap.epoch}`);
  events.forEach((e, i) => { if (e.seq !== i + 1) find(`event log: seq ${e.seq} at place ${i + 1}`); });
  const issued = new Map(); // id -> number
  const numbers = new Map(); // day number -> id
  const calledEv = new Set(); // "id@counter"
  for (const e of events) {
    if (e.type === 'ticket.issued') {
      const t = e.ticket;
      if (issued.has(t.id)) find(`ticket id ${t.id} issued twice in the log`);
      issued.set(t.id, t.number);
      const key = t.issued_at.slice(0, 10) + ' ' + t.number;
      if (numbers.has(key)) find(`number ${key} issued twice (ids ${numbers.get(key)} and ${t.id})`);
      numbers.set(key, t.id);
    } else if (e.type === 'ticket.called') {
      calledEv.add(`${e.ticket.id}@${e.ticket.counter}`);
    }
  }
  let lostTickets = 0;
  let lostCalls = 0;
  let checked = 0;
  const list = acked;
  for (let i = 0; i < list.length; i += 32) {
    await Promise.all(list.slice(i, i + 32).map(async (k) => {
      const r = await http('GET', `/api/v1/tickets/${k.token}`);
      checked++;
      if (r.status !== 200) { lostTickets++; find(`acknowledged ticket ${k.number} (id ${k.id}) is gone: ${r.status}`); return; }
      const t = r.json.ticket;
      k.final = t.status;
      if (t.id !== k.id || t.number !== k.number || t.service !== k.service) {
        lostTickets++;
        find(`acknowledged ticket ${k.number} (id ${k.id}) came back as ${t.number} (id ${t.id}, ${t.service})`);
        return;
      }
      if (issued.get(k.id) !== k.number) { lostTickets++; find(`acknowledged ticket ${k.number} (id ${k.id}) has no ticket.issued event`); }
      const same = t.status === k.state;
      const movedOn = RANK[t.status] > RANK[k.state] && k.cutAfter > k.op;
      const calledByCut = k.state === 'waiting' && t.status !== 'waiting' &&
        CONSOLES.some((c) => c.cutCall > k.op);
      if (!same && !movedOn && !calledByCut) {
        if (k.calls.length) lostCalls++; else lostTickets++;
        find(`${k.number}: acknowledged ${k.state}, now ${t.status}`);
      }
      for (const c of k.calls) {
        if (!calledEv.has(`${k.id}@${c}`)) { lostCalls++; find(`${k.number}: call at ${c} acknowledged, not in the log`); }
      }
      if (k.counter && RANK[t.status] >= 1 && t.counter !== k.counter) {
        lostCalls++;
        find(`${k.number}: acknowledged at counter ${k.counter}, now at ${t.counter}`);
      }
    }));
  }
  return { events: events.length, issuedInLog: issued.size, checked, lostTickets, lostCalls: lostCalls + regressions };
}

// The messages, once the hall has sent all it will: what the gateway took
// against what was acknowledged, and a restart that must send nothing.
async function verifyMessages() {
  const login = async () => (await http('POST', '/api/v1/session', { username: ADMIN, password: 'rahasia-' + ADMIN }))
    .headers.get('set-cookie').split(';')[0];
  let cookie = await login();
  // once more if a kept-alive connection was closed under the request
  const outbox = async () => {
    try {
      return (await http('GET', '/api/v1/outbox', undefined, cookie)).json;
    } catch {
      return (await http('GET', '/api/v1/outbox', undefined, cookie)).json;
    }
  };
  await until(async () => ((await outbox()).queued === 0 ? true : null), 60000);
  const byNumber = new Map(acked.map((k) => [k.number, k]));
  let lost = 0;
  let strays = 0;
  for (const g of gateway.got) {
    const k = byNumber.get(g.body.ticket);
    if (k && !k.phone) { strays++; find(`${k.number} asked for no messages, and the gateway got ${g.body.template}`); }
    if (k && k.phone && g.body.to !== k.phone) { strays++; find(`${k.number}'s ${g.body.template} went to ${g.body.to}, not its own phone`); }
  }
  const issued = new Set(gateway.got.filter((g) => g.body.template === 'ticket.issued').map((g) => `${g.body.ticket} ${g.body.to}`));
  const waiting = acked.filter((k) => k.phone && k.final === 'waiting');
  for (const k of waiting) {
    if (!issued.has(`${k.number} ${k.phone}`)) {
      lost++;
      find(`${k.number} (still waiting) asked for messages; its "issued" message never reached the gateway`);
    }
  }
  const keys = new Map();
  for (const g of gateway.got) keys.set(g.key, (keys.get(g.key) || 0) + 1);
  const twice = [...keys.values()].filter((n) => n > 1).length;
  const before = await outbox();
  // every message the gateway took is durable as sent: a restart sends none again
  const posts = gateway.got.length;
  await hall.stop();
  await hall.start();
  await sleep(1500);
  cookie = await login();
  const after = await outbox();
  const again = gateway.got.length - posts;
  if (again) find(`a restart with nothing queued sent ${again} messages again`);
  if (after.sent !== before.sent || after.queued !== 0) find(`the outbox read ${JSON.stringify(before)} before a restart and ${JSON.stringify(after)} after`);
  if (after.sent > keys.size) find(`${after.sent} messages sent, but the gateway saw ${keys.size} keys`);
  return { keys: keys.size, twice, again, sent: after.sent, dropped: after.dropped, waiting: waiting.length, lost, strays };
}

async function main() {
  const t0 = Date.now();
  await gateway.start();
  hall = new Hall({ cfg: `notify = { url = "${gateway.url}"; quiet_hours = "off"; };\n` });
  await hall.start();
  for (const c of CONSOLES) hall.addUser(c.user, 'staff', c.agency);
  hall.addUser(ADMIN, 'admin');
  const epoch0 = (await http('GET', '/api/v1/board')).json.epoch;
  const pool = [...(await services('bapenda')).slice(0, 4), ...(await services('bank-jateng')).slice(0, 2)];
  gate.set(true);
  const loops = [
    ...Array.from({ length: ISSUERS }, () => issuer(pool)),
    ...CONSOLES.map((c) => console_(c)),
  ];
  for (let k = 1; k <= KILLS; k++) {
    await sleep(MIN_MS + Math.random() * (MAX_MS - MIN_MS));
    gate.set(false);
    await hall.kill9();
    const s = Date.now();
    await hall.start();
    stats.restartsMs.push(Date.now() - s);
    gate.set(true);
    if (k % 20 === 0 || k === KILLS) {
      console.log(`  ${k} kills, ${stats.issued} tickets and ${stats.acts} counter actions acknowledged so far`);
    }
  }
  await sleep(300); // the consoles settle what the last kill cut off
  stopping = true;
  gate.set(true);
  await Promise.all(loops);
  const v = await verify(epoch0);
  const m = await verifyMessages();
  await hall.stop();
  hall.cleanup();
  gateway.close();

  const secs = Math.round((Date.now() - t0) / 1000);
  const rs = stats.restartsMs.sort((a, b) => a - b);
  const median = rs[Math.floor(rs.length / 2)];
  const lost = v.lostTickets + v.lostCalls + m.lost + m.strays;
  const line1 = `${KILLS} kills, ${stats.issued} tickets acknowledged, ${v.lostTickets} lost`;
  const line2 = `${stats.calls} calls and ${stats.acts - stats.calls} other counter actions acknowledged, ${v.lostCalls} lost`;
  const line3 = `${v.events} events in the log, gapless; ${v.issuedInLog} tickets issued, ` +
    `${findings.length ? findings.length + ' problems' : 'no id or number of a day repeated'}`;
  const line4 = `${stats.issueLost + stats.actLost} requests cut off by a kill (outcome unknown, allowed either way); ` +
    `restart to /healthz: median ${median} ms; ${secs} s in all`;
  console.log(line1);
  console.log(line2);
  console.log(line3);
  const line5 = `messages: ${m.keys} taken by the gateway (${m.twice} of them POSTed again after a kill cut their outcome off), ` +
    `${m.sent} sent and ${m.dropped} dropped in the outbox; ${m.waiting} tickets still waiting asked for them, ` +
    `${m.lost} of those without their "issued" message; ${m.strays} sent where not asked; ` +
    `${m.again} sent again by a restart once the outbox was empty`;
  console.log(line4);
  console.log(line5);
  if (REPORT) {
    reportSection(REPORT, 'crash', [
      '```',
      `$ scripts/crash.sh ${KILLS}`,
      line1, line2, line3, line4, line5,
      '```',
      '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${await machine()}, release build, ` +
      `${ISSUERS} kiosks and ${CONSOLES.length} consoles, a kill every ${MIN_MS}-${MAX_MS} ms of load.`,
    ].join('\n'));
  }
  if (lost || findings.length || stats.unexpected) {
    console.error(`FAILED: ${findings.length} problems`);
    process.exit(1);
  }
}

main().catch((e) => {
  console.error(e);
  if (hall.proc) hall.proc.kill('SIGKILL');
  process.exit(1);
});
