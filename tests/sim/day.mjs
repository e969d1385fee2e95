// day.mjs - a simulated MPP day against a running mppd built with the test
// clock (cmake -DMPP_TEST_CLOCK=ON): citizens arrive along a curve with a
// morning peak, pick agencies by weight and services within them, take
// tickets at the kiosk; staff open counters, call, start, serve for a time
// drawn around each service's standard minutes, finish, sometimes mark a
// no-show or transfer; some citizens answer the SKM survey. The clock is
// moved to each event's time (POST /api/v1/test/clock), so a day of hours
// runs in seconds or minutes of real time.
//
// The simulation keeps its own account of every ticket (where it ended,
// how), of the estimated wait each ticket was shown at issue and of the
// wait it really had, so the service report and the estimate can be
// checked against it. docs/reports.md describes the model and its figures.

// ---- seeded random numbers (mulberry32) ----
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const normal = () => { // Box-Muller
    const u = 1 - next(), v = next();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
  const pick = (items, weight) => {
    const total = items.reduce((s, x) => s + weight(x), 0);
    let r = next() * total;
    for (const x of items) { r -= weight(x); if (r < 0) return x; }
    return items[items.length - 1];
  };
  return { next, normal, pick };
}

// Visitors per agency: a hall gives an agency counters by its demand, so
// each agency draws in proportion to what its counters can serve (counters
// over the mean standard minutes of what citizens ask it), the civil
// registry and police a little more (their queues are the long ones);
// Samsat's tickets pass four counters each, registration at one, so less.
const AGENCY_BOOST = { dukcapil: 1.3, samsat: 0.25, polres: 1.2 };
const DAY_TICKETS = 600; // a full day at scale 1

// Arrivals per half hour from 07:30, relative: a peak from 08:30 to 10:30,
// a dip at midday, a small rise after lunch, then the last comers.
const ARRIVAL_CURVE = [3, 6, 9, 10, 10, 9, 7, 5, 4, 3, 4, 4, 3, 2];

const MIN = 60_000;
const P_NO_SHOW = 0.04;
const P_TRANSFER = 0.03;
const P_SURVEY = 0.3;
const P_PRIORITY = 0.08;

// ---- a small binary heap of events by time ----
class Events {
  constructor() { this.h = []; this.n = 0; }
  push(at, fn) {
    const e = { at, seq: this.n++, fn };
    const h = this.h;
    h.push(e);
    for (let i = h.length - 1; i > 0;) {
      const p = (i - 1) >> 1;
      if (Events.less(h[p], h[i])) break;
      [h[p], h[i]] = [h[i], h[p]]; i = p;
    }
  }
  pop() {
    const h = this.h;
    const top = h[0], last = h.pop();
    if (h.length) {
      h[0] = last;
      for (let i = 0; ;) {
        const l = 2 * i + 1, r = l + 1;
        let m = i;
        if (l < h.length && Events.less(h[l], h[m])) m = l;
        if (r < h.length && Events.less(h[r], h[m])) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i], h[m]]; i = m;
      }
    }
    return top;
  }
  get size() { return this.h.length; }
  static less(a, b) { return a.at < b.at || (a.at === b.at && a.seq < b.seq); }
}

// Local date YYYY-MM-DD of ms in Asia/Jakarta (UTC+7, no daylight saving).
export function jakartaDate(ms) {
  return new Date(ms + 7 * 3600_000).toISOString().slice(0, 10);
}
// ms of HH:MM on a Jakarta date.
function at(date, h, m) {
  return Date.parse(`${date}T${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}:00+07:00`);
}

function percentile(sorted, p) {
  if (!sorted.length) return null;
  const rank = p * (sorted.length - 1), lo = Math.floor(rank), hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (rank - lo);
}

function errorStats(pairs) {
  const abs = pairs.map(([est, real]) => Math.abs(est - real)).sort((a, b) => a - b);
  const n = abs.length;
  if (!n) return { n: 0 };
  const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
  return {
    n,
    mae_s: Math.round(mean(abs)),
    median_abs_s: Math.round(percentile(abs, 0.5)),
    p90_abs_s: Math.round(percentile(abs, 0.9)),
    bias_s: Math.round(mean(pairs.map(([est, real]) => est - real))),
  };
}

// Runs one day. api: { base, req(method, path, body, headers) } without a
// session; login: async () => a client { req } of an admin account.
// opts: seed, scale (1 = a full day of about 600 tickets), from/until
// ("HH:MM" of the first and last arrival), close ("HH:MM": counters take
// no new call from then; what still waits stays open), date (YYYY-MM-DD, default the
// day after the server's clock), log (a function for progress lines),
// staff (async (counter number) => {name, client} of the account that works
// that counter; default: the admin works every counter).
export async function simulateDay(api, login, opts = {}) {
  const R = rng(opts.seed ?? 1);
  const log = opts.log || (() => {});
  const clockReq = async (body) => {
    const r = await api.req('POST', '/api/v1/test/clock', body);
    if (r.status === 404) throw new Error('this mppd has no test clock: build it with -DMPP_TEST_CLOCK=ON');
    if (r.status !== 200) throw new Error(`test clock: ${r.status} ${r.text}`);
    return r.json;
  };
  const serverNow = (await clockReq({ advance_ms: 0 })).now_ms;
  const date = opts.date || jakartaDate(serverNow + 24 * 3600_000);
  const [fh, fm] = (opts.from || '07:30').split(':').map(Number);
  const [uh, um] = (opts.until || '14:30').split(':').map(Number);
  const [ch, cm] = (opts.close || '16:00').split(':').map(Number);
  const dayStart = at(date, fh, fm), lastArrival = at(date, uh, um), closeAt = at(date, ch, cm);
  if (dayStart <= serverNow) throw new Error(`the day ${date} ${opts.from || '07:30'} is not after the server's clock`);

  let now = dayStart - 30 * MIN;
  await clockReq({ at_ms: now });
  const setClock = async (t) => { if (t !== now) { now = t; await clockReq({ at_ms: t }); } };

  const { agencies } = (await api.req('GET', '/api/v1/agencies')).json;
  const services = new Map();
  for (const a of agencies)
    for (const s of a.services) services.set(s.id, { ...s, agency: a.id });
  // kiosk services that ask for no input fields
  const menu = agencies.map((a) => ({ ...a, menu: a.services.filter((s) => s.kiosk !== false && !(s.inputs || []).length) }))
    .filter((a) => a.menu.length && a.counters.length);
  const serviceWeight = (a, s) => 1 / (1 + a.menu.indexOf(s)); // the first services are the common ones
  for (const a of menu) {
    const w = a.menu.reduce((sum, s) => sum + serviceWeight(a, s), 0);
    const meanMin = a.menu.reduce((sum, s) => sum + serviceWeight(a, s) * Math.max(1, s.minutes), 0) / w;
    a.weight = a.counters.length / meanMin * (AGENCY_BOOST[a.id] ?? 1);
  }

  // counters: which services each serves, its state
  const counters = new Map();
  for (const a of agencies)
    for (const n of a.counters)
      counters.set(n, { n, agency: a.id, open: false, busy: null, scheduled: false,
        serves: new Set(a.services.filter((s) => (s.counters || a.counters).includes(n)).map((s) => s.id)) });

  const ev = new Events();
  const tickets = new Map(); // id -> our record
  const stats = { issued: 0, refused: 0, served: 0, no_show: 0, transferred: 0, surveys: 0, calls: 0 };
  const estimatePairs = [], standardPairs = [];

  const admin = await login(); // a session lasts 12 hours: the day must end by 19:00
  // what each person did, for the staff report: finishes (a declared next
  // step too), no-shows, transfers and the service times (start -> finish)
  const byStaff = {};
  const did = (c) => (byStaff[c.staff] ??= { served: 0, no_show: 0, transfers: 0, service_ms: [] });
  for (const c of counters.values()) {
    const who = opts.staff ? await opts.staff(c.n) : null;
    c.client = who ? who.client : admin;
    c.staff = who ? who.name : 'admin';
  }
  const act = async (c, action, body = {}) => {
    const r = await c.client.req('POST', `/api/v1/counters/${c.n}/${action}`, body);
    if (r.status !== 200) throw new Error(`counter ${c.n} ${action} at ${new Date(now + 7 * 3600_000).toISOString()}: ${r.status} ${r.text}`);
    return r.json.counter;
  };
  const openServing = (svc) => [...counters.values()].filter((c) => c.open && c.serves.has(svc)).length;
  const wake = (svc) => {
    for (const c of counters.values())
      if (c.open && !c.busy && !c.scheduled && c.serves.has(svc)) {
        c.scheduled = true;
        ev.push(now + 10_000 + Math.floor(R.next() * 20_000), () => call(c));
        return;
      }
  };

  // ---- staff ----
  const call = async (c) => {
    c.scheduled = false;
    if (c.busy || !c.open) return;
    if (now >= closeAt) { // closing time: what still waits stays open
      await act(c, 'close');
      c.open = false;
      return;
    }
    const counter = await act(c, 'call');
    if (!counter.ticket) return; // nobody waiting for this counter: it idles until woken
    stats.calls++;
    const t = tickets.get(counter.ticket.id);
    if (!t) { // a ticket from before this simulation (a hall that carries over): serve it, uncounted
      c.busy = counter.ticket;
      ev.push(now + 5 * MIN, async () => { await act(c, 'finish'); did(c).served++; c.busy = null; ev.push(now + 15_000, () => call(c)); });
      return;
    }
    c.busy = t;
    if (t.firstCall === undefined) {
      t.firstCall = now;
      const real = (now - t.issuedAt) / 1000;
      estimatePairs.push([t.estimate, real]);
      standardPairs.push([t.standardEstimate, real]);
    }
    if (R.next() < P_NO_SHOW) {
      ev.push(now + 2 * MIN, async () => {
        await act(c, 'no-show');
        did(c).no_show++;
        t.status = 'no_show';
        c.busy = null;
        ev.push(now + 15_000, () => call(c));
      });
      return;
    }
    const walk = 20_000 + Math.floor(R.next() * 40_000);
    const svc = services.get(t.service);
    const standard = Math.max(1, svc ? svc.minutes : 10) * MIN;
    // lognormal around 80% of the standard, at least a minute, at most 3x
    const dur = Math.min(3 * standard, Math.max(MIN, Math.round(0.8 * standard * Math.exp(0.45 * R.normal()))));
    ev.push(now + walk, async () => {
      await act(c, 'start');
      t.startedAt = now;
      ev.push(now + dur, () => finish(c, t));
    });
  };

  const finish = async (c, t) => {
    const svc = services.get(t.service);
    const others = svc ? agencies.find((a) => a.id === svc.agency).services
      .filter((s) => s.id !== t.service && !(s.inputs || []).length) : [];
    if (others.length && R.next() < P_TRANSFER) {
      const to = others[Math.floor(R.next() * others.length)].id;
      await act(c, 'transfer', { service: to, place: 'back' });
      did(c).transfers++;
      moved(t, to);
    } else {
      await act(c, 'finish');
      did(c).served++;
      did(c).service_ms.push(now - t.startedAt);
      // a declared next step or a plugin hook may have queued it again
      const s = (await api.req('GET', `/api/v1/tickets/${t.token}`)).json.ticket;
      if (s.status === 'waiting') {
        moved(t, s.service);
      } else {
        t.status = s.status;
        if (R.next() < P_SURVEY) {
          const scores = Array.from({ length: 9 }, () => R.pick([2, 3, 4], (x) => (x === 2 ? 1 : x === 3 ? 5 : 4)));
          const r = await api.req('POST', '/api/v1/surveys', { token: t.token, scores });
          if (r.status !== 201) throw new Error(`survey: ${r.status} ${r.text}`);
          stats.surveys++;
        }
      }
    }
    c.busy = null;
    ev.push(now + 15_000, () => call(c));
  };

  const moved = (t, service) => {
    t.service = service;
    t.agency = service.split('/')[0];
    t.transfers++;
    t.status = 'waiting';
    wake(service);
  };

  // ---- citizens ----
  const arrive = async () => {
    const a = R.pick(menu, (x) => x.weight);
    const svc = R.pick(a.menu, (s) => serviceWeight(a, s));
    const priority = svc.priority && R.next() < P_PRIORITY ? 'lansia' : null;
    const r = await api.req('POST', '/api/v1/tickets', { service: svc.id, priority });
    if (r.status !== 201) { stats.refused++; return; }
    const tk = r.json.ticket;
    const open = openServing(svc.id);
    tickets.set(tk.id, {
      id: tk.id, token: tk.token, service: svc.id, agency: a.id, issuedAt: now, status: 'waiting',
      transfers: 0, estimate: tk.estimated_wait_s,
      standardEstimate: Math.floor(tk.position * svc.minutes * 60 / Math.max(1, open)),
    });
    stats.issued++;
    wake(svc.id);
  };

  // arrivals: the curve spread over the day's half hours, scaled
  const slots = Math.max(1, Math.round((lastArrival - dayStart) / (30 * MIN)));
  const curve = Array.from({ length: slots }, (_, i) => ARRIVAL_CURVE[i] ?? ARRIVAL_CURVE[ARRIVAL_CURVE.length - 1]);
  const total = Math.max(1, Math.round(DAY_TICKETS * (opts.scale ?? 1) * slots / ARRIVAL_CURVE.length));
  const sum = curve.reduce((s, x) => s + x, 0);
  for (let i = 0; i < slots; i++) {
    const n = Math.round(total * curve[i] / sum);
    for (let k = 0; k < n; k++)
      ev.push(dayStart + i * 30 * MIN + Math.floor(R.next() * 30 * MIN), arrive);
  }
  // counters: the first of each agency at opening, the others 15 minutes on
  const firstOf = new Set(agencies.map((a) => a.counters[0]));
  for (const c of counters.values())
    ev.push(firstOf.has(c.n) ? dayStart : dayStart + 15 * MIN, async () => {
      await act(c, 'open');
      c.open = true;
      c.scheduled = true;
      ev.push(now + 5_000, () => call(c));
    });

  const started = Date.now();
  let done = 0;
  while (ev.size) {
    const e = ev.pop();
    await setClock(e.at);
    await e.fn();
    if (++done % 2000 === 0) log(`${done} events, ${stats.issued} tickets, clock ${new Date(now + 7 * 3600_000).toISOString().slice(11, 16)}`);
  }
  for (const c of counters.values()) if (c.open) await act(c, 'close');

  const count = { issued: 0, served: 0, no_show: 0, transferred: 0, open: 0, byService: {} };
  for (const t of tickets.values()) {
    count.issued++;
    if (t.status === 'finished') count.served++;
    else if (t.status === 'no_show') count.no_show++;
    else count.open++;
    if (t.transfers > 0) count.transferred++;
    const s = count.byService[t.service] ??= { issued: 0, served: 0, no_show: 0, transferred: 0 };
    s.issued++;
    if (t.status === 'finished') s.served++;
    if (t.status === 'no_show') s.no_show++;
    if (t.transfers > 0) s.transferred++;
  }
  return {
    date, count, stats, surveys: stats.surveys, refused: stats.refused,
    estimate: { server: errorStats(estimatePairs), standard_only: errorStats(standardPairs) },
    events: done, real_s: Math.round((Date.now() - started) / 100) / 10,
    end: new Date(now + 7 * 3600_000).toISOString().slice(11, 16),
    admin: () => admin,
    byStaff,
  };
}
