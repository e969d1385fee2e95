// proxy.test.mjs - Debian's real nginx in front of the real mppd, as
// docs/operations.md tells a hall to run it: docs/examples/nginx-mpp.conf
// itself, its ports and certificate replaced by free ports and a
// throwaway certificate. Through the proxy: the pages, a ticket whose QR
// link is the proxy's https address, a staff login with a Secure cookie,
// the board's socket (wss) seeing the call; rate limits counted per real
// client behind the proxy (clients from 127.0.0.2-5), a forged
// X-Forwarded-For not helping, and plain http sent to https.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, rmSync, existsSync } from 'node:fs';
import { createServer, connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, Feed, ROOT, rawRequest, sleep } from './lib/hall.mjs';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';
const KTP = 'dukcapil/ktp-el-rekam';
let hall;
let nginx;
let dir;
let tls; // the proxy's https port
let plain; // its http port
let nginxLog = '';

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

// The documented site, made to run here: only ports, names and paths change.
function siteConfig(mppdPort) {
  let site = readFileSync(join(ROOT, 'docs/examples/nginx-mpp.conf'), 'utf8');
  const edits = [
    [/server 127\.0\.0\.1:8080;/, `server 127.0.0.1:${mppdPort};`],
    [/listen 443 ssl;/, `listen 127.0.0.1:${tls} ssl;`],
    [/listen \[::\]:443 ssl;\n/, ''],
    [/listen 80;/, `listen 127.0.0.1:${plain};`],
    [/listen \[::\]:80;\n/, ''],
    [/server_name antrean\.mpp\.example\.go\.id;/g, 'server_name localhost;'],
    [/ssl_certificate +\S+;/, `ssl_certificate ${dir}/cert.pem;`],
    [/ssl_certificate_key +\S+;/, `ssl_certificate_key ${dir}/key.pem;`],
  ];
  for (const [from, to] of edits) {
    if (!from.test(site)) throw new Error(`docs/examples/nginx-mpp.conf has no ${from}`);
    site = site.replace(from, to);
  }
  return site;
}

before(async () => {
  assert.ok(existsSync(NGINX), `${NGINX} is missing: scripts/setup.sh --test installs nginx`);
  dir = mkdtempSync(join(tmpdir(), 'mpp-nginx-'));
  tls = await freePort();
  plain = await freePort();
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1',
    '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem'), '-subj', '/CN=localhost',
    '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1'], { stdio: 'ignore' });

  hall = new Hall({
    replace: [['trusted_proxies = [ ];', 'trusted_proxies = [ "127.0.0.1" ];'],
      ['issue_per_minute = 30;', 'issue_per_minute = 3;'], ['login_per_minute = 10;', 'login_per_minute = 3;']],
  });
  hall.addUser('ani', 'staff', 'dukcapil');
  await hall.start();

  for (const t of ['body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']) mkdirSync(join(dir, t));
  writeFileSync(join(dir, 'site.conf'), siteConfig(hall.port));
  writeFileSync(join(dir, 'nginx.conf'), `
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${dir}/body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;
  include ${dir}/site.conf;
}
`);
  nginx = spawn(NGINX, ['-p', dir, '-e', join(dir, 'error.log'), '-c', join(dir, 'nginx.conf'),
    '-g', 'daemon off;'], { stdio: ['ignore', 'pipe', 'pipe'] });
  nginx.stdout.on('data', (d) => { nginxLog += d; });
  nginx.stderr.on('data', (d) => { nginxLog += d; });
  for (let i = 0; ; i++) {
    const up = await new Promise((ok) => {
      const s = connect(tls, '127.0.0.1', () => { s.end(); ok(true); });
      s.on('error', () => ok(false));
    });
    if (up) break;
    if (nginx.exitCode !== null || i > 100) throw new Error('nginx did not start:\n' + nginxLog);
    await sleep(50);
  }
});

after(async () => {
  if (nginx && nginx.exitCode === null) {
    nginx.kill('SIGTERM');
    await new Promise((ok) => nginx.on('exit', ok));
  }
  await hall?.stop();
  hall?.cleanup();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const site = () => `https://localhost:${tls}`;
// A browser on `from` using the proxy's address: its Origin is the proxy's.
const viaProxy = (path, { method = 'GET', body, from = '127.0.0.2', headers = {} } = {}) =>
  rawRequest(`https://127.0.0.1:${tls}${path}`, {
    method, body, from, headers: { host: `localhost:${tls}`, origin: site(), ...headers },
  });

test('the pages, a ticket, a login and the board socket through nginx with TLS', async () => {
  const page = await viaProxy('/kiosk');
  assert.equal(page.status, 200);
  assert.equal(page.headers['strict-transport-security'], 'max-age=31536000');
  assert.match(page.text, /<html/i);

  const board = new Feed(`wss://127.0.0.1:${tls}/ws`, { host: `localhost:${tls}`, origin: site() },
    { rejectUnauthorized: false, localAddress: '127.0.0.2' });
  await board.next((m) => m.type === 'snapshot');

  const issued = await viaProxy('/api/v1/tickets', { method: 'POST', body: { service: KTP } });
  assert.equal(issued.status, 201, issued.text);
  const t = issued.json.ticket;
  assert.equal(issued.json.status_url, `${site()}/t/${t.token}`, 'the QR code opens the proxy\'s https address');
  const status = await viaProxy(`/api/v1/tickets/${t.token}`);
  assert.equal(status.json.ticket.number, t.number);

  const login = await viaProxy('/api/v1/session', { method: 'POST', body: { username: 'ani', password: 'rahasia-ani' }, from: '127.0.0.3' });
  assert.equal(login.status, 200, login.text);
  const set = login.headers['set-cookie'][0];
  assert.match(set, /; Secure/, 'the browser used https: the cookie must be Secure');
  const cookie = set.split(';')[0];
  for (const action of ['open', 'call']) {
    const r = await viaProxy(`/api/v1/counters/1/${action}`, { method: 'POST', body: {}, from: '127.0.0.3', headers: { cookie } });
    assert.equal(r.status, 200, r.text);
  }
  const called = await board.next((m) => m.type === 'ticket.called' && m.ticket.number === t.number);
  assert.equal(called.ticket.counter, 1);
  await board.close();
  // mppd saw the citizen, not the proxy
  assert.match(hall.log, /'ani' logged in \(staff\) from 127\.0\.0\.3/);
});

test('rate limits count each real client behind the proxy; a forged X-Forwarded-For does not help', async () => {
  const issue = (from, headers) => viaProxy('/api/v1/tickets', { method: 'POST', body: { service: KTP }, from, headers });
  const codes = [];
  for (let i = 0; i < 4; i++) codes.push((await issue('127.0.0.4')).status);
  assert.deepEqual(codes, [201, 201, 201, 429], 'the proxy is on the allow-list, its citizens are not');
  // nginx appends the address it saw to whatever the client sent
  for (const forged of ['10.1.2.3', '127.0.0.1', '127.0.0.5']) {
    assert.equal((await issue('127.0.0.4', { 'x-forwarded-for': forged })).status, 429, forged);
  }
  assert.equal((await issue('127.0.0.5')).status, 201, 'another citizen has a count of its own');

  // logins: per address behind the proxy, too
  const tries = [];
  for (let i = 0; i < 4; i++) {
    tries.push((await viaProxy('/api/v1/session', { method: 'POST', body: { username: 'nobody', password: 'x' }, from: '127.0.0.4' })).status);
  }
  assert.deepEqual(tries, [401, 401, 401, 429]);
});

test('plain http on the proxy sends the browser to https', async () => {
  const r = await rawRequest(`http://127.0.0.1:${plain}/kiosk`, { headers: { host: 'localhost' } });
  assert.equal(r.status, 301);
  assert.equal(r.headers.location, 'https://localhost/kiosk');
});
