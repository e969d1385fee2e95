// qr.js - a QR code (ISO/IEC 18004) of a short text, drawn in the page as
// SVG, for addresses that mppd has no public QR image of (a booking's
// status page). Byte mode, error correction level M, versions 1 to 10 (up
// to 213 bytes: a hall address and a token need about 70); the mask is
// chosen by the standard's penalty rules. Works offline, no library.

// Level M per version: [EC codewords per block, [blocks, data codewords]...]
const BLOCKS = [null,
  [10, [1, 16]], [16, [1, 28]], [26, [1, 44]], [18, [2, 32]], [24, [2, 43]],
  [16, [4, 27]], [18, [4, 31]], [22, [2, 38], [2, 39]], [22, [3, 36], [2, 37]], [26, [4, 43], [1, 44]]];
const ALIGN = [null, [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50]];

// GF(256) with the polynomial x^8 + x^4 + x^3 + x^2 + 1
const EXP = new Uint8Array(512);
const LOG = new Uint8Array(256);
for (let i = 0, x = 1; i < 255; i++) {
  EXP[i] = x;
  LOG[x] = i;
  x <<= 1;
  if (x & 0x100) x ^= 0x11d;
}
for (let i = 255; i < 512; i++) EXP[i] = EXP[i - 255];
const mul = (a, b) => (a && b ? EXP[LOG[a] + LOG[b]] : 0);

// The n error correction codewords of data (remainder of the division by
// the generator polynomial of degree n).
function ecc(data, n) {
  let gen = [1];
  for (let i = 0; i < n; i++) {
    const next = new Array(gen.length + 1).fill(0);
    for (let j = 0; j < gen.length; j++) {
      next[j] ^= gen[j];
      next[j + 1] ^= mul(gen[j], EXP[i]);
    }
    gen = next;
  }
  const rest = new Array(n).fill(0);
  for (const d of data) {
    const f = d ^ rest.shift();
    rest.push(0);
    for (let j = 0; j < n; j++) rest[j] ^= mul(gen[j + 1], f);
  }
  return rest;
}

const dataCount = (v) => BLOCKS[v].slice(1).reduce((s, [n, k]) => s + n * k, 0);

// The codewords of text at the smallest version that holds it, data and
// error correction interleaved by block.
function codewords(bytes) {
  let v = 1;
  while (v <= 10 && 4 + (v < 10 ? 8 : 16) + 8 * bytes.length > 8 * dataCount(v)) v++;
  if (v > 10) throw new RangeError('text too long for a QR code here');
  const bits = [];
  const put = (value, len) => { for (let i = len - 1; i >= 0; i--) bits.push((value >>> i) & 1); };
  put(4, 4);
  put(bytes.length, v < 10 ? 8 : 16);
  for (const b of bytes) put(b, 8);
  const capacity = 8 * dataCount(v);
  put(0, Math.min(4, capacity - bits.length));
  while (bits.length % 8) bits.push(0);
  const data = [];
  for (let i = 0; i < bits.length; i += 8) data.push(bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0));
  for (let pad = 0xec; data.length < capacity / 8; pad ^= 0xec ^ 0x11) data.push(pad);

  const [n, ...groups] = BLOCKS[v];
  const blocks = [];
  let at = 0;
  for (const [count, k] of groups) {
    for (let i = 0; i < count; i++) {
      const d = data.slice(at, at + k);
      at += k;
      blocks.push({ d, e: ecc(d, n) });
    }
  }
  const out = [];
  const longest = Math.max(...blocks.map((b) => b.d.length));
  for (let i = 0; i < longest; i++) for (const b of blocks) if (i < b.d.length) out.push(b.d[i]);
  for (let i = 0; i < n; i++) for (const b of blocks) out.push(b.e[i]);
  return { v, out };
}

// BCH code of value (its bits) with the generator poly of degree deg.
function bch(value, poly, deg) {
  let r = value << deg;
  const top = 31 - Math.clz32(poly);
  while (31 - Math.clz32(r) >= top) r ^= poly << (31 - Math.clz32(r) - top);
  return (value << deg) | r;
}

const MASKS = [
  (r, c) => (r + c) % 2 === 0, (r) => r % 2 === 0, (r, c) => c % 3 === 0, (r, c) => (r + c) % 3 === 0,
  (r, c) => (Math.floor(r / 2) + Math.floor(c / 3)) % 2 === 0, (r, c) => ((r * c) % 2) + ((r * c) % 3) === 0,
  (r, c) => (((r * c) % 2) + ((r * c) % 3)) % 2 === 0, (r, c) => (((r + c) % 2) + ((r * c) % 3)) % 2 === 0,
];

// The fixed patterns of version v; `fixed` marks the modules data may not use.
function base(v) {
  const size = 17 + 4 * v;
  const dark = Array.from({ length: size }, () => new Array(size).fill(false));
  const fixed = Array.from({ length: size }, () => new Array(size).fill(false));
  const set = (r, c, on) => { dark[r][c] = on; fixed[r][c] = true; };
  for (const [r0, c0] of [[0, 0], [0, size - 7], [size - 7, 0]]) {
    for (let r = -1; r <= 7; r++) {
      for (let c = -1; c <= 7; c++) {
        const rr = r0 + r, cc = c0 + c;
        if (rr < 0 || cc < 0 || rr >= size || cc >= size) continue;
        const ring = Math.max(Math.abs(r - 3), Math.abs(c - 3));
        set(rr, cc, ring !== 2 && ring !== 4);
      }
    }
  }
  for (let i = 8; i < size - 8; i++) { set(6, i, i % 2 === 0); set(i, 6, i % 2 === 0); }
  const last = ALIGN[v].length - 1;
  ALIGN[v].forEach((r, i) => {
    ALIGN[v].forEach((c, j) => {
      if ((i === 0 && (j === 0 || j === last)) || (i === last && j === 0)) return; // a finder's corner
      for (let dr = -2; dr <= 2; dr++) for (let dc = -2; dc <= 2; dc++) set(r + dr, c + dc, Math.max(Math.abs(dr), Math.abs(dc)) !== 1);
    });
  });
  set(size - 8, 8, true); // the dark module
  // room for the format (and version) information, filled in later
  for (let i = 0; i < 9; i++) { fixed[8][i] = true; fixed[i][8] = true; }
  for (let i = 0; i < 8; i++) { fixed[8][size - 1 - i] = true; fixed[size - 1 - i][8] = true; }
  if (v >= 7) {
    const info = bch(v, 0x1f25, 12);
    for (let i = 0; i < 18; i++) {
      const on = ((info >>> i) & 1) === 1;
      const a = Math.floor(i / 3), b = size - 11 + (i % 3);
      set(a, b, on);
      set(b, a, on);
    }
  }
  return { size, dark, fixed };
}

function placeFormat(dark, size, mask) {
  const info = bch(mask, 0x537, 10) ^ 0x5412; // level M is 00
  const bit = (i) => ((info >>> i) & 1) === 1;
  for (let i = 0; i < 15; i++) {
    // around the top-left finder
    if (i < 6) dark[i][8] = bit(i);
    else if (i < 8) dark[i + 1][8] = bit(i);
    else dark[8][14 - i + (i === 8 ? 1 : 0)] = bit(i);
    // beside the other two
    if (i < 8) dark[8][size - 1 - i] = bit(i);
    else dark[size - 15 + i][8] = bit(i);
  }
  dark[size - 8][8] = true;
}

function penalty(dark, size) {
  let score = 0;
  const line = (get) => {
    let run = 1;
    for (let i = 1; i <= size; i++) {
      if (i < size && get(i) === get(i - 1)) { run++; continue; }
      if (run >= 5) score += run - 2;
      run = 1;
    }
    for (let i = 0; i + 11 <= size; i++) {
      const p = [];
      for (let k = 0; k < 11; k++) p.push(get(i + k) ? 1 : 0);
      const s = p.join('');
      if (s === '10111010000' || s === '00001011101') score += 40;
    }
  };
  for (let r = 0; r < size; r++) line((c) => dark[r][c]);
  for (let c = 0; c < size; c++) line((r) => dark[r][c]);
  let count = 0;
  for (let r = 0; r < size; r++) {
    for (let c = 0; c < size; c++) {
      if (dark[r][c]) count++;
      if (r + 1 < size && c + 1 < size) {
        const x = dark[r][c];
        if (dark[r][c + 1] === x && dark[r + 1][c] === x && dark[r + 1][c + 1] === x) score += 3;
      }
    }
  }
  score += 10 * Math.floor(Math.abs(count * 20 - size * size * 10) / (size * size));
  return score;
}

// The modules of text's QR code: an array of rows of booleans (true = dark),
// without the quiet zone.
export function qrMatrix(text, forceMask) {
  const bytes = new TextEncoder().encode(text);
  const { v, out } = codewords(bytes);
  const { size, dark, fixed } = base(v);
  // data in two-column strips from the bottom right, up and down in turn
  let i = 0;
  const total = out.length * 8;
  for (let right = size - 1, up = true; right > 0; right -= 2, up = !up) {
    if (right === 6) right = 5;
    for (let k = 0; k < size; k++) {
      const r = up ? size - 1 - k : k;
      for (const c of [right, right - 1]) {
        if (fixed[r][c]) continue;
        dark[r][c] = i < total ? ((out[i >> 3] >>> (7 - (i & 7))) & 1) === 1 : false;
        i++;
      }
    }
  }
  let best = null;
  for (let m = 0; m < 8; m++) {
    if (forceMask !== undefined && m !== forceMask) continue;
    const d = dark.map((row, r) => row.map((on, c) => (fixed[r][c] ? on : on !== MASKS[m](r, c))));
    placeFormat(d, size, m);
    const p = penalty(d, size);
    if (!best || p < best.p) best = { d, p };
  }
  return best.d;
}

// An <svg> of text's QR code with its quiet zone, `label` its accessible name.
export function qrSvg(text, label) {
  const m = qrMatrix(text);
  const n = m.length + 8;
  const NS = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', `0 0 ${n} ${n}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('shape-rendering', 'crispEdges');
  svg.setAttribute('class', 'qr');
  const bg = document.createElementNS(NS, 'rect');
  bg.setAttribute('width', n);
  bg.setAttribute('height', n);
  bg.setAttribute('fill', '#fff');
  let d = '';
  m.forEach((row, r) => row.forEach((on, c) => { if (on) d += `M${c + 4} ${r + 4}h1v1h-1z`; }));
  const path = document.createElementNS(NS, 'path');
  path.setAttribute('d', d);
  path.setAttribute('fill', '#000');
  svg.append(bg, path);
  return svg;
}
