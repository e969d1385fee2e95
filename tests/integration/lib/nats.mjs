// nats.mjs - Debian's real nats-server for a test: JetStream on, a free
// port, its data in a temporary folder; one server or a cluster of three
// with a replicated stream. Streams are made and read with the official
// NATS client (npm nats): the messages a hall exported, in stream order,
// with their subjects and Nats-Msg-Id headers.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { connect, RetentionPolicy, StorageType } from 'nats';
import WebSocket from 'ws';
import { MPPD, ROOT, sleep } from './hall.mjs';

export const NATS_SERVER = process.env.NATS_SERVER || '/usr/sbin/nats-server';
// mppagg of the same build as the mppd under test
export const MPPAGG = process.env.MPPAGG || join(dirname(MPPD), 'mppagg');

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

const live = new Set();

// Kills every nats-server and mppagg a test started and removes its folder.
export function killAllNats() {
  for (const n of live) { if (n.proc) n.proc.kill('SIGKILL'); n.cleanup(); }
}

// The real mppagg on a free port with a data folder of its own.
export class Agg {
  constructor(natsUrl, { durable = 'mppagg', subject } = {}) {
    this.natsUrl = natsUrl;
    this.durable = durable;
    this.subject = subject;
    this.dir = mkdtempSync(join(tmpdir(), 'mpp-agg-'));
    this.log = '';
    live.add(this);
    Agg.started.push(this);
  }

  static started = [];

  async start() {
    if (!this.port) this.port = await freePort();
    this.base = `http://127.0.0.1:${this.port}`;
    const args = ['--nats', this.natsUrl, '--port', String(this.port), '--data', join(this.dir, 'data'),
      '--web', join(ROOT, 'web'), '--durable', this.durable];
    if (this.subject) args.push('--subject', this.subject);
    if (process.env.MPPAGG_BATCH) args.push('--batch', process.env.MPPAGG_BATCH);
    this.proc = spawn(MPPAGG, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d) => { this.log += d; });
    this.proc.stderr.on('data', (d) => { this.log += d; });
    this.exited = new Promise((ok) => this.proc.on('exit', (code, signal) => ok({ code, signal })));
    for (let i = 0; i < 200; i++) {
      try { if ((await fetch(this.base + '/healthz')).ok) return this; } catch { /* not yet */ }
      if (this.proc.exitCode !== null) break;
      await sleep(25);
    }
    throw new Error('mppagg did not start:\n' + this.log);
  }

  async get(path) { const r = await fetch(this.base + path); return { status: r.status, json: await r.json() }; }
  async halls() { return (await this.get('/api/v1/halls')).json; }
  async hall(id) { return (await this.halls()).halls.find((h) => h.hall === id); }

  ws() { return new WebSocket(`ws://127.0.0.1:${this.port}/ws`, 'mpp-province'); }

  async stop() {
    if (!this.proc) return;
    this.proc.kill('SIGTERM');
    const { code, signal } = await this.exited;
    this.proc = null;
    if (code !== 0) throw new Error(`mppagg exited with ${code ?? signal}:\n${this.log.slice(-4000)}`);
  }

  async kill9() { this.proc.kill('SIGKILL'); await this.exited; this.proc = null; }

  cleanup() { live.delete(this); rmSync(this.dir, { recursive: true, force: true }); }
}

// One nats-server; `cluster` (from natsCluster) joins it to routes;
// opts.jetstream false: none (a hall's leaf node); opts.extra(server):
// more configuration text (leafnodes).
export class NatsServer {
  constructor(name = 'n1', cluster = null, opts = {}) {
    this.name = name;
    this.cluster = cluster;
    this.opts = opts;
    this.dir = mkdtempSync(join(tmpdir(), 'mpp-nats-'));
    this.log = '';
    live.add(this);
  }

  get url() { return `nats://127.0.0.1:${this.port}`; }

  async start() {
    if (!this.port) this.port = await freePort();
    let conf = `server_name: ${this.name}\nlisten: 127.0.0.1:${this.port}\n`;
    if (this.opts.jetstream !== false) conf += `jetstream { store_dir: "${join(this.dir, 'js')}" }\n`;
    if (this.opts.extra) conf += this.opts.extra(this) + '\n';
    if (this.cluster) {
      const routes = this.cluster.ports.filter((p) => p !== this.routePort)
        .map((p) => `nats-route://127.0.0.1:${p}`).join(', ');
      conf += `cluster { name: ${this.cluster.name}\n listen: 127.0.0.1:${this.routePort}\n routes: [${routes}] }\n`;
    }
    writeFileSync(join(this.dir, 'nats.conf'), conf);
    const argv = [NATS_SERVER, '-c', join(this.dir, 'nats.conf')];
    if (this.opts.nice) argv.unshift('nice', '-n', String(this.opts.nice)); // a lower CPU priority
    this.proc = spawn(argv[0], argv.slice(1), { stdio: ['ignore', 'pipe', 'pipe'] });
    this.proc.stdout.on('data', (d) => { this.log += d; });
    this.proc.stderr.on('data', (d) => { this.log += d; });
    this.exited = new Promise((ok) => this.proc.on('exit', ok));
    for (let i = 0; i < 200; i++) {
      if (/Server is ready/.test(this.log)) return this;
      if (this.proc.exitCode !== null) break;
      await sleep(25);
    }
    throw new Error(`nats-server ${this.name} did not start:\n${this.log}`);
  }

  async stop(signal = 'SIGTERM') {
    if (!this.proc) return;
    this.proc.kill(signal);
    await this.exited;
    this.proc = null;
  }

  cleanup() { live.delete(this); rmSync(this.dir, { recursive: true, force: true }); }
}

// Three servers routed together as one JetStream cluster.
export async function natsCluster(name = 'province') {
  const cluster = { name, ports: [] };
  const nodes = ['p1', 'p2', 'p3'].map((n) => new NatsServer(n, cluster));
  for (const n of nodes) { n.routePort = await freePort(); cluster.ports.push(n.routePort); }
  for (const n of nodes) n.port = await freePort();
  await Promise.all(nodes.map((n) => n.start()));
  return nodes;
}

// A connection to servers `urls` (a string or a list) that keeps trying.
export function natsConnect(urls) {
  return connect({ servers: urls, maxReconnectAttempts: -1, reconnectTimeWait: 200, timeout: 5000 });
}

// The province stream as docs/operations.md sets it: every hall's events,
// kept by limits, duplicates dropped within `window` ms.
export async function addStream(nc, { name = 'MPP', replicas = 1, window = 120000 } = {}) {
  const end = Date.now() + 30000;
  for (;;) {
    try {
      const jsm = await nc.jetstreamManager({ timeout: 2000 });
      return await jsm.streams.add({
        name, subjects: ['mpp.>'], retention: RetentionPolicy.Limits, storage: StorageType.File,
        num_replicas: replicas, duplicate_window: window * 1e6,
      });
    } catch (e) {
      if (Date.now() > end) throw e; // a new cluster elects its meta leader first
      await sleep(200);
    }
  }
}

// Every message of the stream in stream order: {seq, subject, id, data}.
export async function readStream(nc, name = 'MPP') {
  const jsm = await nc.jetstreamManager();
  const info = await jsm.streams.info(name);
  const out = [];
  for (let s = info.state.first_seq; s <= info.state.last_seq && info.state.messages > 0; s++) {
    const m = await jsm.streams.getMessage(name, { seq: s });
    out.push({ seq: m.seq, subject: m.subject, id: m.header.get('Nats-Msg-Id'), data: m.json() });
  }
  return out;
}

// The hall events of a stream, by the hall's seq from their Nats-Msg-Id.
export function hallSeqs(msgs, hall) {
  return msgs.filter((m) => m.id.startsWith(hall + ':')).map((m) => Number(m.id.split(':')[2]));
}
