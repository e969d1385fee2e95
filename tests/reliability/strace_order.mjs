// strace_order.mjs - shows from an strace of mppd that every reply to a
// ticket issue is written to its socket only after the commit that holds
// the ticket is on disk. A SIGKILL leaves the page cache intact, so the
// crash test alone cannot tell a reply sent after fdatasync from one sent
// just before it; the system calls can.
//   node strace_order.mjs load BASE_URL N    issue N tickets, 8 at a time
//   node strace_order.mjs check TRACE N [--report FILE]
// The trace is `strace -f -ttt -s 8192 -e trace=fdatasync,fsync,msync,
// write,sendto,writev,pwrite64,pwritev,openat`. For each 201 reply it finds
// the first write of a page of data.mdb that holds the ticket's token, the
// fdatasync of data.mdb that follows it (LMDB writes the data pages, syncs
// them, then writes the meta page through a second, O_DSYNC descriptor; the
// commit is durable when that write returns), and checks that the reply's
// first byte was sent after both returned.
import { readFileSync } from 'node:fs';
import { reportSection, machine } from './report.mjs';

const SOCKET_WRITES = new Set(['sendto', 'write', 'writev']);
const DATA_WRITES = new Set(['writev', 'pwrite64', 'pwritev', 'write']);

// One system call: the line it started on and the line it returned on.
function parse(text) {
  const calls = [];
  const pending = new Map(); // pid -> unfinished call
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = lines[i].match(/^(\d+)\s+(\d+\.\d+)\s+(.*)$/);
    if (!m) continue;
    const [, pid, ts, rest] = m;
    const resumed = rest.match(/^<\.\.\. (\w+) resumed>(.*)$/);
    if (resumed) {
      const c = pending.get(pid);
      if (c && c.name === resumed[1]) {
        c.end = i;
        c.endTs = Number(ts);
        c.ret = (resumed[2].match(/=\s*(-?\d+)/) || [])[1];
        pending.delete(pid);
      }
      continue;
    }
    const call = rest.match(/^(\w+)\((.*)$/);
    if (!call) continue;
    const c = { pid, name: call[1], args: call[2], start: i, startTs: Number(ts), end: null, endTs: null };
    c.fd = (c.args.match(/^(-?\d+)[,) ]/) || [])[1];
    if (/<unfinished \.\.\.>$/.test(rest)) pending.set(pid, c);
    else {
      c.end = i;
      c.endTs = c.startTs;
      c.ret = (rest.match(/\)\s*=\s*(-?\d+)/) || [])[1];
    }
    calls.push(c);
  }
  return calls;
}

export function check(text) {
  const calls = parse(text);
  let dataFd = null;
  let metaFd = null;
  for (const c of calls) {
    if (c.name !== 'openat' || !/data\.mdb"/.test(c.args)) continue;
    if (/O_DSYNC/.test(c.args)) metaFd = c.ret;
    else dataFd = c.ret;
  }
  if (!dataFd || !metaFd) throw new Error('the trace has no data.mdb and O_DSYNC meta descriptor');
  const pageWrites = calls.filter((c) => DATA_WRITES.has(c.name) && c.fd === dataFd);
  const syncs = calls.filter((c) => (c.name === 'fdatasync' || c.name === 'fsync') && c.fd === dataFd);
  const metas = calls.filter((c) => c.name === 'pwrite64' && c.fd === metaFd);
  const sends = calls.filter((c) => SOCKET_WRITES.has(c.name) && c.fd !== dataFd && c.fd !== metaFd);
  const results = [];
  for (const body of sends) {
    const tok = body.args.match(/\\"token\\":\\"([0-9a-f]{16,64})\\"/);
    if (!tok || !/\\"ticket\\":\{\\"id\\"/.test(body.args)) continue;
    const token = tok[1];
    // the reply begins with its status line, on the same socket
    const head = sends.filter((s) => s.fd === body.fd && s.start <= body.start &&
      /^\d+, (\[\{iov_base=)?"HTTP\/1\.1 /.test(s.args)).at(-1);
    if (!head || !/HTTP\/1\.1 201/.test(head.args)) continue;
    const page = pageWrites.find((w) => w.args.includes(token));
    const r = { token, reply: head };
    if (!page) { r.problem = 'no page of data.mdb holding the ticket was written'; results.push(r); continue; }
    const sync = syncs.find((s) => s.start > page.end && s.pid === page.pid);
    const meta = sync && metas.find((w) => w.start > sync.end && w.pid === page.pid);
    if (!sync || !meta) r.problem = 'its commit never finished';
    else if (sync.end === null || sync.end > head.start) r.problem = `reply sent (line ${head.start + 1}) before fdatasync returned (line ${(sync.end ?? sync.start) + 1})`;
    else if (meta.end === null || meta.end > head.start) r.problem = `reply sent (line ${head.start + 1}) before the meta page was written (line ${(meta.end ?? meta.start) + 1})`;
    r.sync = sync;
    r.meta = meta;
    results.push(r);
  }
  return { results, commits: new Set(results.filter((r) => r.sync).map((r) => r.sync.start)).size };
}

async function load(base, n) {
  const services = (await (await fetch(base + '/api/v1/agencies')).json()).agencies
    .flatMap((a) => a.services).filter((s) => s.quota === 0 && s.inputs.length === 0 && s.kiosk !== false).slice(0, 8);
  let next = 0;
  let ok = 0;
  await Promise.all(Array.from({ length: 8 }, async () => {
    while (next < n) {
      const i = next++;
      const r = await fetch(base + '/api/v1/tickets', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ service: services[i % services.length].id }),
      });
      if (r.status === 201) ok++;
      await r.text();
    }
  }));
  if (ok !== n) throw new Error(`${n - ok} of ${n} issues were not answered 201`);
  console.log(`${n} tickets issued`);
}

async function main() {
  const [cmd, a, b] = process.argv.slice(2);
  if (cmd === 'load') return load(a, Number(b));
  if (cmd !== 'check') throw new Error('usage: strace_order.mjs load BASE N | check TRACE N [--report FILE]');
  const i = process.argv.indexOf('--report');
  const report = i > 0 ? process.argv[i + 1] : '';
  const { results, commits } = check(readFileSync(a, 'utf8'));
  const bad = results.filter((r) => r.problem);
  for (const r of bad.slice(0, 10)) console.error(`  ! ticket ${r.token.slice(0, 8)}…: ${r.problem}`);
  const gaps = results.filter((r) => !r.problem).map((r) => Math.round((r.reply.startTs - r.meta.endTs) * 1e6)).sort((x, y) => x - y);
  const median = gaps.length ? gaps[Math.floor(gaps.length / 2)] : 0;
  const line = `${results.length} replies to ticket issues traced, ${results.length - bad.length} sent after ` +
    `the fdatasync and meta-page write of their commit, ${bad.length} before; ${commits} commits carried them`;
  const line2 = `from the commit's last write returning to the reply's first byte: median ${median} µs, ` +
    `least ${gaps[0] ?? 0} µs (never negative)`;
  console.log(line);
  console.log(line2);
  const expected = Number(b);
  if (results.length < expected) console.error(`  ! only ${results.length} of ${expected} replies were found in the trace`);
  if (report) {
    reportSection(report, 'strace', ['```', '$ scripts/strace-order.sh', line, line2, '```', '',
      `Measured ${new Date().toISOString().slice(0, 10)} on ${await machine()}.`].join('\n'));
  }
  if (bad.length || results.length < expected || gaps[0] < 0) process.exit(1);
}

main().catch((e) => { console.error(e.message || e); process.exit(1); });
