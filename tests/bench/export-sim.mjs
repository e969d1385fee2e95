// export-sim.mjs - the export's simulation and benchmark (issue 18; run by
// scripts/export-sim.sh, which builds the release binaries first). Against
// Debian's real nats-server (JetStream on, data in a temporary folder), a
// real mppagg and real mppd halls:
//   1. lag: 35 simulated halls publish at a steady total rate; the view's
//      end-to-end lag (stream store -> view apply) p50 and p99;
//   2. view rate: the 35 halls publish a busy day each at full speed at
//      once; events/s the view applied (first publish -> last applied),
//      and a second view rebuilt from the stream's start (its rate alone);
//   3. issue ratio: a real mppd's durable issue rate (wrk, 16 connections,
//      tests/bench/issue.lua) with export on against off, alternating runs,
//      medians;
//   4. catch-up: a real mppd under a steady load while the broker is away
//      for OUTAGE_S seconds; the time from the broker's return until the
//      stream acknowledged every event, and the backlog it sent.
// Simulated halls are lightweight publishers (npm nats) of events shaped as
// mppd's, with Nats-Msg-Id <hall>:<epoch>:<seq>. Prints the figures as it
// goes; writes them to RESULTS (JSON) and its section of docs/performance.md
// (between the export-sim markers; MPP_REPORT= leaves the page alone).
import { spawn, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT, sleep, until, killAll } from '../integration/lib/hall.mjs';
import { NatsServer, Agg, killAllNats, natsConnect, addStream } from '../integration/lib/nats.mjs';
import { headers as natsHeaders } from 'nats';

const QUICK = process.env.QUICK === '1';
const HALLS = 35;
const DAY_TICKETS = Number(process.env.DAY_TICKETS || (QUICK ? 300 : 1500));
const PACED_RATE = Number(process.env.PACED_RATE || 5000); // events/s, all halls together
const PACED_S = Number(process.env.PACED_S || (QUICK ? 5 : 20));
const ISSUE_RUNS = Number(process.env.ISSUE_RUNS || 3);
const ISSUE_S = Number(process.env.ISSUE_S || (QUICK ? 3 : 10));
const OUTAGE_S = Number(process.env.OUTAGE_S || (QUICK ? 30 : 600));
const OUTAGE_RATE = Number(process.env.OUTAGE_RATE || 10); // tickets/s during the outage
const RESULTS = process.env.RESULTS || join(ROOT, 'build-bench/results/export.json');
const REPORT = process.env.MPP_REPORT ?? join(ROOT, 'docs/performance.md');

const AGENCIES = ['dukcapil', 'dpmptsp', 'imigrasi', 'samsat', 'bpjs-kes', 'bpjs-tk', 'pln', 'pdam',
  'kemenag', 'polres', 'pengadilan', 'bpn', 'pajak', 'bapenda', 'dinkes', 'disnaker', 'dinsos',
  'kejaksaan', 'taspen', 'bank-jateng'];
const log = (...a) => console.log(...a);
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2; };

// ---- a simulated hall: events shaped as mppd's ----
class SimHall {
  constructor(i) {
    this.id = `sim-${String(i + 1).padStart(2, '0')}`;
    this.epoch = 'e' + (1000 + i).toString(16).padStart(31, '0');
    this.seq = 0;
    this.ticket = 0;
    this.waiting = Object.fromEntries(AGENCIES.map((a) => [a, 0]));
    this.clock = Date.parse('2026-12-07T08:00:00+07:00');
    this.pending = []; // ticket lifecycles not yet finished
  }

  iso(ms) { return new Date(ms + 7 * 3600e3).toISOString().slice(0, 19) + '+07:00'; }

  event(type, t, extra = {}) {
    this.seq++;
    return {
      subject: `mpp.${this.id}.${type}`,
      id: `${this.id}:${this.epoch}:${this.seq}`,
      data: JSON.stringify({ type, seq: this.seq, epoch: this.epoch, at: this.iso(this.clock), ticket: t,
        agencies: [{ id: t.agency, serving: t.status === 'serving' ? t.number : null, waiting: this.waiting[t.agency] }],
        ...extra }),
    };
  }

  // The next event of a busy day: new tickets and the steps of earlier ones.
  next() {
    this.clock += 2000;
    if (this.pending.length < 40 || Math.random() < 0.3) {
      const agency = AGENCIES[this.ticket % AGENCIES.length];
      this.ticket++;
      this.waiting[agency]++;
      const t = { id: this.ticket, number: `A-${String(this.ticket).padStart(3, '0')}`, agency,
        service: `${agency}/layanan`, status: 'waiting', priority: null, issued_at: this.iso(this.clock),
        counter: null, called_at: null, started_at: null, finished_at: null, transfers: 0, booking: null, visit: null };
      this.pending.push({ t, step: 0 });
      return this.event('ticket.issued', { ...t });
    }
    const p = this.pending[0];
    const t = p.t;
    p.step++;
    if (p.step === 1) {
      this.waiting[t.agency]--;
      Object.assign(t, { status: 'called', counter: 1 + (t.id % 40), called_at: this.iso(this.clock + 600e3) });
      return this.event('ticket.called', { ...t }, { counter: { number: t.counter, agency: t.agency, status: 'open', ticket: null } });
    }
    if (p.step === 2) {
      Object.assign(t, { status: 'serving', started_at: this.iso(this.clock + 660e3) });
      return this.event('ticket.started', { ...t });
    }
    this.pending.shift();
    Object.assign(t, { status: 'finished', finished_at: this.iso(this.clock + 1200e3) });
    return this.event('ticket.finished', { ...t });
  }
}

// Publishes `n` events of hall h without waiting for the stream's
// acknowledgements (core NATS; the stream stores them as they come):
// publishers fast enough to load the view. The caller checks the stream.
function blast(nc, h, n) {
  for (let i = 0; i < n; i++) {
    const e = h.next();
    const hd = natsHeaders();
    hd.set('Nats-Msg-Id', e.id);
    nc.publish(e.subject, e.data, { headers: hd });
  }
}

// Publishes `n` events of hall h with at most `window` unacknowledged.
async function publish(js, h, n, window = 256) {
  const inflight = new Set();
  for (let i = 0; i < n; i++) {
    const e = h.next();
    const hd = natsHeaders();
    hd.set('Nats-Msg-Id', e.id);
    const p = js.publish(e.subject, e.data, { headers: hd }).finally(() => inflight.delete(p));
    inflight.add(p);
    if (inflight.size >= window) await Promise.race(inflight);
  }
  await Promise.all(inflight);
}

const applied = async (agg) => (await agg.get('/healthz')).json.applied;

async function viewPhases(results) {
  const n = await new NatsServer('bench').start();
  const nc = await natsConnect(n.url);
  await addStream(nc);
  const js = nc.jetstream();
  const halls = Array.from({ length: HALLS }, (_, i) => new SimHall(i));
  const live = await new Agg(n.url, { durable: 'live' }).start();

  // 1. steady rate: lag
  log(`lag: ${HALLS} halls publishing ${PACED_RATE} events/s together for ${PACED_S} s`);
  const perTick = PACED_RATE / HALLS / 50; // 20 ms ticks
  let owed = 0, sent = 0;
  const end = Date.now() + PACED_S * 1000;
  while (Date.now() < end) {
    const t0 = Date.now();
    owed += perTick;
    const k = Math.floor(owed);
    owed -= k;
    if (k > 0) await Promise.all(halls.map((h) => publish(js, h, k)));
    sent += k * HALLS;
    const spent = Date.now() - t0;
    if (spent < 20) await sleep(20 - spent);
  }
  await until(async () => (await applied(live)) === sent, 60000);
  const paced = await live.halls();
  results.lag = { rate: PACED_RATE, seconds: PACED_S, events: sent, achieved_rate: Math.round(sent / PACED_S),
    p50_ms: paced.lag_ms.p50, p99_ms: paced.lag_ms.p99 };
  log(`lag: ${sent} events (${results.lag.achieved_rate}/s): p50 <= ${paced.lag_ms.p50} ms, p99 <= ${paced.lag_ms.p99} ms (stream store -> view apply)`);

  // 2. a busy day each, at full speed at once
  const dayEvents = DAY_TICKETS * 4;
  log(`view rate: ${HALLS} halls publish ${dayEvents} events each at full speed`);
  const base = await applied(live);
  const t0 = Date.now();
  const total = dayEvents * HALLS;
  const jsm = await nc.jetstreamManager();
  const stored = (await jsm.streams.info('MPP')).state.messages;
  for (let k = 0; k < dayEvents; k += 100) { // round-robin over the halls, 100 events each
    for (const h of halls) blast(nc, h, Math.min(100, dayEvents - k));
    await nc.flush();
  }
  await until(async () => (await jsm.streams.info('MPP')).state.messages === stored + total, 60000);
  const tPublished = Date.now();
  await until(async () => (await applied(live)) - base === total, 600000);
  const tApplied = Date.now();
  const liveRate = Math.round(total / ((tApplied - t0) / 1000));
  const pubRate = Math.round(total / ((tPublished - t0) / 1000));
  log(`view rate: ${total} events published in ${tPublished - t0} ms (${pubRate}/s), applied by ${tApplied - t0} ms: ${liveRate} events/s`);
  const all = sent + total;
  const t1 = Date.now();
  const rebuilt = await new Agg(n.url, { durable: 'rebuild' }).start();
  await until(async () => (await applied(rebuilt)) === all, 600000);
  const rebuildRate = Math.round(all / ((Date.now() - t1) / 1000));
  log(`rebuild: a new view applied the stream's ${all} events at ${rebuildRate} events/s`);
  const a = await live.halls(), b = await rebuilt.halls();
  const same = JSON.stringify(a.halls) === JSON.stringify(b.halls);
  log(`rebuild: its figures ${same ? 'equal' : 'DIFFER FROM'} the live view's`);
  results.view = { halls: HALLS, day_events: dayEvents, events: total, publish_rate: pubRate, live_rate: liveRate,
    rebuild_events: all, rebuild_rate: rebuildRate, rebuild_equal: same, duplicates: a.duplicates, gaps: a.gaps };
  await live.stop(); await rebuilt.stop(); live.cleanup(); rebuilt.cleanup();
  await nc.close();
  await n.stop(); n.cleanup();
}

// wrk against a hall: tickets/s
function wrk(base, seconds) {
  const out = execFileSync('wrk', ['-t2', '-c16', `-d${seconds}s`, '-s', join(ROOT, 'tests/bench/issue.lua'), base + '/api/v1/tickets'],
    { encoding: 'utf8', env: { ...process.env, SERVICE: 'dukcapil/legalisasi' } });
  const m = out.match(/tickets\/s (\d+)/);
  if (!m) throw new Error('wrk said:\n' + out);
  return Number(m[1]);
}

async function issuePhase(results, key = 'issue', brokerNice = 0) {
  const n = await new NatsServer('issue', null, { nice: brokerNice }).start();
  const nc = await natsConnect(n.url);
  await addStream(nc);
  const rates = { off: [], on: [] };
  for (let r = 0; r < ISSUE_RUNS; r++) {
    for (const mode of r % 2 ? ['on', 'off'] : ['off', 'on']) {
      const cfg = mode === 'on' ? `\nexport = { nats = "${n.url}"; hall = "bench${r}"; };\n` : '';
      const hall = await new Hall({ cfg }).start();
      const rate = wrk(hall.base, ISSUE_S);
      rates[mode].push(rate);
      if (mode === 'on') {
        const h = await until(async () => { const j = (await hall.req('GET', '/healthz')).json; return j.export.lag_events === 0 && j; }, 120000);
        log(`issue ${mode} run ${r + 1}: ${rate} tickets/s (all ${h.seq} events then acknowledged)`);
      } else log(`issue ${mode} run ${r + 1}: ${rate} tickets/s`);
      await hall.stop(); hall.cleanup();
    }
  }
  // the machine may be shared: each round's on and off run side by side,
  // and the median of the rounds' ratios, next to the ratio of the medians
  const off = median(rates.off), on = median(rates.on);
  const pairs = rates.on.map((x, i) => Number((x / rates.off[i]).toFixed(3)));
  results[key] = { runs: ISSUE_RUNS, seconds: ISSUE_S, connections: 16, broker_nice: brokerNice,
    off: rates.off, on: rates.on, off_median: off, on_median: on,
    ratio_of_medians: Number((on / off).toFixed(3)), round_ratios: pairs,
    ratio: Number(median(pairs).toFixed(3)), load: loadavg().map((x) => Number(x.toFixed(2))) };
  log(`${key}: median ${on} tickets/s with export on, ${off} off (${results[key].ratio_of_medians}); rounds ${pairs.join(', ')}: median ratio ${results[key].ratio}`);
  await nc.close(); await n.stop(); n.cleanup();
}

async function outagePhase(results) {
  const n = await new NatsServer('outage').start();
  const nc = await natsConnect(n.url);
  await addStream(nc);
  await nc.close();
  const hall = await new Hall({ cfg: `\nexport = { nats = "${n.url}"; hall = "outage"; };\n` }).start();
  let going = true, issued = 0;
  const load = (async () => {
    while (going) {
      const t0 = Date.now();
      if ((await hall.issue('dukcapil/legalisasi')).status === 201) issued++;
      await sleep(Math.max(0, 1000 / OUTAGE_RATE - (Date.now() - t0)));
    }
  })();
  await sleep(2000);
  log(`catch-up: the broker goes away for ${OUTAGE_S} s while the hall issues ${OUTAGE_RATE} tickets/s`);
  await n.stop();
  await sleep(OUTAGE_S * 1000);
  const behind = (await hall.req('GET', '/healthz')).json.export;
  await n.start();
  const t0 = Date.now();
  const h = await until(async () => {
    const j = (await hall.req('GET', '/healthz')).json;
    return j.export.lag_events === 0 && j.export.acked_seq === j.seq && j;
  }, 600000);
  const catchUp = Date.now() - t0;
  going = false;
  await load;
  results.outage = { seconds: OUTAGE_S, rate: OUTAGE_RATE, backlog: behind.lag_events, lag_seconds: behind.lag_seconds,
    catch_up_ms: catchUp, events: h.seq };
  log(`catch-up: ${behind.lag_events} events waited (${behind.lag_seconds} s behind); all acknowledged ${catchUp} ms after the broker came back`);
  await hall.stop(); hall.cleanup();
  await n.stop(); n.cleanup();
}

function section(r) {
  const lines = ['<!-- export-sim:begin (scripts/export-sim.sh writes this section) -->',
    '## 13. Beyond one hall: the export and the province view (scripts/export-sim.sh)', '',
    `Run ${r.date} on this machine (${r.mode}). Debian's nats-server ${r.nats} with JetStream`,
    'on, one stream `MPP` (mpp.>, file storage, one replica), one mppagg (release build),',
    `${HALLS} simulated halls publishing mppd-shaped events with Nats-Msg-Id (tests/bench/export-sim.mjs).`, '',
    '| figure | value | target |', '| --- | --- | --- |',
    `| events/s the view keeps up with: a new view reading the stream from its start (${r.view.rebuild_events.toLocaleString('en')} events of ${HALLS} halls) | ${r.view.rebuild_rate.toLocaleString('en')}; its figures equal the live view's: ${r.view.rebuild_equal ? 'yes' : 'NO'} | >= 50,000 |`,
    `| live: ${HALLS} halls publish a busy day each (${r.view.day_events.toLocaleString('en')} events) at full speed at once; first publish to last applied | ${r.view.live_rate.toLocaleString('en')} events/s, the stream storing ${r.view.publish_rate.toLocaleString('en')}/s (the view kept up with the stream) | |`,
    `| end-to-end lag at ${r.lag.achieved_rate.toLocaleString('en')} events/s steady, stream store -> view apply | p50 <= ${r.lag.p50_ms} ms, p99 <= ${r.lag.p99_ms} ms | |`,
    ...[['issue', 'the broker at normal priority'], ['issue_nice', 'the broker at nice 10, as a hall\'s leaf node runs']].filter(([k]) => r[k]).map(([k, how]) =>
      `| a real hall's durable issue rate, export on / off (wrk, 16 connections, ${r[k].runs} rounds of both; ${how}) | median of the rounds' ratios **${r[k].ratio}** (medians ${r[k].on_median.toLocaleString('en')} / ${r[k].off_median.toLocaleString('en')} = ${r[k].ratio_of_medians}) | >= 0.9 |`),
    `| catch-up after a ${r.outage.seconds} s broker outage at ${r.outage.rate} tickets/s (${r.outage.backlog.toLocaleString('en')} events waiting) | ${(r.outage.catch_up_ms / 1000).toFixed(1)} s | |`,
    '', 'Lags are bucket bounds of mppagg\'s histogram (`lag_ms` in GET /api/v1/halls).',
    ...['issue', 'issue_nice'].filter((k) => r[k]).map((k) =>
      `${k === 'issue' ? 'Broker at normal priority' : 'Broker at nice 10'}: issue rates off ${r[k].off.join(', ')}; on ${r[k].on.join(', ')} tickets/s; the rounds' ratios ${r[k].round_ratios.join(', ')}; load average after the runs ${(r[k].load || []).join(' ')}.`),
    ...['issue', 'issue_nice'].filter((k) => r[k]).map((k) => {
      const best = Math.max(...r[k].off, ...r[k].on);
      const calm = r[k].round_ratios.filter((_, i) => r[k].off[i] >= 0.85 * best && r[k].on[i] >= 0.6 * best);
      return `${k === 'issue' ? 'Normal priority' : 'Nice 10'}: rounds where neither run was slowed by other work (both within reach of the fastest run): ${calm.length ? calm.join(', ') : 'none'}.`;
    }),
    '(each round runs off and on side by side, in alternating order, each on a fresh data folder; the machine',
    'is shared with other work, so a round\'s two runs see the same neighbours). The publisher thread runs',
    'at nice 19: on a saturated machine the hall serves first and the export catches up after (every run',
    'with export on was followed by all its events acknowledged before the next run began).',
    '<!-- export-sim:end -->'];
  return lines.join('\n') + '\n';
}

// a run of some phases (ONLY=issue) keeps the figures of the others
const results = existsSync(RESULTS) ? JSON.parse(readFileSync(RESULTS, 'utf8')) : {};
Object.assign(results, { date: new Date().toISOString().slice(0, 10), mode: QUICK ? 'scripts/export-sim.sh --quick' : 'scripts/export-sim.sh' });
try {
  results.nats = execFileSync(process.env.NATS_SERVER || '/usr/sbin/nats-server', ['--version'], { encoding: 'utf8' }).trim().replace(/^nats-server: v?/, '');
  const only = process.env.ONLY || 'view,issue,outage';
  if (only.includes('view')) await viewPhases(results);
  if (only.includes('issue')) {
    await issuePhase(results, 'issue', 0);
    await issuePhase(results, 'issue_nice', 10); // the broker as operations.md runs a hall's leaf node
  }
  if (only.includes('outage')) await outagePhase(results);
  mkdirSync(join(RESULTS, '..'), { recursive: true });
  writeFileSync(RESULTS, JSON.stringify(results, null, 2) + '\n');
  if (REPORT && results.view && results.issue && results.outage) {
    const page = existsSync(REPORT) ? readFileSync(REPORT, 'utf8') : '';
    const block = section(results);
    const re = /<!-- export-sim:begin[\s\S]*?<!-- export-sim:end -->\n?/;
    writeFileSync(REPORT, re.test(page) ? page.replace(re, block) : page + '\n' + block);
    log(`wrote ${REPORT}`);
  }
} catch (e) {
  for (const a of Agg.started) {
    let state = 'not answering';
    try { const j = await a.halls(); state = JSON.stringify({ ...j, halls: j.halls.length }) + JSON.stringify((await a.get('/healthz')).json); } catch { /* dead */ }
    console.error(`mppagg ${a.durable}: ${state}\n${a.log.slice(-3000)}`);
  }
  throw e;
} finally {
  killAll();
  killAllNats();
}
