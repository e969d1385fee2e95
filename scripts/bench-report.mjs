#!/usr/bin/env node
// Writes docs/performance.md from the figures of one run of scripts/bench.sh
// (the JSON files in build-bench/results/), the facts of the machine that
// run was measured on (results/machine.json, measured by this script's
// --machine at the start and end of the run) and the targets of issue 7,
// which it judges here. The words of the page live here; the notes read by
// hand into a run live in scripts/bench-readings.md. It runs no benchmark:
// the page can be written again from the results at any time.
//   node scripts/bench-report.mjs [--results DIR] [--out FILE | --out -]
//   node scripts/bench-report.mjs [--results DIR] --targets
//       prints one line per target, met or missed
//   node scripts/bench-report.mjs [--results DIR] --machine start|end [--data-dir DIR]
//       measures the machine's facts into DIR/machine.json (bench.sh does,
//       at the start of its run and at its end)
//   node scripts/bench-report.mjs --quantiles METRIC < metrics.txt
//       the count, p50 and p99 (seconds) of a Prometheus histogram read on
//       stdin, as JSON, interpolated within its buckets
// Node.js 18 and its own modules only.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const READINGS = path.join(ROOT, 'scripts', 'bench-readings.md');
const BENCHMARKS = ['issue', 'profile', 'floors', 'latency', 'long-queue', 'memory', 'start', 'routing',
  'growth', 'mixed', 'bookings', 'notify', 'plans'];

function usage(message) {
  if (message) process.stderr.write(`bench-report: ${message}\n`);
  process.stderr.write('usage: node scripts/bench-report.mjs [--results DIR] [--out FILE|-] [--targets] ' +
    '[--machine start|end [--data-dir DIR]]\n');
  process.exit(2);
}

function parseArgs(argv) {
  const o = { results: path.join(ROOT, 'build-bench', 'results'), out: path.join(ROOT, 'docs', 'performance.md') };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => (i + 1 < argv.length ? argv[++i] : usage(`${a} needs a value`));
    if (a === '--results') o.results = value();
    else if (a === '--out') o.out = value();
    else if (a === '--targets') o.targets = true;
    else if (a === '--machine') o.machine = value();
    else if (a === '--data-dir') o.dataDir = value();
    else if (a === '--quantiles') o.quantiles = value();
    else usage(`unknown argument ${a}`);
  }
  if (o.machine && o.machine !== 'start' && o.machine !== 'end') usage('--machine takes start or end');
  return o;
}

// ---- the machine's facts ----

// A command's output, or null when it cannot run here; anyStatus: also the
// output of a command that exits non-zero (wrk -v prints its version so)
function run(cmd, args, { anyStatus = false } = {}) {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim();
  } catch (e) {
    const text = anyStatus && e.status !== null ? `${e.stdout || ''}${e.stderr || ''}`.trim() : '';
    return text || null;
  }
}

function readText(file) {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

// The machine's CPU time so far, in ticks: all of it, and the share a
// hypervisor gave to other guests (steal, the 8th figure of /proc/stat's
// cpu line), or null where /proc/stat does not tell.
function cpuTicks() {
  const f = (readText('/proc/stat') || '').match(/^cpu +(.*)$/m)?.[1].split(/\s+/).map(Number);
  if (!f || f.length < 8) return null;
  return { total: f.slice(0, 8).reduce((a, b) => a + b, 0), steal: f[7] };
}

function loadavg() {
  return (readText('/proc/loadavg') || '').split(' ').slice(0, 3).join(' ') || null;
}

// The block device under a folder: its file system, and what kind of disk
// it is as far as /sys tells (the driver, the model, rotational or not).
function diskOf(dir) {
  const df = run('df', ['-T', '-P', dir]);
  const row = df ? df.split('\n')[1]?.split(/\s+/) : null;
  if (!row) return null;
  const disk = { device: row[0], fstype: row[1] };
  const dev = path.basename(row[0]);
  if (!row[0].startsWith('/dev/') || !existsSync(`/sys/class/block/${dev}`)) return disk;
  // a partition's disk is the folder above it in /sys
  let block = dev;
  if (existsSync(`/sys/class/block/${dev}/partition`)) {
    block = path.basename(path.dirname(readlinkSync(`/sys/class/block/${dev}`)));
  }
  const sys = `/sys/block/${block}`;
  let driver = null;
  try {
    driver = path.basename(readlinkSync(`${sys}/device/driver`));
  } catch {
    // no driver link: a device-mapper or loop device
  }
  const rotational = readText(`${sys}/queue/rotational`);
  const model = readText(`${sys}/device/model`);
  Object.assign(disk, {
    disk: block,
    driver,
    model: model ? model.trim() : null,
    rotational: rotational === null ? null : rotational.trim() === '1',
  });
  disk.virtual = /^(virtio|xen|vmw|hv_|vbox)/.test(driver || '') || /qemu|virtual|vbox/i.test(disk.model || '');
  return disk;
}

function cmakeCache(dir, key) {
  const text = readText(path.join(dir, 'CMakeCache.txt')) || '';
  const m = text.match(new RegExp(`^${key}:[A-Z]+=(.*)$`, 'm'));
  return m ? m[1] : null;
}

function measureMachine(dataDir) {
  const cpuinfo = readText('/proc/cpuinfo') || '';
  const meminfo = readText('/proc/meminfo') || '';
  const osRelease = readText('/etc/os-release') || '';
  const build = path.join(ROOT, 'build-bench');
  const compiler = cmakeCache(build, 'CMAKE_C_COMPILER');
  const pc = (name) => run('pkg-config', ['--modversion', name])?.replace(/-$/, '') ?? null;
  const git = (...args) => run('git', ['-C', ROOT, ...args]);
  const changed = git('status', '--porcelain', '--untracked-files=no');
  return {
    nproc: Number(run('nproc', [])) || os.cpus().length,
    cpu_model: cpuinfo.match(/^model name\s*: (.*)$/m)?.[1] ?? os.cpus()[0]?.model ?? null,
    mem_kib: Number(meminfo.match(/^MemTotal:\s*(\d+)/m)?.[1]) || Math.round(os.totalmem() / 1024),
    os: osRelease.match(/^PRETTY_NAME="?([^"\n]*)"?$/m)?.[1] ?? null,
    kernel: `${os.type()} ${os.release()}`,
    data_folder: dataDir ? diskOf(dataDir) : null,
    build: {
      type: cmakeCache(build, 'CMAKE_BUILD_TYPE'),
      flags: cmakeCache(build, 'CMAKE_C_FLAGS_RELEASE'),
      compiler: compiler ? run(compiler, ['--version'])?.split('\n')[0] ?? compiler : null,
    },
    versions: {
      mpp: (readText(path.join(ROOT, 'CMakeLists.txt')) || '').match(/^project\(mpp VERSION ([0-9.]+)/m)?.[1] ?? null,
      commit: git('rev-parse', '--short', 'HEAD'),
      commit_changed: changed === null ? null : changed !== '',
      libwebsockets: pc('libwebsockets'),
      lmdb: pc('lmdb'),
      lua: pc('lua5.4'),
      libconfig: pc('libconfig'),
      jansson: pc('jansson'),
      libsodium: pc('libsodium'),
      wrk: run('wrk', ['-v'], { anyStatus: true })?.match(/^wrk (\S+)/)?.[1] ?? null,
      perf: run('perf', ['--version'])?.replace(/^perf version /, '') ?? null,
      node: process.version,
    },
  };
}

function machineStep(o) {
  const file = path.join(o.results, 'machine.json');
  const runInfo = readJson(path.join(o.results, 'run.json'));
  const now = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
  if (o.machine === 'start') {
    const facts = { run: runInfo.run, benchmark: 'machine', ...measureMachine(o.dataDir || os.tmpdir()),
      load_start: loadavg(), started: now, load_end: null, ended: null, cpu_start: cpuTicks(), steal_share: null };
    writeFileSync(file, JSON.stringify(facts, null, 2) + '\n');
  } else {
    const facts = readJson(file);
    if (facts.run !== runInfo.run) throw new Error(`${file} is of run ${facts.run}, not ${runInfo.run}`);
    if (facts.ended) throw new Error(`${file} already has the end of run ${facts.run} (${facts.ended})`);
    const c0 = facts.cpu_start, c1 = cpuTicks();
    const steal = c0 && c1 && c1.total > c0.total ? (c1.steal - c0.steal) / (c1.total - c0.total) : null;
    Object.assign(facts, { load_end: loadavg(), ended: now, steal_share: steal });
    writeFileSync(file, JSON.stringify(facts, null, 2) + '\n');
  }
  console.log(`figures: ${file}`);
}

// ---- the results of one run ----

function readJson(file) {
  if (!existsSync(file)) throw new Error(`no ${file}: run scripts/bench.sh first`);
  return JSON.parse(readFileSync(file, 'utf8'));
}

function loadResults(dir) {
  const r = { run: readJson(path.join(dir, 'run.json')), machine: readJson(path.join(dir, 'machine.json')) };
  const missing = BENCHMARKS.filter((b) => !existsSync(path.join(dir, `${b}.json`)));
  if (missing.length) {
    throw new Error(`${dir} has no figures of ${missing.join(', ')}: the run of ${r.run.run} did not finish`);
  }
  for (const b of BENCHMARKS) r[b] = readJson(path.join(dir, `${b}.json`));
  // every ratio and every comparison on the page is of one run
  const other = ['machine', ...BENCHMARKS].filter((b) => r[b].run !== r.run.run);
  if (other.length) throw new Error(`${other.join(', ')} in ${dir} are not of the run of ${r.run.run}`);
  return r;
}

// ---- numbers as the page prints them ----

const fix = (d) => (n) => (typeof n === 'number' && Number.isFinite(n) ? n.toFixed(d) : 'n/a');
const f0 = fix(0);
const f1 = fix(1);
const f2 = fix(2);
const f3 = fix(3);
const pct = (n) => (typeof n === 'number' ? `${f0(n * 100)}%` : 'n/a');
const times = (n) => (typeof n === 'number' ? `${f2(n)}x` : 'n/a');
const mib = (kib) => (typeof kib === 'number' ? f1(kib / 1024) : 'n/a');
const thousands = (n) => (typeof n === 'number' ? Math.round(n).toLocaleString('en-US') : 'n/a');
const bytes = (kib) => (kib >= 1024 * 1024 ? `${f1(kib / 1024 / 1024)} GiB` : `${f0(kib / 1024)} MiB`);
const plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const row = (cells) => `| ${cells.join(' | ')} |`;
const byKey = (rows, key) => Object.fromEntries(rows.map((x) => [x[key], x]));

function coresWords(n) {
  const words = ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'];
  const count = words[n] ?? String(n);
  return { are: `${count} ${n === 1 ? 'core is' : 'cores are'}`, cores: `${count} ${n === 1 ? 'core' : 'cores'}` };
}

// where the client process runs while mppd has a core of its own
function otherCore(n) {
  if (n === 1) return 'the same core';
  return n === 2 ? 'the second core' : 'another core';
}

// what the page says of the data folder's disk: where (its file system and
// device) and kind (virtual, rotating or solid-state, as /sys tells)
function diskWords(d) {
  if (!d) return { where: 'an unknown file system', kind: 'the data folder\'s disk' };
  let kind = null;
  if (d.virtual) kind = 'a virtual disk';
  else if (d.rotational === true) kind = 'a rotating disk';
  else if (d.rotational === false) kind = 'a solid-state disk';
  const detail = [d.driver, d.model].filter(Boolean).join(', ');
  const dev = [d.device, kind && `${kind}${detail ? `: ${detail}` : ''}`].filter(Boolean).join(', ');
  return { where: dev ? `${d.fstype} (${dev})` : d.fstype, kind: kind || 'the data folder\'s disk' };
}

// ---- the targets of issue 7 ----

function targets(r) {
  const lat = byKey(r.latency.rows, 'clients');
  const floorRatio = lat[1000] ? lat[1000].last_p99_to_floor : null;
  const stored = r.growth.stored;
  const list = [
    ['issue rate at 64 connections (tickets/s)', f0(byKey(r.issue.rows, 'connections')[64]?.tickets_per_s), '>=', 20000],
    ['ticket numbers issued twice', f0(r.issue.duplicates), '<=', 0],
    ['issue rate / 1-put LMDB commit floor', times(r.floors.issue_64_to_1put), '>=', 10],
    ['call -> last of 1,000 clients, p99 (ms)', f2(lat[1000]?.last_p99_ms), '<=', 15],
    ['the same / bare lws floor', times(floorRatio), '<=', 1.5],
    ['call -> last of 100 clients, p99 (ms)', f2(lat[100]?.last_p99_ms), '<=', 3],
    ['10,000 clients served, dropped', f0(lat[10000]?.dropped), '<=', 0],
    ['issue rate with 5,000 waiting / empty', f2(r['long-queue'].ratio_5000_to_0), '>=', 0.9],
    [`idle RSS with ${r.memory.plugins} plugins, map pages aside (RssAnon, MiB)`, mib(r.memory.idle.rss_anon_kib), '<=', 10],
    ['RSS with 1,000 clients, map pages aside (RssAnon, MiB)', mib(r.memory.clients_1000.rss_anon_kib), '<=', 25],
    ['call-next p99 at 10,000 waiting, Lua routing decision (ms)', f3(r.routing.decision_p99_ms_at_10000), '<=', 1],
    ['the same call over HTTP, durable commit included, p99 (ms)', f2(r.routing.http_p99_ms_at_10000), '<=', 1],
    ['time to ready (ms)', f1(r.start.ready_ms), '<=', 100],
    ['plugin reload with 1,000 clients (ms)', f1(r.start.reload_ms), '<=', 20],
    ['clients dropped by the reloads', f0(r.start.reload_dropped), '<=', 0],
    [`issue rate, ${stored} stored / 10^3 stored`, f2(r.growth.ratio_rate), '>=', 0.8],
    [`call p50, ${stored} stored / 10^3 stored`, f2(r.growth.ratio_call_p50), '<=', 1.2],
    ['mixed: clients dropped', f0(r.mixed.dropped + r.mixed.failed_connects), '<=', 0],
    ['mixed: RSS end / at 10 s', f2(r.mixed.ratio_rss_end_to_10s), '<=', 1.2],
    ['booking rush: attempts/s at 256 connections', f0(r.bookings.attempts_per_s), '>=', 20000],
    ['booking rush: bookings oversold, counted from the store', f0(r.bookings.oversold), '<=', 0],
    ['messages: sends/s to a local gateway', f0(r.notify.sends_per_s), '>=', 2000],
    ['messages: delivery lag p99 when healthy (s)', f2(r.notify.lag?.p99_s), '<=', 1],
    ['issue rate, every ticket opted in / none', f2(r.notify.ratio_all_to_none), '>=', 0.9],
    ['call -> board p99 while a backlog drains / after', f2(r.notify.ratio_draining_to_after), '<=', 1.2],
    ['visit plan of ten services over the catalogue, p99 (ms)', f3(r.plans.p99_us / 1000), '<=', 1],
  ];
  // judged on the figure as printed, as the page shows it
  return list.map(([what, figure, op, limit]) => {
    const f = Number(figure.replace(/x$/, ''));
    const met = Number.isFinite(f) && (op === '>=' ? f >= limit : f <= limit);
    return { what, figure, op, limit, met };
  });
}

// The count, p50 and p99 of histogram `name` in Prometheus text, each
// quantile interpolated linearly within its bucket (as PromQL's
// histogram_quantile does).
function quantiles(text, name) {
  const buckets = [];
  let count = 0;
  for (const line of text.split('\n')) {
    const b = line.match(new RegExp(`^${name}_bucket\\{le="([^"]+)"\\} (\\S+)$`));
    if (b) buckets.push([b[1] === '+Inf' ? Infinity : Number(b[1]), Number(b[2])]);
    const c = line.match(new RegExp(`^${name}_count (\\S+)$`));
    if (c) count = Number(c[1]);
  }
  const at = (q) => {
    const rank = q * count;
    let lo = 0, below = 0;
    for (const [le, n] of buckets) {
      if (n >= rank) return le === Infinity ? lo : lo + (le - lo) * (n > below ? (rank - below) / (n - below) : 1);
      lo = le;
      below = n;
    }
    return null;
  };
  return { count, p50_s: count ? at(0.5) : null, p99_s: count ? at(0.99) : null };
}

// ---- the page ----

// The notes read by hand into the run KEY ("COMMAND on DATE"), or null.
function reading(key) {
  const text = readText(READINGS) || '';
  const parts = text.split(/^## (.*)$/m);
  for (let i = 1; i < parts.length; i += 2) {
    if (parts[i].trim() === key) return parts[i + 1].trim();
  }
  return null;
}

function render(r) {
  const { run: runInfo, machine: m } = r;
  const date = (m.ended || m.started || runInfo.run).slice(0, 10);
  const cores = coresWords(m.nproc);
  const disk = diskWords(m.data_folder);
  const v = m.versions;
  const runs = runInfo.runs;
  const ts = targets(r);
  const out = [];
  const p = (...lines) => out.push(...lines);

  const floor = Object.fromEntries(r.floors.rows.map((x) => [`${x.puts} ${x.durable ? 'sync' : 'nosync'}`, x]));
  const f1sync = floor['1 sync'];
  const mem = r.memory;
  const mx = r.mixed;
  const build = m.build.type ? `${m.build.type} build (CMake ${m.build.type}, \`${m.build.flags}\`)` : 'A build';

  p('# Performance', '',
    '<!-- Written by scripts/bench-report.mjs from the results of the run named below; the words are',
    'the renderer\'s, the notes on a run are in scripts/bench-readings.md: change those, not this page. -->', '',
    `Measured by \`${runInfo.command}\` on ${date}: ${m.nproc} ${m.nproc === 1 ? 'core' : 'cores'} (${m.cpu_model}),`,
    `${f0(m.mem_kib / 1048576)} GiB of memory, ${m.os ? `${m.os}, ` : ''}${m.kernel}, data folder on ${disk.where}.`,
    `${build}; every ticket is committed with fsync before its reply; each`,
    `figure is a median of ${plural(runs, 'run')} unless it says otherwise, and every ratio`,
    'compares figures of the same run. The benchmark\'s own programs are in',
    `tests/bench/ and are built by this script with \`${runInfo.cc} ${runInfo.cflags}\`. The machine's`,
    `${cores.are} shared by mppd and every load generator (wrk, ws_clients),`,
    'so the figures are a floor of what mppd does alone. Load average (1, 5,',
    `15 min) when the run started: ${m.load_start}; when it ended: ${m.load_end ?? 'not recorded'}.`,
    'Other work on the machine during the run shows there, and in the figures.' +
    (m.steal_share == null ? '' : ` The hypervisor gave ${f1(100 * m.steal_share)}% of the machine's CPU time` +
      ' during the run to other guests (steal, from /proc/stat).'));
  const mpp = v.mpp && `mpp ${v.mpp}${v.commit ? ` (commit ${v.commit}` +
    `${v.commit_changed ? ' with changes not yet committed' : ''})` : ''}`;
  const libs = [[mpp], [m.build.compiler], ['libwebsockets', v.libwebsockets], ['LMDB', v.lmdb], ['Lua', v.lua],
    ['libconfig', v.libconfig], ['jansson', v.jansson], ['libsodium', v.libsodium], ['wrk', v.wrk],
    ['perf', v.perf], ['Node.js', v.node]].filter((x) => x[x.length - 1]).map((x) => x.join(' '));
  if (libs.length) p('', `Versions: ${libs.join(', ')}.`);
  if (runInfo.quick) {
    p('', `**A quick run** (\`--quick\`): ${r.growth.stored} tickets stored instead of 10^6, a ${r.mixed.seconds} s`,
      `mixed run, ${r.latency.rounds} calls per latency figure: its figures are rougher than a full run's.`);
  }

  p('', '## Targets of issue 7', '', '| target | figure | limit | |', '|---|---|---|---|',
    ...ts.map((t) => row([t.what, t.figure, `${t.op} ${t.limit}`, t.met ? 'met' : '**missed**'])));

  p('', '## 1. Durable ticket issue (POST /api/v1/tickets, wrk, tests/bench/issue.lua)', '',
    `Runs of ${r.issue.seconds} s, each on a fresh data folder; a run with a failed request`,
    `stops the benchmark. wrk keeps the number of every reply: ${r.issue.tickets} tickets`,
    `issued in these runs, ${r.issue.duplicates} numbers issued twice.`, '',
    '| connections | tickets/s | p50 ms | p99 ms |', '|---|---|---|---|',
    ...r.issue.rows.map((x) => row([x.connections, f0(x.tickets_per_s), f2(x.p50_ms), f2(x.p99_ms)])), '',
    `64 connections against 1 connection: ${f2(r.issue.ratio_64_to_1)}x. With one connection`,
    'every ticket waits for its own fsync; with many, the tickets that arrive',
    'during one commit share the next (docs/architecture.md).');

  p('', '## 2. Floors on the same disk', '',
    `tests/bench/lmdb_floor.c: one LMDB environment, ticket-sized values (${r.floors.value_bytes}`,
    `bytes) under 8-byte big-endian keys, runs of ${r.floors.seconds} s:`, '',
    '| write transactions | commits/s | puts/s | one commit p50 ms | p99 ms |', '|---|---|---|---|---|',
    ...r.floors.rows.map((x) => {
      let what = `${x.puts} ${x.puts === 1 ? 'put' : 'puts'}, durable`;
      if (!x.durable) what = `${x.puts} put, MDB_NOSYNC (reference only; mppd never runs so)`;
      return row([what, f0(x.commits_per_s), f0(x.puts_per_s), f3(x.commit_p50_ms), f3(x.commit_p99_ms)]);
    }), '',
    `mppd's issue rate at 64 connections is ${f2(r.floors.issue_64_to_1put)}x the one-fsync-per-ticket`,
    `floor; its tickets/s are ${f2(r.floors.issue_64_to_100put_puts)} of the puts/s of 100-put commits, and`,
    'each ticket is at least four puts in mppd\'s round (the ticket, the open',
    'and token indexes, the event; docs/architecture.md).');
  p('', '### Where the time goes', '',
    `\`perf record -g\` on mppd (both threads) for ${r.profile.seconds} s of wrk at ${r.profile.connections} connections,`,
    'self time by library and symbol, top 20 (`[k]` is the kernel):', '', '```',
    r.profile.top || (r.profile.perf ? '(perf could not record here)' : '(perf is not available here)'), '```', '',
    `The one-put floor here is ${disk.kind} (one durable commit in`,
    `${f3(f1sync?.commit_p50_ms)} ms), so 10x it asks for ${f0(f1sync?.commits_per_s * 10)} tickets/s from one loop that`,
    'also parses HTTP, renders JSON and broadcasts; the profile shows where',
    'the loop\'s time goes instead of waiting on the disk.');

  p('', '## 3. Call -> board latency (tests/bench/ws_clients.c, tests/bench/lws_floor.c)', '',
    'N clients on /ws held by one C process on its own epoll loop; a counter',
    `calls (POST /api/v1/counters/1/call) and finishes, ${r.latency.rounds} times. Each delay`,
    'runs from sending the HTTP call (its durable commit included) to the',
    '`ticket.called` message read at each client; "last" is the time until the',
    'last client has it, per call. The floor is a bare lws server (same lws,',
    'same 4096-byte rx buffer, one `lws_write` per WRITEABLE) broadcasting the',
    `same ${r.latency.message_bytes} bytes, captured from mppd in this run, on an HTTP POST; the`,
    'same client program times it. All figures in ms.', '',
    '| clients | p50 | p99 | last p50 | last p99 | floor last p50 | floor last p99 | last p99 / floor | dropped |',
    '|---|---|---|---|---|---|---|---|---|',
    ...r.latency.rows.map((x) => row([x.clients, f2(x.p50_ms), f2(x.p99_ms), f2(x.last_p50_ms), f2(x.last_p99_ms),
      f2(x.floor_last_p50_ms), f2(x.floor_last_p99_ms), f2(x.last_p99_to_floor), f0(x.dropped)])), '',
    'With many clients both mppd and the floor are bound by the one client',
    `process reading every socket on ${otherCore(m.nproc)}; the ratio to the floor`,
    'is the figure that shows mppd\'s own cost.');

  const q = r['long-queue'];
  p('', '## 4. A long queue', '',
    `A fresh hall; the queue of ${q.service} filled first; ${q.rounds} calls (each then`,
    `finished) with ${q.boards} boards connected; then wrk at 64 connections for ${q.wrk_seconds} s`,
    `(runs of ${q.wrk_seconds} s so that the queue filled first is not dwarfed by the run).`, '',
    `| waiting | issue tickets/s | call p50 ms | call p99 ms | last of ${q.boards} boards p99 ms |`,
    '|---|---|---|---|---|',
    ...q.rows.map((x) => row([thousands(x.waiting), f0(x.tickets_per_s), f2(x.call_p50_ms), f2(x.call_p99_ms),
      f2(x.last_p99_ms)])), '',
    `Issue rate with 5,000 waiting against none: ${f2(q.ratio_5000_to_0)}. Pushes are events`,
    '(one ticket each, plus the counts of the agencies that changed), never the',
    'whole state.');

  const kibRow = (what, x) => row([what, f0(x.vmrss_kib), f0(x.rss_anon_kib), f0(x.rss_file_kib)]);
  p('', '## 5. Memory', '',
    'From /proc/PID/status: RssAnon is mppd\'s own heap and stacks; RssFile is',
    'mapped files, mostly LMDB\'s map pages (read through the page cache) and',
    'shared libraries. In KiB:', '',
    '| state | VmRSS | RssAnon | RssFile |', '|---|---|---|---|',
    kibRow(`idle, ${mem.plugins} plugins loaded`, mem.idle),
    kibRow('1,000 /ws clients connected', mem.clients_1000),
    kibRow(`after a simulated day: ${mem.day_tickets} tickets issued, called and finished`, mem.day));

  const st = r.start;
  p('', '## 6. Start and reload', '',
    `- Time to ready with the ${mem.plugins} plugins (tests/bench/ready_time.c: from the`,
    '  start of the process to the first 200 of GET /healthz, fresh data folder;',
    `  median of ${st.ready_runs}): **${f1(st.ready_ms)} ms**.`,
    `- Plugin reload while ${thousands(st.clients)} clients are connected (an edit appended to`,
    `  dukcapil.lua; mppd's own "reloaded in" figure, median of ${st.reload_runs}): **${f1(st.reload_ms)} ms**;`,
    `  the \`agency.updated\` event reached the last client ${f2(st.reload_seen_ms)} ms after the`,
    `  edit, 300 ms of collecting editor writes included; clients dropped: ${st.reload_dropped}.`);

  const rt = r.routing;
  const pad = (n) => String(n).padStart(6);
  p('', '## 7. Call-next with Lua routing (tests/bench/route_time.c, tests/bench/ws_clients.c)', '',
    'One counter calls and finishes tickets of an agency whose plugin routes',
    'with a Lua function (tests/bench/plugins/uji.lua: elderly first, then',
    'service "dua", then the oldest head) over N waiting tickets.', '',
    'The routing decision, in process: the real engine and plugin host',
    '(as `mppctl try` runs them), each call timed from the counter action to',
    'its return; no store, no network. The count of uji/dua calls shows the',
    'route function choosing:', '', '```',
    ...rt.decision.map((x) => `waiting ${pad(x.waiting)}: route p50 ${f1(x.p50_us)} us  p99 ${f1(x.p99_us)} us  ` +
      `(${x.calls} calls, ${x.uji_dua} of them uji/dua; Lua route function, no store)`), '```', '',
    'The same calls through mppd: the HTTP round trip of each call, its durable',
    'commit (one fdatasync and LMDB\'s meta-page write) included, timed by the C',
    'client (one /ws client connected):', '', '```',
    ...rt.http.map((x) => `waiting ${pad(x.waiting)}: call-next p50 ${f2(x.p50_ms)} ms  p99 ${f2(x.p99_ms)} ms  ` +
      `(${x.calls} calls, Lua route function, commit included)`), '```', '',
    'The route function sees only the head of each queue, so neither figure',
    'grows with the queue. The round trip adds to the decision the HTTP',
    'exchange, the commit (one LMDB commit of one put on this disk: p50',
    `${f3(f1sync?.commit_p50_ms)} ms, p99 ${f3(f1sync?.commit_p99_ms)} ms, section 2) and the wake-ups between the loop and`,
    `the writer thread; its tail is the machine's (${cores.cores} shared by mppd,`,
    'its writer\'s fsync and the client).');

  const g = r.growth;
  p('', '## 8. Growth', '',
    `A fresh hall is given N tickets of another agency (${g.other_service}, issued`,
    `through the API and left waiting), then ${g.rounds} calls of ${g.service} with ${g.boards}`,
    `boards connected and ${plural(g.runs, 'wrk run')} of ${g.wrk_seconds} s at 64 connections.`, '',
    '| stored | issue tickets/s | call p50 ms | call p99 ms |', '|---|---|---|---|',
    ...g.rows.map((x) => row([x.stored === 1000 ? '1,000' : x.stored, f0(x.tickets_per_s), f2(x.call_p50_ms),
      f2(x.call_p99_ms)])), '',
    `Issue rate ${f2(g.ratio_rate)} and call p50 ${f2(g.ratio_call_p50)} of the figures with 10^3 stored.`);
  if (g.rows.every((x) => typeof x.data_kib === 'number')) {
    p(`The data folder at the end: ${g.rows.map((x) => `${bytes(x.data_kib)} with ${x.stored} stored`).join(', ')}.`);
  }

  p('', `## 9. A mixed hour, compressed (${mx.seconds} s)`, '',
    `${thousands(mx.clients)} /ws clients (${thousands(mx.boards)} boards and ${mx.consoles} consoles) connected first; ${mx.phones}`,
    `phones connect within the first ${f0(mx.phones_within_ms / 1000)} s; one ticket every 500 ms round-robin`,
    'over one service of each agency; one call a second round-robin over the',
    `${mx.counters} counters that serve those services (each finishing its previous`,
    'ticket first); the latency of a call is measured at every client connected',
    'when it was sent.', '', '```', mx.log, '```', '',
    `p99 call -> board: ${f2(mx.all_p99_ms)} ms over every delivery, ${f2(mx.last_p99_ms)} ms to the last`,
    `client; dropped: ${mx.dropped}, failed connects: ${mx.failed_connects}; RSS ${mib(mx.rss_10s_kib)} MiB at 10 s,`,
    `${mib(mx.rss_end_kib)} MiB at the end, at most ${mib(mx.rss_max_kib)} MiB.`);

  const bk = r.bookings;
  p('', `## 10. A booking rush (${bk.seconds} s)`, '',
    `The slots of ${bk.date} for \`${bk.service}\` (${bk.slots} slots, ${bk.places} places) open at once;`,
    `${bk.connections} connections try to book them for ${bk.seconds} s, each request a phone number of its`,
    'own, round-robin over the slots (tests/bench/book.lua). Every made booking is',
    'committed with fsync before its reply; the places are counted afterwards from',
    'the store, by a new mppd that restored them.', '',
    `${thousands(bk.attempts_per_s)} attempts/s, p50 ${f2(bk.p50_ms)} ms, p99 ${f2(bk.p99_ms)} ms; ${bk.made} made,`,
    `${thousands(bk.refused)} refused (slot full), ${bk.other} other answers; ${bk.stored} in the store after`,
    `the restart, **${bk.oversold} oversold**.`);

  const nt = r.notify;
  p('', '## 11. Messages to citizens', '',
    `The durable issue rate at ${nt.connections} connections (wrk, ${plural(nt.runs, 'pair')} of ${nt.seconds} s runs, each pair on`,
    'a fresh hall warmed by a second of issuing, its two runs one right after the other,',
    'the first changing from pair to pair) with every',
    'ticket asking for messages against none: each opted-in ticket also writes its',
    'subscription and its "issued" message in the same commit. The ratios are the',
    'medians of the pairs\' own ratios.', '',
    `${thousands(nt.issue_all_per_s)} tickets/s opted in, ${thousands(nt.issue_none_per_s)} without (medians): **${f2(nt.ratio_all_to_none)}**` +
      (nt.ratios_all ? ` (the pairs: ${[...nt.ratios_all].sort((a, b) => a - b).map(f2).join(', ')}).` : '.'),
    `Meanwhile the local gateway (Debian's nginx, ${nt.gateway_sched === 'chrt --idle 0' ? 'in the idle scheduling class, as it stands for one outside the hall' : 'nice 10'}) took ${pct(nt.gateway_cpu_share)} of the two cores, and the`,
    'hall\'s sender thread posted the messages on the time the serving left it (the idle',
    ...(nt.burst_left != null ? [`scheduling class): ${thousands(nt.burst_left)} were still queued when a run's issuing ended, all sent ${f2(nt.burst_catchup_s)} s later.`] :
      ['scheduling class).']),
    'With no gateway set, the',
    `messages wait in the outbox: ${thousands(nt.issue_held_per_s)} tickets/s opted in, **${f2(nt.ratio_held_to_none)}** of none, the`,
    'hall\'s own share of the cost.',
    ...(nt.kib_per_ticket_none != null ? ['',
      `What the store wrote a ticket (the writer thread's bytes: the pages of each commit, medians of the`,
      `runs): ${f2(nt.kib_per_ticket_none)} KiB without messages, ${f2(nt.kib_per_ticket_all)} KiB opted in, ${f2(nt.kib_per_ticket_held)} KiB held; a commit took`,
      `${f2(nt.commit_ms_none)} ms, ${f2(nt.commit_ms_all)} ms and ${f2(nt.commit_ms_held)} ms. Each ticket is acknowledged only once its commit is on`,
      'disk, so the commit paces the durable issue: the two small records of an opted-in ticket',
      'go to the outbox, whose last page and the pages above it each commit writes again, and',
      'with a gateway each sent message adds a small "sent" record there in a later commit.'] : []),
    '',
    `A backlog of ${thousands(nt.backlog)} messages (tickets taken while the hall had no gateway) drains`,
    'to a local gateway (nginx answering 200, its log counting the keys) after a restart',
    `with one: **${thousands(nt.sends_per_s)} sends/s**, up to four POSTs in flight on kept-alive`,
    `connections; Idempotency-Keys seen twice: ${nt.keys_twice}. Call -> board p99 of ${nt.drain_calls ?? 100} calls, each to 100`,
    `/ws clients, while it drains (${thousands(nt.queued_after_calls ?? 0)} messages still queued when the calls ended): ${f2(nt.call_p99_draining_ms)} ms, after: ${f2(nt.call_p99_after_ms)} ms (**${times(nt.ratio_draining_to_after)}**)${nt.drain_ratios?.length > 1 ? `; medians of ${nt.drain_ratios.length} drains, each on a backlog of its own, whose ratios were ${nt.drain_ratios.map(f2).join(', ')}` : ''}.` +
      (nt.drain_steal_pct?.length ? ` The share of the machine's CPU time the hypervisor gave other guests (steal)` +
        ` during / after the calls of each drain: ${nt.drain_steal_pct.map(([d, a]) => `${f1(d)} / ${f1(a)}%`).join(', ')}.` : ''), '',
    `Delivery lag when healthy (300 tickets one by one on a fresh hall, from mppd's`,
    `mpp_message_delivery_seconds, interpolated within its buckets): p50 ${f3(nt.lag?.p50_s)} s,`,
    `p99 ${f3(nt.lag?.p99_s)} s over ${nt.lag?.count} messages.`,
    ...(nt.far_messages ? ['',
      `A gateway far away (tests/bench/far_gateway.mjs answering each POST after 100 ms, as`,
      `one across the internet would): ${nt.far_messages} messages drain at ${f1(nt.far_sends_per_s_1)} sends/s with`,
      `\`notify.connections = 1\` and ${f1(nt.far_sends_per_s_4)} with the default 4 (**${times(nt.ratio_far_4_to_1)}**).`] : []));

  const pl = r.plans;
  p('', '## 12. Visit plans', '',
    `Ten services (six errands across agencies of tests/journeys and four more of the`,
    `catalogue) ordered by the documents they need and give over all ${pl.catalogue} services,`,
    `for a citizen who brings a KTP-el, a family card, a birth certificate and an NPWP:`,
    `${pl.steps} steps, the added ones included (tests/bench/plan_time.c, the real plugin host,`,
    'in process): p50 ' + `**${f1(pl.p50_us)} us**, p99 **${f1(pl.p99_us)} us**.`, '',
    `Through mppd, GET /api/v1/plans of ${pl.http_services} of them with today's estimates and what`,
    `cannot be done today (${pl.http_calls} calls one after another with curl): p50 ${f2(pl.http_p50_ms)} ms, p99`,
    `${f2(pl.http_p99_ms)} ms, the HTTP exchange included.`);

  const key = `${runInfo.command} on ${date}`;
  const notes = reading(key);
  const missed = ts.filter((t) => !t.met);
  p('', `## Reading this run (${date})`, '',
    `- **${ts.length - missed.length} of ${ts.length} targets met.**`,
    ...missed.map((t) => `- **Missed: ${t.what}, ${t.figure} (limit ${t.op} ${t.limit}).**`));
  if (notes) p(notes);
  else p('- No notes have been read into this run by hand (scripts/bench-readings.md has those of the runs that have).');
  return out.join('\n') + '\n';
}

// Sections that other scripts write into the page between
// <!-- NAME:begin --> and <!-- NAME:end --> (scripts/board-bench.sh) are
// theirs: kept as they are, after what this renders.
function keepSections(file, page) {
  if (!existsSync(file)) return page;
  const blocks = readFileSync(file, 'utf8').match(/<!-- ([\w-]+):begin -->[\s\S]*?<!-- \1:end -->/g) || [];
  return blocks.length ? page.trimEnd() + '\n\n' + blocks.join('\n\n') + '\n' : page;
}

// ---- main ----

try {
  const o = parseArgs(process.argv.slice(2));
  if (o.quantiles) {
    console.log(JSON.stringify(quantiles(readFileSync(0, 'utf8'), o.quantiles)));
  } else if (o.machine) {
    machineStep(o);
  } else if (o.targets) {
    for (const t of targets(loadResults(o.results))) {
      console.log(`target: ${t.what}: ${t.figure} (${t.op} ${t.limit}): ${t.met ? 'met' : '**missed**'}`);
    }
  } else {
    let page = render(loadResults(o.results));
    // the section scripts/export-sim.sh writes stays as that script left it
    const kept = o.out !== '-' && existsSync(o.out) &&
      readFileSync(o.out, 'utf8').match(/<!-- export-sim:begin[\s\S]*?<!-- export-sim:end -->\n?/);
    if (kept) page += '\n' + kept[0];
    if (o.out === '-') process.stdout.write(page);
    else writeFileSync(o.out, keepSections(o.out, page));
  }
} catch (e) {
  process.stderr.write(`bench-report: ${e.message}\n`);
  process.exit(1);
}
