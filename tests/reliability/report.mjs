// report.mjs - writes one test's figures into its own section of
// docs/reliability.md, between <!-- NAME:begin --> and <!-- NAME:end -->,
// leaving the rest of the page as it is. Used by the reliability scripts
// and, when MPP_REPORT names the page, by the tests of the suite.
import { readFileSync, writeFileSync, existsSync } from 'node:fs';

// Replaces (or appends) the section `name` of the markdown file `file`.
export function reportSection(file, name, markdown) {
  const begin = `<!-- ${name}:begin -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${begin}\n${markdown.trim()}\n${end}`;
  let text = existsSync(file) ? readFileSync(file, 'utf8') : '# Reliability\n';
  const a = text.indexOf(begin);
  const b = text.indexOf(end);
  if (a >= 0 && b > a) text = text.slice(0, a) + block + text.slice(b + end.length);
  else text = text.trimEnd() + '\n\n' + block + '\n';
  writeFileSync(file, text);
}

// The machine a figure was measured on, in one line.
export async function machine() {
  const os = await import('node:os');
  return `${os.cpus().length} x ${os.cpus()[0]?.model?.trim() || 'cpu'}, ` +
    `${Math.round(os.totalmem() / 2 ** 30)} GiB, Linux ${os.release()}`;
}
