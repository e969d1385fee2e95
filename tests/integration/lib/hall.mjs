// hall.mjs - starts the real mppd for a test: a free port, a fresh data
// folder under /tmp, the bundled plugins and hall config (or a variant of
// it), accounts made with the real mppctl; plus small HTTP and WebSocket
// helpers used by every integration test.
import { spawn, execFileSync } from 'node:child_process';
import { readdirSync, mkdtempSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import WebSocket from 'ws';

export const ROOT = resolve(new URL('../../..', import.meta.url).pathname);
export const MPPD = process.env.MPPD || join(ROOT, 'build-test/mppd');
const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

// Resolves with pred()'s first truthy answer, asked every 50 ms; fails
// after `ms`.
export async function until(pred, ms = 5000) {
  const end = Date.now() + ms;
  while (Date.now() < end) { const v = await pred(); if (v) return v; await sleep(50); }
  throw new Error('condition not met in ' + ms + ' ms');
}

// Sends n of ask() at once while GET /healthz is asked again and again:
// the n replies, and the status of every health check made meanwhile (a
// report read on the loop would hold them up).
export async function manyWhileHealthy(hall, n, ask) {
  let stop = false;
  const health = [];
  const probe = (async () => {
    while (!stop) health.push((await hall.req('GET', '/healthz')).status);
  })();
  const replies = await Promise.all(Array.from({ length: n }, ask));
  stop = true;
  await probe;
  return { replies, health };
}

// Every hall made and not yet cleaned up, for a script to stop when it fails.
const live = new Set();

// Kills every hall still running and removes its folder: what a script
// does when it throws, so no mppd is left behind.
export function killAll() {
  for (const h of live) {
    if (h.proc) h.proc.kill('SIGKILL');
    h.cleanup();
  }
}

// A hall of a plugins folder of its own keeps only the counters of the
// agencies that folder has a plugin for: a counter whose agency has no
// plugin makes the hall "degraded" (/healthz), as it should in a real hall.
function countersOf(text, pluginsDir) {
  const have = new Set(readdirSync(pluginsDir).filter((f) => f.endsWith('.lua')).map((f) => f.slice(0, -4)));
  return text.replace(/^counters = \(\n([\s\S]*?)\n\);/m, (all, body) => {
    const kept = body.split('\n').filter((line) => {
      const m = line.match(/agency = "([a-z0-9-]+)"/);
      return !m || have.has(m[1]);
    }).map((line) => line.replace(/\},?(\s*#.*)?$/, '}'));
    const entries = kept.filter((l) => /number =/.test(l));
    return 'counters = (\n' + entries.join(',\n') + '\n);';
  });
}

export class Hall {
  // opts.cfg: text appended to the bundled mppd.cfg-based config
  // opts.replace: [from, to] pairs applied to the config text
  // opts.web: the pages' folder (default web/)
  constructor(opts = {}) {
    this.opts = opts;
    this.fileLimitKB = opts.fileLimitKB;
    this.dir = mkdtempSync(join(tmpdir(), 'mpp-it-'));
    this.data = join(this.dir, 'data');
    this.cfg = join(this.dir, 'mppd.cfg');
    let text = readFileSync(join(ROOT, 'mppd.cfg'), 'utf8');
    for (const [from, to] of opts.replace || []) {
      if (!text.includes(from)) throw new Error(`config has no '${from}'`);
      text = text.replace(from, to);
    }
    if (opts.plugins && !opts.keepCounters) text = countersOf(text, opts.plugins);
    writeFileSync(this.cfg, text + (opts.cfg || ''));
    this.log = '';
    live.add(this);
  }

  // A first start whose free port was taken by another program between
  // the pick and mppd's bind tries another port; a restart keeps its port.
  async start() {
    for (let attempt = 1; ; attempt++) {
      try {
        await this.startOnce();
        this.started = true;
        return this;
      } catch (e) {
        if (this.started || attempt === 3 || !this.log.includes('Address already in use')) throw e;
        this.port = await freePort();
        this.log = '';
      }
    }
  }

  async startOnce() {
    if (!this.port) this.port = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    const args = ['--config', this.cfg, '--port', String(this.port), '--data', this.data,
      '--plugins', this.opts.plugins || join(ROOT, 'plugins'), '--web', this.opts.web || join(ROOT, 'web')];
    // opts.fileLimitKB: a file-size limit (ulimit -f), to play a full disk
    this.proc = this.fileLimitKB
      ? spawn('bash', ['-c', `ulimit -f ${this.fileLimitKB}; exec "$@"`, 'mppd', MPPD, ...args],
        { stdio: ['ignore', 'pipe', 'pipe'] })
      : spawn(MPPD, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d) => { this.log += d; });
    this.proc.stderr.on('data', (d) => { this.log += d; });
    this.exited = new Promise((ok) => this.proc.on('exit', (code, signal) => ok({ code, signal })));
    for (let i = 0; i < 300; i++) {
      try {
        if (this.opts.tls) { // no fetch without trusting the test certificate: wait for the port
          await new Promise((ok, fail) => {
            const s = connect(this.port, '127.0.0.1', () => { s.end(); ok(); });
            s.on('error', fail);
          });
          return this;
        }
        const r = await fetch(this.base + '/healthz');
        if (r.ok) return this;
      } catch { /* not yet listening */ }
      if (this.proc.exitCode !== null) break;
      await sleep(50);
    }
    throw new Error('mppd did not start:\n' + this.log);
  }

  // SIGTERM and wait; a sanitizer report or a crash fails the test
  async stop() {
    if (!this.proc || this.proc.exitCode !== null) return;
    this.proc.kill('SIGTERM');
    const { code, signal } = await this.exited;
    this.proc = null;
    if (code !== 0) throw new Error(`mppd exited with ${code ?? signal}:\n${this.log.slice(-4000)}`);
  }

  async kill9() {
    this.proc.kill('SIGKILL');
    await this.exited;
    this.proc = null;
  }

  async restart() { await this.stop(); await this.start(); }

  cleanup() { live.delete(this); rmSync(this.dir, { recursive: true, force: true }); }

  ctl(args, input) {
    return execFileSync(MPPCTL, ['--config', this.cfg, '--data', this.data, ...args],
      { input: input ?? '', encoding: 'utf8' });
  }

  addUser(name, role, agency, password = 'rahasia-' + name) {
    const args = ['user', 'add', name, '--role', role];
    if (agency) args.push('--agency', agency);
    this.ctl(args, password + '\n');
    return password;
  }

  async req(method, path, body, headers = {}) {
    const init = { method, headers: { ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers['content-type'] = 'application/json';
    }
    const r = await fetch(this.base + path, init);
    const text = await r.text();
    let json = null;
    try { json = JSON.parse(text); } catch { /* not JSON */ }
    return { status: r.status, json, text, headers: r.headers };
  }

  // logs in and returns a client whose requests carry the session cookie
  async login(name, password = 'rahasia-' + name) {
    const r = await this.req('POST', '/api/v1/session', { username: name, password });
    if (r.status !== 200) throw new Error(`login ${name}: ${r.status} ${r.text}`);
    const cookie = r.headers.get('set-cookie').split(';')[0];
    return {
      cookie,
      user: r.json.user,
      req: (method, path, body, headers = {}) => this.req(method, path, body, { cookie, ...headers }),
    };
  }

  issue(service, extra = {}) {
    return this.req('POST', '/api/v1/tickets', { service, ...extra });
  }

  ws(headers = {}) { return new Feed(`ws://127.0.0.1:${this.port}/ws`, headers); }
}

// One HTTP(S) request as a device of the hall would send it: any Host and
// Origin, from a chosen local address (127.0.0.2, ... play other clients),
// a self-signed certificate accepted. Resolves {status, json, text, headers}.
export function rawRequest(url, { method = 'GET', headers = {}, body, from } = {}) {
  const u = new URL(url);
  const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
  const text = body === undefined ? undefined : (typeof body === 'string' ? body : JSON.stringify(body));
  const h = { ...headers };
  if (text !== undefined) { h['content-type'] = 'application/json'; h['content-length'] = Buffer.byteLength(text); }
  return new Promise((ok, fail) => {
    const r = send({
      host: u.hostname, port: u.port, path: u.pathname + u.search, method, headers: h,
      localAddress: from, rejectUnauthorized: false, servername: 'localhost', agent: false,
    }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { data += d; });
      res.on('end', () => {
        let json = null;
        try { json = JSON.parse(data); } catch { /* not JSON */ }
        ok({ status: res.statusCode, json, text: data, headers: res.headers });
      });
    });
    r.on('error', fail);
    r.end(text);
  });
}

// A /ws client that keeps every message and can wait for one.
export class Feed {
  constructor(url, headers, options = {}) {
    this.messages = [];
    this.waiters = [];
    this.sock = new WebSocket(url, { headers, ...options });
    this.opened = new Promise((ok, fail) => { this.sock.on('open', ok); this.sock.on('error', fail); });
    this.closed = new Promise((ok) => this.sock.on('close', (code) => ok(code)));
    this.sock.on('message', (data) => {
      const m = JSON.parse(data.toString());
      this.messages.push(m);
      this.waiters = this.waiters.filter((w) => !(w.pred(m) && (w.ok(m), true)));
    });
  }

  // resolves with the first message (already received or to come) matching pred
  next(pred, ms = 5000) {
    const have = this.messages.find(pred);
    if (have) return Promise.resolve(have);
    return new Promise((ok, fail) => {
      const t = setTimeout(() => fail(new Error('no matching /ws message in ' + ms + ' ms; got ' +
        JSON.stringify(this.messages.map((m) => m.type)))), ms);
      this.waiters.push({ pred, ok: (m) => { clearTimeout(t); ok(m); } });
    });
  }

  send(obj) { this.sock.send(JSON.stringify(obj)); }
  close() { this.sock.close(); return this.closed; }
}

// Reads a hall's whole durable event log over /ws as an admin (a public
// client is replayed at most a bounded number of events): the snapshot,
// then "hello" since 0, up to the snapshot's seq. Fails if it stalls for `ms`.
export async function readLog(hall, ms = 300000) {
  if (!hall.logReader) {
    try { hall.addUser('log-reader', 'admin'); } catch { /* added by an earlier read */ }
    hall.logReader = (await hall.login('log-reader')).cookie;
  }
  return new Promise((ok, fail) => {
    const ws = new WebSocket(`ws://127.0.0.1:${hall.port}/ws`, { headers: { cookie: hall.logReader } });
    const events = [];
    let snap = null;
    const timer = setTimeout(() => { ws.terminate(); fail(new Error(`log read stalled at ${events.length} events`)); }, ms);
    ws.on('message', (d) => {
      const m = JSON.parse(d.toString());
      if (m.type === 'snapshot') {
        if (snap) return;
        snap = m;
        if (m.seq === 0) { clearTimeout(timer); ws.close(); ok({ snap, events }); return; }
        ws.send(JSON.stringify({ type: 'hello', since: 0, epoch: m.epoch }));
        return;
      }
      events.push(m);
      if (m.seq >= snap.seq) { clearTimeout(timer); ws.close(); ok({ snap, events }); }
    });
    ws.on('error', fail);
  });
}

// promtool: on the PATH, or in /usr/local/bin where scripts/setup.sh --test
// unpacks it from Debian's prometheus package (a PATH may lack that folder)
export function promtool(text) {
  const env = { ...process.env, PATH: `${process.env.PATH || '/usr/bin:/bin'}:/usr/local/bin` };
  try {
    return execFileSync('promtool', ['check', 'metrics'], { input: text, encoding: 'utf8', stdio: 'pipe', env });
  } catch (e) {
    if (e.code === 'ENOENT') throw new Error('promtool is missing: run scripts/setup.sh --test');
    throw new Error(`promtool check metrics failed (${e.status}):\n${e.stdout}${e.stderr}`);
  }
}
