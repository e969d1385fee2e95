// charts.js - small SVG charts drawn by hand, no library: vertical bars
// (tickets per hour), horizontal bars with an optional marker (a median
// against its standard, a share within the standard). SVG presentation
// attributes and classes only, so the page's CSP (no inline styles) holds;
// colours come from reports.css.
const NS = 'http://www.w3.org/2000/svg';

function svg(tag, attrs = {}, text) {
  const e = document.createElementNS(NS, tag);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  if (text !== undefined) e.textContent = text;
  return e;
}

// A "nice" upper bound for an axis: 1, 2 or 5 times a power of ten.
export function niceMax(v) {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v) return m * p;
  return 10 * p;
}

// Vertical bars: labels[i] under values[i]. opts.title (the SVG's
// accessible name), opts.highlight (index of a bar drawn in the accent
// class), opts.format (value -> text on hover).
export function barChart(labels, values, opts = {}) {
  const W = 640, H = 220, L = 40, B = 24, T = 10, R = 8;
  const max = niceMax(Math.max(0, ...values));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart bars' });
  root.append(svg('title', {}, opts.title || ''));
  const plotH = H - B - T, step = (W - L - R) / Math.max(1, values.length);
  for (const f of [0, 0.5, 1]) {
    const y = T + plotH * (1 - f);
    root.append(svg('line', { x1: L, x2: W - R, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: L - 4, y: y + 4, 'text-anchor': 'end', class: 'axis' }, String(Math.round(max * f))));
  }
  values.forEach((v, i) => {
    const h = plotH * (v / max);
    const bar = svg('rect', { x: L + i * step + 1, y: T + plotH - h, width: Math.max(1, step - 2), height: h,
      class: i === opts.highlight ? 'bar accent' : 'bar' });
    bar.append(svg('title', {}, `${labels[i]}: ${opts.format ? opts.format(v) : v}`));
    root.append(bar);
    if (values.length <= 24 || i % Math.ceil(values.length / 24) === 0)
      root.append(svg('text', { x: L + i * step + step / 2, y: H - 8, 'text-anchor': 'middle', class: 'axis' }, labels[i]));
  });
  return root;
}

// Horizontal bars, one row per item {label, value, marker}: value drawn as
// a bar, marker (optional) as a tick across it; opts.max fixes the scale
// (1 for shares), opts.format writes the value at the bar's end.
export function hbarChart(items, opts = {}) {
  const rowH = 22, L = 190, R = 70, W = 640, T = 6;
  const H = T * 2 + rowH * Math.max(1, items.length);
  const max = opts.max ?? niceMax(Math.max(0, ...items.map((x) => Math.max(x.value ?? 0, x.marker ?? 0))));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, role: 'img', class: 'chart hbars' });
  root.append(svg('title', {}, opts.title || ''));
  const span = W - L - R;
  items.forEach((x, i) => {
    const y = T + i * rowH;
    const label = x.label.length > 28 ? x.label.slice(0, 27) + '…' : x.label;
    root.append(svg('text', { x: L - 6, y: y + rowH / 2 + 4, 'text-anchor': 'end', class: 'label' }, label));
    if (x.value === null || x.value === undefined) {
      root.append(svg('text', { x: L + 4, y: y + rowH / 2 + 4, class: 'axis' }, '–'));
      return;
    }
    const w = span * Math.min(1, x.value / max);
    const over = x.marker !== undefined && x.marker !== null && x.value > x.marker;
    const bar = svg('rect', { x: L, y: y + 4, width: Math.max(1, w), height: rowH - 8, class: over ? 'bar over' : 'bar' });
    bar.append(svg('title', {}, `${x.label}: ${opts.format ? opts.format(x.value) : x.value}`));
    root.append(bar);
    if (x.marker !== undefined && x.marker !== null) {
      const mx = L + span * Math.min(1, x.marker / max);
      root.append(svg('line', { x1: mx, x2: mx, y1: y + 1, y2: y + rowH - 1, class: 'marker' }));
    }
    root.append(svg('text', { x: L + w + 4, y: y + rowH / 2 + 4, class: 'value' }, opts.format ? opts.format(x.value) : String(x.value)));
  });
  return root;
}
