// facts.test.mjs - what each service's standard rests on (issue 21): every
// bundled service says when its document is ready; `mppctl facts` lists
// each unconfirmed fact per agency and service with what was tried, and
// finds no source that is a placeholder or neither a URL nor a numbered
// regulation; a plugin with such a source, a service without a completion
// time, or an unconfirmed fact without its attempt is named and fails;
// /api/v1/agencies gives `completion` and `sources`, /api/v1/facts what was
// tried, kept out of the catalogue every kiosk reads; the guide's
// list of the fifty most visited services says truly what is still open.
import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, copyFileSync, writeFileSync, rmSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Hall, ROOT } from './lib/hall.mjs';

const MPPCTL = process.env.MPPCTL || join(ROOT, 'build-test/mppctl');
const cleanups = [];
after(async () => { for (const f of cleanups.reverse()) await f(); });

function facts(args, pluginsDir) {
  const cfg = ['--config', join(ROOT, 'mppd.cfg')];
  const dir = pluginsDir ? ['--plugins', pluginsDir] : [];
  try {
    return { code: 0, out: execFileSync(MPPCTL, [...cfg, ...dir, 'facts', ...args], { encoding: 'utf8', stdio: 'pipe', maxBuffer: 64 << 20 }) };
  } catch (e) { return { code: e.status, out: String(e.stdout) + String(e.stderr) }; }
}

// The per-field counts of a summary line: "... facts in N services: minutes 3, fee 1; ...".
function counts(line) {
  const m = line.match(/unconfirmed facts in \d+ services(?:: ([^;]*))?;/);
  return Object.fromEntries((m[1] || '').split(', ').filter(Boolean).map((p) => {
    const [f, n] = p.split(' ');
    return [f, Number(n)];
  }));
}

test('every bundled service has a completion time, every source is a URL or a named regulation, every open fact says what was tried', () => {
  const { code, out } = facts([]);
  assert.equal(code, 0, out.slice(-2000));
  const last = out.trim().split('\n').at(-1);
  assert.match(last, /^all agencies: 354 services, \d+ unconfirmed facts in \d+ services/);
  assert.match(last, /without completion time 0; problems 0$/);
  assert.doesNotMatch(out, /problem:/);
  const open = out.split('\n').filter((l) => /^ {4}[a-z_]+: unconfirmed/.test(l));
  assert.ok(open.length > 100);
  for (const l of open) assert.match(l, /: unconfirmed; tried: .{20,}/, l);
  // what is left may only shrink (2026-12: requirements 86, minutes 300, completion 200;
  // requirements rose from 70 when the regional agencies' lists that rested
  // only on an office outside Central Java, a blog or the news were opened again)
  const c = counts(last);
  assert.ok(c.requirements <= 86, `requirements ${c.requirements}`);
  assert.ok(c.minutes <= 300, `minutes ${c.minutes}`);
  assert.ok(c.completion <= 200, `completion ${c.completion}`);
  // every listed fact is counted once
  assert.equal(Object.values(c).reduce((a, b) => a + b, 0), open.length);
});

test('mppctl facts AGENCY lists only that agency, service by service; an unknown agency is named', () => {
  const { code, out } = facts(['imigrasi']);
  assert.equal(code, 0, out);
  assert.match(out, /^imigrasi: /);
  assert.doesNotMatch(out, /^dukcapil: /m);
  assert.doesNotMatch(out, /^all agencies/m);
  // passport: 4 working days is confirmed with its source, so not listed
  assert.doesNotMatch(out, /paspor-baru[^\n]*\n(?: {4}[^\n]*\n)*? {4}completion:/);
  assert.match(out, /\n {2}bantuan-m-paspor \([^)]*\)\n(?: {4}[^\n]*\n)*? {4}completion: unconfirmed; tried: /);
  assert.match(out, /\nimigrasi: 10 services, /);
  const bad = facts(['tidak-ada']);
  assert.equal(bad.code, 2);
  assert.match(bad.out, /no agency 'tidak-ada'/);
});

test('a placeholder source, a missing completion time and an unrecorded attempt are each named, and fail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'mpp-facts-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  copyFileSync(join(ROOT, 'plugins', 'dukcapil.lua'), join(dir, 'dukcapil.lua'));
  writeFileSync(join(dir, 'uji.lua'), `local agency = mpp.agency { id = "uji", name = "Instansi Uji", kind = "OPD", prefix = "Z" }
local function svc(id, extra)
  local t = { id = id, name = "Layanan " .. id, requirements = { "KTP" }, procedure = { "Ambil antrean" },
    minutes = 5, fee = 0, product = "Surat", complaint_channel = "SP4N-LAPOR!", legal_basis = "UU 25/2009",
    completion = { at_counter = true }, source = "UU 25/2009 Pasal 21" }
  for k, v in pairs(extra) do t[k] = v end
  if t.completion == "none" then t.completion = nil end
  agency:service(t)
end
svc("placeholder", { source = "Perbup ... ; https://..." })
svc("prose", { source = { "UU 25/2009", fee = "Kebijakan yang lazim" } })
svc("tanpa-waktu", { completion = "none" })
svc("tanpa-catatan", { unconfirmed = { "minutes" } })
svc("rapi", { unconfirmed = { minutes = "standar Kantor Uji tidak memuat waktu loket (2026-12)" } })
`);
  const { code, out } = facts([], dir);
  assert.equal(code, 1, out);
  assert.match(out, /\n {2}placeholder \(Layanan placeholder\)\n {4}source: problem: 'Perbup \.\.\.' is a placeholder/);
  assert.match(out, /\n {2}prose \(Layanan prose\)\n {4}source\.fee: problem: 'Kebijakan yang lazim' is neither a URL nor a regulation/);
  assert.match(out, /\n {2}tanpa-waktu \(Layanan tanpa-waktu\)\n {4}completion: problem: not given/);
  assert.match(out, /\n {2}tanpa-catatan \(Layanan tanpa-catatan\)\n {4}minutes: unconfirmed; problem: what was tried is not recorded/);
  assert.match(out, /\n {2}rapi \(Layanan rapi\)\n {4}minutes: unconfirmed; tried: standar Kantor Uji/);
  assert.match(out, /\nuji: 5 services, 2 unconfirmed facts in 2 services: minutes 2; without completion time 1; problems 4\n/);
  assert.match(out, /\ndukcapil: 27 services, [^\n]*problems 0\n/);
});

test('/api/v1/agencies gives completion and sources beside facts, /api/v1/facts what was tried', async () => {
  const hall = new Hall();
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const facts = (await hall.req('GET', '/api/v1/facts')).json.agencies;
  assert.deepEqual(facts.map((a) => a.id), agencies.map((a) => a.id), 'the same agencies, in the hall\'s order');
  const tried = Object.fromEntries(facts.flatMap((a) => a.services).map((s) => [s.id, s]));
  const all = agencies.flatMap((a) => a.services);
  assert.equal(all.length, 354);
  for (const s of all) {
    assert.equal(s.tried, undefined, 'the catalogue every kiosk reads carries no tried texts');
    assert.deepEqual(tried[s.id].unconfirmed, s.unconfirmed, s.id);
    s.tried = tried[s.id].tried;
    const c = s.completion;
    assert.ok(c && ['counter', 'hours', 'days'].includes(c.unit), s.id);
    assert.ok(Number.isInteger(c.value) && (c.unit === 'counter' ? c.value === 0 : c.value > 0), s.id);
    assert.equal(typeof c.note, 'string', s.id);
    assert.deepEqual(Object.keys(s.tried).sort(), [...s.unconfirmed].sort(), s.id);
    for (const f of s.unconfirmed) assert.ok(s.tried[f].length > 20, `${s.id} ${f}`);
    for (const f of Object.keys(s.sources)) assert.ok(!s.unconfirmed.includes(f), `${s.id} ${f}`);
  }
  const byId = Object.fromEntries(all.map((s) => [s.id, s]));
  const paspor = byId['imigrasi/paspor-baru'];
  assert.deepEqual({ unit: paspor.completion.unit, value: paspor.completion.value }, { unit: 'days', value: 4 });
  assert.match(paspor.completion.note, /hari yang sama/);
  assert.match(paspor.sources.completion, /^https:\/\/liputan6\.com\//);
  assert.ok(!paspor.unconfirmed.includes('completion'));
  const kematian = byId['dukcapil/akta-kematian'];
  assert.equal(kematian.completion.unit, 'counter');
  assert.match(kematian.sources.completion, /dinpendukcapil\.purbalinggakab\.go\.id/);
  const mutasi = byId['bapenda/pbb-mutasi'];
  assert.deepEqual([mutasi.completion.unit, mutasi.completion.value], ['days', 3]);
  assert.match(mutasi.completion.note, /1\.000 m2/);
  // SKCK's issuing time rests on a published Polres standard beside it
  const skck = byId['polres/skck-baru'];
  assert.ok(!skck.unconfirmed.includes('completion'));
  assert.match(skck.sources.completion, /standar pelayanan SKCK/);
  // an unconfirmed one says so and why
  const wna = byId['polres/skck-wna'];
  assert.ok(wna.unconfirmed.includes('completion'));
  assert.match(wna.tried.completion, /Polres/);
});

// The fifty most visited services and what of each is still open, as
// docs/plugin-guide.md lists them ("Lima puluh layanan ..."): the list
// must name fifty real services and say exactly which citizen-facing
// facts /api/v1/agencies still marks unconfirmed.
const FACING = ['requirements', 'procedure', 'completion', 'fee', 'fee_note', 'product', 'complaint_channel'];
function topServices() {
  const guide = readFileSync(join(ROOT, 'docs/plugin-guide.md'), 'utf8');
  const block = guide.split('<!-- top-services -->')[1].split('```')[1];
  return block.split('\n').map((l) => l.trim()).filter(Boolean).map((l) => {
    const [id, open] = l.split(/\s+belum:\s+/);
    return { id, open: open ? open.split(', ') : [] };
  });
}

test('the fifty most visited services: the guide says truly which citizen-facing facts are still open', async () => {
  const hall = new Hall();
  await hall.start();
  cleanups.push(async () => { await hall.stop(); hall.cleanup(); });
  const { agencies } = (await hall.req('GET', '/api/v1/agencies')).json;
  const byId = Object.fromEntries(agencies.flatMap((a) => a.services).map((s) => [s.id, s]));
  const top = topServices();
  assert.equal(top.length, 50);
  assert.equal(new Set(top.map((t) => t.id)).size, 50);
  for (const t of top) {
    const s = byId[t.id];
    assert.ok(s, `${t.id} is not a bundled service`);
    const open = s.unconfirmed.filter((f) => FACING.includes(f)).sort();
    assert.deepEqual(open, [...t.open].sort(), `${t.id}: open ${open.join(', ') || 'none'}`);
  }
  // fully sourced (counter minutes aside): only ever more of them
  assert.ok(top.filter((t) => !t.open.length).length >= 44);
});
