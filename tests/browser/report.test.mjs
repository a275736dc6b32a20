// Opens claimcheck's HTML report in a real browser (Debian's Chromium through playwright-core) and
// checks what a reader gets: counts, filters, selection, no network, no script from the articles,
// and no axe-core violations. Exit 0 pass, 1 fail, 77 skip (no Chromium or node_modules, unless CI=true).
//
//   node report.test.mjs --claimcheck BIN --source PROJECT_DIR --out WORK_DIR
import {spawnSync} from 'node:child_process';
import {copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync} from 'node:fs';
import {createRequire} from 'node:module';
import {tmpdir} from 'node:os';
import {join, relative, resolve, sep} from 'node:path';
import {fileURLToPath, pathToFileURL} from 'node:url';

const SKIP = 77;
const inCI = process.env.CI === 'true';

function option(name, fallback) {
  const at = process.argv.indexOf(name);
  return at >= 0 && at + 1 < process.argv.length ? process.argv[at + 1] : fallback;
}

const sourceDir = resolve(option('--source', fileURLToPath(new URL('../..', import.meta.url))));
const outDir = resolve(option('--out', join(tmpdir(), 'claimcheck-browser')));
const claimcheck = option('--claimcheck', process.env.CLAIMCHECK_BINARY || '');
const chromiumPath = process.env.CHROMIUM || '/usr/bin/chromium';

function skipOrFail(reason) {
  if (inCI) {
    console.error(`FAIL: ${reason} (CI=true, so this is not skipped)`);
    process.exit(1);
  }
  console.log(`SKIP: ${reason}`);
  process.exit(SKIP);
}

const require = createRequire(import.meta.url);
let chromium, axePath;
try {
  ({chromium} = require('playwright-core'));
  axePath = require.resolve('axe-core/axe.min.js');
} catch (error) {
  skipOrFail(`node_modules missing: run 'npm ci' in tests/browser (${error.code || error.message})`);
}
if (!existsSync(chromiumPath)) skipOrFail(`${chromiumPath} not found: apt-get install chromium`);
if (!claimcheck || !existsSync(claimcheck)) skipOrFail(`claimcheck binary not found: '${claimcheck}'`);

let failures = 0;
let passes = 0;
function check(condition, message) {
  if (condition) {
    passes += 1;
  } else {
    failures += 1;
    console.error(`  FAIL: ${message}`);
  }
}

// Runs `claimcheck check`; exit 0 and 1 are both reports (1 = a conflict was found).
function runCheck(rules, articles, html, json, extra = []) {
  // Run from the project folder with relative paths, so the page shows no machine's paths.
  const local = (path) => (path.startsWith(sourceDir + sep) ? relative(sourceDir, path) : path);
  const args = ['check', '--rules', local(rules), '--html', html, '--json', json, ...extra, ...articles.map(local)];
  const run = spawnSync(claimcheck, args, {encoding: 'utf8', cwd: sourceDir});
  if (run.status !== 0 && run.status !== 1) {
    throw new Error(`claimcheck ${args.join(' ')} exited ${run.status}: ${run.stderr}`);
  }
  return JSON.parse(readFileSync(json, 'utf8'));
}

// The report's counts, wherever the JSON format keeps its summary.
function summaryOf(report) {
  const found = [];
  (function walk(node) {
    if (!node || typeof node !== 'object') return;
    if (['agreement', 'omission', 'conflict'].every((k) => typeof node[k] === 'number')) found.push(node);
    Object.values(node).forEach(walk);
  })(report);
  return found[0];
}

function articlesIn(folder) {
  return readdirSync(folder)
    .filter((name) => /\.(txt|json)$/.test(name) && !name.endsWith('.rules.json') && name !== 'expected.json')
    .sort()
    .map((name) => join(folder, name));
}

// 500 number rules and three ~20 KB articles that state each figure (some differently).
function writeLargeCase(folder) {
  mkdirSync(folder, {recursive: true});
  const rules = [];
  for (let i = 0; i < 500; i++) {
    rules.push({
      id: `large.item-${i}`,
      claim: `How many gadgets of model ${i} were counted`,
      type: 'number',
      patterns: [`(?i)(?P<value>{{number}}) gadgets of model ${i}\\b`],
    });
  }
  writeFileSync(join(folder, 'large.rules.json'), JSON.stringify({rules}, null, 1));
  const articles = [];
  for (let a = 0; a < 3; a++) {
    const lines = [`Large generated article ${a}.`, ''];
    for (let i = 0; i < 500; i++) {
      if (a === 2 && i % 5 === 0) continue;  // omissions
      const figure = a === 1 && i % 7 === 0 ? 100 + i : 10 + i;  // conflicts
      lines.push(`Inspectors counted ${figure} gadgets of model ${i} on the shelf.`);
      if (i % 10 === 9) lines.push('');
    }
    const path = join(folder, `article-${a}.txt`);
    writeFileSync(path, lines.join('\n') + '\n');
    articles.push(path);
  }
  return {rules: join(folder, 'large.rules.json'), articles};
}

// The example's articles and --published dates, as its README's command gives them.
function exampleCommand(folder) {
  const readme = join(folder, 'README.md');
  if (!existsSync(readme)) return {articles: existsSync(folder) ? articlesIn(folder) : [], extra: []};
  const text = readFileSync(readme, 'utf8');
  const extra = [...text.matchAll(/--published\s+(\S+=\d{4}-\d{2}-\d{2})/g)].flatMap((m) => ['--published', m[1]]);
  const named = [...text.matchAll(/examples\/tokyo-mpd\/([\w.-]+\.(?:txt|json))/g)].map((m) => join(folder, m[1]));
  const articles = [...new Set(named)].filter((path) => existsSync(path));
  return {articles: articles.length >= 2 ? articles : articlesIn(folder), extra};
}

async function openReport(browser, file, options = {}) {
  const context = await browser.newContext({viewport: {width: 1500, height: 1000}, ...options});
  const offsite = [];
  const consoleErrors = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:')) return route.continue();
    offsite.push(url);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(String(error)));
  const started = performance.now();
  await page.goto(pathToFileURL(file).href, {waitUntil: 'load'});
  const loadMs = performance.now() - started;
  return {context, page, offsite, consoleErrors, loadMs};
}

const visibleStatuses = (page) =>
  page.$$eval('li.finding', (items) => items.filter((li) => !li.hidden).map((li) => li.dataset.status));

async function checkCounts(page, summary, label) {
  const shown = await page.$$eval('[data-count]', (spans) =>
    Object.fromEntries(spans.map((s) => [s.dataset.count, Number(s.textContent)])));
  const listed = await page.$$eval('li.finding', (items) => items.map((li) => li.dataset.status));
  for (const status of ['conflict', 'omission', 'agreement']) {
    check(shown[status] === summary[status], `${label}: ${status} count shown ${shown[status]}, report ${summary[status]}`);
    check(listed.filter((s) => s === status).length === summary[status], `${label}: ${status} findings listed`);
  }
  const total = summary.conflict + summary.omission + summary.agreement;
  check(shown.all === total, `${label}: total shown ${shown.all}, report ${total}`);
  // Conflicts first, then omissions, then agreements.
  const rank = {conflict: 0, omission: 1, agreement: 2};
  check(listed.every((s, i) => i === 0 || rank[listed[i - 1]] <= rank[s]), `${label}: findings are ordered by status`);
}

async function checkFilters(page, summary, label) {
  for (const status of ['conflict', 'omission', 'agreement']) {
    await page.click(`button[data-filter="${status}"]`);
    const visible = await visibleStatuses(page);
    check(visible.length === summary[status] && visible.every((s) => s === status),
      `${label}: filter ${status} shows ${visible.length} (${[...new Set(visible)]}), expected ${summary[status]}`);
    check(await page.getAttribute(`button[data-filter="${status}"]`, 'aria-pressed') === 'true',
      `${label}: filter ${status} is pressed`);
  }
  // From the keyboard: focus the All button and press Enter.
  await page.focus('button[data-filter="all"]');
  await page.keyboard.press('Enter');
  const total = summary.conflict + summary.omission + summary.agreement;
  check((await visibleStatuses(page)).length === total, `${label}: filter all shows every finding`);

  const ruleId = await page.$eval('li.finding .rule code', (code) => code.textContent).catch(() => null);
  if (ruleId) {
    await page.fill('#text-filter', ruleId.toUpperCase());
    const texts = await page.$$eval('li.finding', (items) =>
      items.filter((li) => !li.hidden).map((li) => li.textContent.toLowerCase()));
    check(texts.length >= 1 && texts.every((t) => t.includes(ruleId.toLowerCase())),
      `${label}: text filter '${ruleId}' shows ${texts.length} matching findings`);
    await page.fill('#text-filter', 'zz-no-finding-says-this-zz');
    check((await visibleStatuses(page)).length === 0, `${label}: text filter with no match hides all`);
    await page.fill('#text-filter', '');
    check((await visibleStatuses(page)).length === total, `${label}: clearing the text filter shows all`);
  }
}

// Selecting a finding marks its highlights and scrolls each article so that they are in view.
async function checkSelection(page, label) {
  const finding = await page.$('li.finding button.select');
  if (!finding) return;
  await finding.click();
  const result = await page.$eval('li.finding.selected', (li) => {
    const ids = li.dataset.claims.split(' ');
    const marks = [...document.querySelectorAll('mark.claim')].filter((m) =>
      m.dataset.claims.split(' ').some((id) => ids.includes(id)));
    const boxes = new Map();
    for (const mark of marks) {
      const box = mark.closest('.text');
      if (!boxes.has(box)) boxes.set(box, mark);
    }
    const inView = [...boxes].map(([box, mark]) => {
      const b = box.getBoundingClientRect();
      const m = mark.getBoundingClientRect();
      return m.top >= b.top - 1 && m.bottom <= b.bottom + 1;
    });
    return {marks: marks.length, selected: marks.filter((m) => m.classList.contains('selected')).length, inView};
  });
  check(result.marks > 0 && result.selected === result.marks,
    `${label}: selection marks ${result.selected} of ${result.marks} highlights`);
  check(result.inView.every(Boolean), `${label}: each article scrolled to its evidence (${result.inView})`);
  // An evidence link selects too and moves focus to the highlight.
  const link = await page.$('li.finding:last-of-type a.evidence');
  if (link) {
    const href = await link.getAttribute('href');
    await link.click();
    const focused = await page.evaluate(() => document.activeElement && document.activeElement.tagName);
    check(focused === 'MARK', `${label}: evidence link ${href} focuses its highlight (got ${focused})`);
  }
}

async function checkAxe(page, label) {
  await page.evaluate(readFileSync(axePath, 'utf8'));
  const results = await page.evaluate(() => window.axe.run(document, {resultTypes: ['violations']}));
  for (const violation of results.violations) {
    console.error(`  axe ${violation.id} (${violation.impact}): ${violation.help} — ${violation.nodes.length} nodes, e.g. ` +
      violation.nodes.slice(0, 2).map((n) => n.target.join(' ')).join(', '));
  }
  check(results.violations.length === 0, `${label}: axe-core violations: ${results.violations.map((v) => v.id)}`);
}

async function checkHostile(page, label) {
  const state = await page.evaluate(() => ({
    pwned: window.__claimcheckPwned,
    scripts: document.querySelectorAll('script').length,
    styles: document.querySelectorAll('style').length,
    foreign: document.querySelectorAll('img, iframe, svg, b, textarea, object, embed, form').length,
    handlers: [...document.querySelectorAll('*')].filter((el) =>
      [...el.attributes].some((a) => a.name.startsWith('on'))).length,
    outLinks: [...document.querySelectorAll('a[href]')].filter((a) => !a.getAttribute('href').startsWith('#')).length,
    bodyShown: getComputedStyle(document.body).display !== 'none',
    hasText: document.body.textContent.includes('<script>window.__claimcheckPwned'),
  }));
  check(state.pwned === undefined, `${label}: no script from the inputs ran (flag: ${state.pwned})`);
  check(state.scripts === 1 && state.styles === 1, `${label}: only the page's own script and style (${state.scripts}, ${state.styles})`);
  check(state.foreign === 0, `${label}: no element made from article text (${state.foreign})`);
  check(state.handlers === 0, `${label}: no event-handler attribute (${state.handlers})`);
  check(state.outLinks === 0, `${label}: every link stays in the page (${state.outLinks})`);
  check(state.bodyShown, `${label}: an injected style did not hide the page`);
  check(state.hasText, `${label}: hostile text is shown as text`);
  // Hover every highlight: titles are text, nothing runs.
  for (const mark of (await page.$$('mark.claim')).slice(0, 20)) await mark.hover();
  check(await page.evaluate(() => window.__claimcheckPwned) === undefined, `${label}: hovering ran nothing`);
}

// With scripts off every finding and the whole article text are still there.
async function checkWithoutScript(browser, file, label) {
  const {context, page} = await openReport(browser, file, {javaScriptEnabled: false});
  const hidden = await page.$$eval('li.finding', (items) => items.filter((li) => li.hidden).length);
  const marks = await page.$$eval('mark.claim', (items) => items.length);
  check(hidden === 0, `${label}: without scripts no finding is hidden`);
  check(marks > 0, `${label}: without scripts highlights are shown`);
  await context.close();
}

async function checkReport(browser, name, file, summary, {screenshot, docsScreenshot, hostile, timing} = {}) {
  console.log(`# ${name}: ${file}`);
  const {context, page, offsite, consoleErrors, loadMs} = await openReport(browser, file);
  if (timing) {
    const timings = await page.evaluate(() => {
      const [nav] = performance.getEntriesByType('navigation');
      return {domContentLoaded: Math.round(nav.domContentLoadedEventEnd), load: Math.round(nav.loadEventEnd)};
    });
    const size = readFileSync(file).length;
    console.log(`  load time: ${Math.round(loadMs)} ms to the load event (DOMContentLoaded ${timings.domContentLoaded} ms, ` +
      `load ${timings.load} ms), ${(size / 1024).toFixed(0)} KiB, ${await page.$$eval('mark', (m) => m.length)} highlights`);
    check(loadMs < 30000, `${name}: loads within a generous 30 s (${Math.round(loadMs)} ms)`);
  }
  if (screenshot) {
    // As a reader first sees it, with the first finding selected.
    const first = await page.$('li.finding button.select');
    if (first) await first.click();
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({path: screenshot, fullPage: false});
    console.log(`  screenshot: ${screenshot}`);
    // The committed screenshot is refreshed on request (or when missing), not on every run.
    if (docsScreenshot && (process.env.CLAIMCHECK_UPDATE_GOLDEN === '1' || !existsSync(docsScreenshot))) {
      copyFileSync(screenshot, docsScreenshot);
      console.log(`  screenshot copied to ${docsScreenshot}`);
    }
  }
  await checkCounts(page, summary, name);
  if (hostile) await checkHostile(page, name);
  await checkFilters(page, summary, name);
  await checkSelection(page, name);
  if (!timing) await checkAxe(page, name);
  check(offsite.length === 0, `${name}: no request left file: (${offsite.slice(0, 3)})`);
  check(consoleErrors.length === 0, `${name}: no console error (${consoleErrors.slice(0, 3).join(' | ')})`);
  await context.close();
  await checkWithoutScript(browser, file, name);
}

async function main() {
  mkdirSync(outDir, {recursive: true});
  const cases = [];
  const exampleDir = join(sourceDir, 'examples', 'tokyo-mpd');
  const rulesDir = join(sourceDir, 'rules');
  const example = exampleCommand(exampleDir);
  const hasRules = existsSync(rulesDir) && readdirSync(rulesDir).some((n) => n.endsWith('.rules.json'));
  if (example.articles.length >= 2 && hasRules) {
    cases.push({name: 'example', rules: rulesDir, articles: example.articles, extra: example.extra,
      options: {screenshot: join(outDir, 'example.png'), docsScreenshot: join(sourceDir, 'docs', 'report-screenshot.png')}});
  } else {
    console.log('# example: examples/tokyo-mpd or rules/ not there yet, not checked');
  }
  const hostileDir = join(sourceDir, 'tests', 'fixtures', 'hostile');
  cases.push({name: 'hostile', rules: join(hostileDir, 'hostile.rules.json'), articles: articlesIn(hostileDir),
    options: {hostile: true, screenshot: join(outDir, 'hostile.png')}});
  const large = writeLargeCase(join(outDir, 'large'));
  cases.push({name: 'large', rules: large.rules, articles: large.articles,
    options: {timing: true, screenshot: join(outDir, 'large.png')}});

  // launch() gives every run a fresh temporary profile (user data dir), removed on close.
  const browser = await chromium.launch({
    executablePath: chromiumPath, headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run'],
  });
  try {
    for (const c of cases) {
      const html = join(outDir, `${c.name}.html`);
      const report = runCheck(c.rules, c.articles, html, join(outDir, `${c.name}.json`), c.extra);
      await checkReport(browser, c.name, html, summaryOf(report), c.options);
    }
  } finally {
    await browser.close();
  }
  console.log(`${passes} passed, ${failures} failed`);
  process.exit(failures === 0 ? 0 : 1);
}

main().catch((error) => {
  console.error(`FAIL: ${error.stack || error}`);
  process.exit(1);
});
