// End-to-end test of the workbench in Debian's Chromium, driven by playwright-core.
//   node web/e2e/run.mjs            (from the repository root; needs chromium and web/node_modules: scripts/test-deps.sh)
// Builds the CLI, ingests the seed articles into a fresh store, starts `nexus serve`, uploads a hostile
// article through the API, then drives the UI: graph, an actor's evidence, the time slider, a what-if,
// the review queue, and proves the hostile article runs no script. Screenshots go to artifacts/screenshots/.
import { chromium } from 'playwright-core';
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const seeds = process.env.NEXUS_SEEDS || resolve(root, '../shared/seeds');
const shots = resolve(root, process.env.NEXUS_SCREENSHOTS || 'artifacts/screenshots');
const browserPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const token = 'e2e-token-' + Math.random().toString(36).slice(2);
const results = [];
let server;

const check = (name, ok, detail = '') => { results.push({ name, ok: !!ok }); console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ' — ' + detail : ''}`); };

function freePort() {
  return new Promise((res, rej) => { const s = createServer(); s.once('error', rej); s.listen(0, '127.0.0.1', () => { const p = s.address().port; s.close(() => res(p)); }); });
}

async function waitFor(url, ms = 60000) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    try { const r = await fetch(url); if (r.ok) return; } catch { /* not up yet */ }
    await new Promise(r => setTimeout(r, 250));
  }
  throw new Error(`server did not answer at ${url}`);
}

async function main() {
  mkdirSync(shots, { recursive: true });
  if (!existsSync(browserPath)) throw new Error(`no browser at ${browserPath} (apt-get install -y chromium)`);
  console.log('building the CLI (Release)…');
  execFileSync('dotnet', ['build', join(root, 'src/Nexus.Cli/Nexus.Cli.csproj'), '-c', 'Release', '-nologo', '-v', 'quiet'], { stdio: 'inherit' });
  const nexus = join(root, 'src/Nexus.Cli/bin/Release/net10.0/nexus.dll');
  const work = mkdtempSync(join(tmpdir(), 'nexus-e2e-'));
  const db = join(work, 'e2e.db');
  execFileSync('dotnet', [nexus, 'ingest', '--db', db, seeds], { stdio: 'inherit' });

  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  server = spawn('dotnet', [nexus, 'serve', '--db', db, '--urls', base], { env: { ...process.env, NEXUS_TOKEN: token }, stdio: ['ignore', 'inherit', 'inherit'] });
  await waitFor(`${base}/api/analyses`);

  // The hostile article goes in through the API, as plain text, so its markup is kept verbatim.
  const hostileText = readFileSync(join(root, 'web/e2e/hostile.txt'), 'utf8');
  const denied = await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'text/plain' }, body: hostileText });
  check('ingest without the token is refused (401)', denied.status === 401, `got ${denied.status}`);
  const ingest = await fetch(`${base}/api/ingest`, { method: 'POST', headers: { 'Content-Type': 'text/plain', Authorization: `Bearer ${token}` }, body: hostileText });
  const report = await ingest.json();
  check('ingest with the token stores the hostile article', ingest.ok && report.ingested.length === 1, JSON.stringify(report));
  const hostileId = report.ingested[0]?.articleId;

  const browser = await chromium.launch({
    executablePath: browserPath,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  const page = await browser.newPage({ viewport: { width: 1500, height: 900 } });
  const dialogs = [], cspViolations = [], pageErrors = [];
  page.on('dialog', d => { dialogs.push(d.message()); d.dismiss().catch(() => {}); });
  page.on('console', m => { if (/Content Security Policy|Refused to/i.test(m.text())) cspViolations.push(m.text()); });
  page.on('pageerror', e => pageErrors.push(String(e)));

  // 1. The graph.
  await page.goto(`${base}/#/graph`);
  await page.waitForFunction(() => window.__nexusGraph && window.__nexusGraph.nodes(':visible').length > 0, null, { timeout: 30000 });
  const nodeCount = await page.evaluate(() => window.__nexusGraph.nodes(':visible').length);
  check('graph shows actors', nodeCount > 0, `${nodeCount} nodes`);
  await page.screenshot({ path: join(shots, '01-graph.png') });

  // 2. Click the most central actor and see its evidence.
  const target = await page.evaluate(() => {
    const cy = window.__nexusGraph;
    const node = cy.nodes(':visible').sort((a, b) => b.data('centrality') - a.data('centrality'))[0];
    const box = cy.container().getBoundingClientRect();
    const p = node.renderedPosition();
    return { x: box.left + p.x, y: box.top + p.y, name: node.data('name'), id: node.data('entityId') };
  });
  await page.mouse.click(target.x, target.y);
  await page.waitForSelector('#details .claim blockquote mark', { timeout: 15000 });
  const detailTitle = await page.textContent('#details h1');
  check('clicking an actor shows its evidence', detailTitle.includes(target.name), `${target.name}: ${await page.locator('#details .claim').count()} claims`);
  await page.screenshot({ path: join(shots, '02-actor-evidence.png') });

  // 3. The time slider: back to the start, the network is smaller; to the end, whole again.
  const fullEdges = await page.evaluate(() => window.__nexusGraph.edges(':visible').length);
  const slider = page.locator('#time-slider');
  await slider.focus();
  await page.keyboard.press('Home');
  await page.waitForFunction(() => document.getElementById('as-of').textContent !== 'all time', null, { timeout: 10000 });
  await page.waitForTimeout(600);
  const earlyEdges = await page.evaluate(() => window.__nexusGraph.edges(':visible').length);
  const asOf = await page.textContent('#as-of');
  check('time slider replays an earlier network', earlyEdges < fullEdges || fullEdges === 0, `as of ${asOf}: ${earlyEdges} of ${fullEdges} ties`);
  await page.screenshot({ path: join(shots, '03-time-slider-start.png') });
  await page.keyboard.press('End');
  await page.waitForFunction(() => document.getElementById('as-of').textContent === 'all time', null, { timeout: 10000 });
  await page.waitForTimeout(600);
  const againEdges = await page.evaluate(() => window.__nexusGraph.edges(':visible').length);
  check('time slider back to the end restores the network', againEdges === fullEdges, `${againEdges} ties`);

  // 4. Filters: only contested ties.
  await page.selectOption('#contested', 'only');
  await page.waitForTimeout(600);
  const contestedShown = await page.evaluate(() => window.__nexusGraph.edges(':visible').map(e => e.data('status')));
  check('contested filter shows only contested ties', contestedShown.every(s => s === 'contested'), `${contestedShown.length} contested`);
  await page.selectOption('#contested', 'include');

  // 5. What-if: remove the central actor.
  await page.goto(`${base}/#/whatif/${target.id}`);
  await page.waitForSelector('.whatif-results h2', { timeout: 15000 });
  const whatIf = await page.textContent('.whatif-results');
  check('what-if runs and reports fragmentation', /Components: \d+ → \d+/.test(whatIf), whatIf.slice(0, 120).replace(/\s+/g, ' '));
  await page.screenshot({ path: join(shots, '04-whatif.png'), fullPage: true });

  // 5b. The analyses page: brokers and rifts as tables.
  await page.goto(`${base}/#/analyses/brokers`);
  await page.waitForSelector('.analysis-body table', { timeout: 30000 });
  check('analyses page shows brokers', await page.locator('.analysis-body tbody tr').count() > 0);
  await page.screenshot({ path: join(shots, '04b-analyses-brokers.png') });

  // 5c. Timeline of events and story threads, newest first.
  await page.goto(`${base}/#/timeline`);
  await page.waitForSelector('.timeline-page .threads h1', { timeout: 30000 });
  const threadCount = await page.locator('.timeline-page .thread').count();
  const eventCount = await page.locator('.timeline-page .event').count();
  check('timeline page shows story threads and events', threadCount > 0 && eventCount > 0, `${threadCount} threads, ${eventCount} events`);
  await page.screenshot({ path: join(shots, '04c-timeline.png') });

  // 6. The entity page.
  await page.goto(`${base}/#/entity/${target.id}`);
  await page.waitForSelector('.entity-page .relation-group', { timeout: 15000 });
  check('entity page groups claims by relation', await page.locator('.entity-page .relation-group').count() > 0);
  await page.screenshot({ path: join(shots, '05-entity.png') });

  // 6b. The article reader: a seed article with its mentions highlighted and linked to their entities.
  await page.goto(`${base}/#/article/1`);
  await page.waitForSelector('.article-text a.mention', { timeout: 15000 });
  const mentionCount = await page.locator('.article-text a.mention').count();
  const mention = page.locator('.article-text a.mention').first();
  const mentionText = (await mention.textContent()).trim();
  await page.screenshot({ path: join(shots, '05b-article-reader.png') });
  await mention.click();
  await page.waitForSelector('.entity-page h1', { timeout: 15000 });
  check('article reader links highlighted mentions to their entities', mentionCount > 0 && page.url().includes('#/entity/'),
    `${mentionCount} mentions; '${mentionText}' opened ${(await page.textContent('.entity-page h1')).trim()}`);

  // 7. The hostile article: shown as text, nothing runs.
  await page.goto(`${base}/#/article/${hostileId}`);
  await page.waitForSelector('.article-text p', { timeout: 15000 });
  await page.waitForTimeout(800);
  const shownText = await page.textContent('.article-text');
  check('hostile markup is displayed as text', shownText.includes('<script>') && shownText.includes('onerror=') && shownText.includes('javascript:'));
  const injected = await page.evaluate(() => ({
    pwned: window.__pwned ?? null,
    scripts: document.querySelectorAll('script').length,
    imgs: document.querySelectorAll('img, svg:not(.icon), iframe').length,
    jsLinks: [...document.querySelectorAll('a')].filter(a => /^\s*javascript:/i.test(a.getAttribute('href') || '')).length,
    hidden: getComputedStyle(document.body).display,
  }));
  check('no script ran from the hostile article', injected.pwned === null && dialogs.length === 0, JSON.stringify({ pwned: injected.pwned, dialogs }));
  check('no element was injected (script/img/svg/iframe/javascript: link)', injected.scripts === 1 && injected.imgs === 0 && injected.jsLinks === 0, JSON.stringify(injected));
  check('hostile <style> had no effect', injected.hidden !== 'none');
  await page.screenshot({ path: join(shots, '06-hostile-article.png'), fullPage: true });

  // 8. Search as you type, including hostile names.
  await page.fill('#search', 'iron');
  await page.waitForTimeout(700);
  check('search as you type lists matches', await page.locator('#search-results li').count() > 0);
  await page.screenshot({ path: join(shots, '07-search.png') });
  await page.keyboard.press('Escape');

  // 9. Review: with the token, confirm a claim; it appears in the audit trail and can be undone.
  await page.fill('#token', token);
  await page.dispatchEvent('#token', 'change');
  await page.goto(`${base}/#/review`);
  await page.waitForSelector('.review-item button.confirm', { timeout: 15000 });
  await page.click('.review-item button.confirm');
  await page.waitForSelector('.audit tr', { timeout: 10000 });
  check('review confirms a claim and audits it', (await page.textContent('.audit')).includes('confirmed'));
  await page.click('.audit button');
  await page.waitForFunction(() => document.querySelector('.audit')?.textContent.includes('undid'), null, { timeout: 10000 });
  check('the review action can be undone', true);
  await page.screenshot({ path: join(shots, '08-review.png') });

  // 10. Merge two entities from the review form; the audit trail records it and it can be undone.
  const entities = (await (await fetch(`${base}/api/entities?limit=2`)).json());
  const [keepId, mergeId] = (entities.items ?? entities).slice(0, 2).map(e => e.id ?? e.entity?.id);
  await page.fill('#merge-keep', String(keepId));
  await page.fill('#merge-merge', String(mergeId));
  await page.click('fieldset:has(#merge-keep) button');
  await page.waitForFunction(() => document.querySelector('.audit')?.textContent.includes('merged'), null, { timeout: 10000 });
  const merged = await (await fetch(`${base}/api/entities/${mergeId}`)).status;
  await page.click('.audit tr:first-child button');
  await page.waitForFunction(() => document.querySelector('.audit tr:first-child')?.textContent.includes('undid'), null, { timeout: 10000 });
  const restored = await (await fetch(`${base}/api/entities/${mergeId}`)).status;
  check('merge from the review form is audited and undone', merged === 404 && restored === 200, `entity ${mergeId} into ${keepId}: ${merged} after merge, ${restored} after undo`);
  await page.screenshot({ path: join(shots, '09-merge.png') });

  check('no Content-Security-Policy violations or page errors', cspViolations.length === 0 && pageErrors.length === 0, JSON.stringify({ cspViolations, pageErrors }).slice(0, 400));
  await browser.close();
  rmSync(work, { recursive: true, force: true });
}

try {
  await main();
} catch (e) {
  check('e2e run completed', false, e.stack || String(e));
} finally {
  if (server) server.kill('SIGTERM');
}
const failed = results.filter(r => !r.ok).length;
console.log(`screenshots in ${shots}`);
console.log(`${results.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
