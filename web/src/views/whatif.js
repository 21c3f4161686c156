// What-if: remove actors and see who loses funds, arms, shelter or sponsorship, and how the
// network fragments; key players ranked by how many lifelines they alone provide.
import { clear, h, debounce } from '../dom.js';
import { get } from '../api.js';
import { entityLink } from '../evidence.js';
import { status } from '../status.js';

export async function whatIfView(root, preselected) {
  const chosen = new Map();
  const chips = h('div', { className: 'chips' });
  const results = h('div', { className: 'whatif-results' });
  const input = h('input', { type: 'search', placeholder: 'Add an actor to remove…', id: 'whatif-search' });
  const suggestions = h('ul', { className: 'dropdown inline' });
  const runButton = h('button', { id: 'whatif-run', onclick: run }, 'Run what-if');

  function renderChips() {
    clear(chips);
    for (const [id, e] of chosen) chips.appendChild(h('span', { className: 'chip' }, e.name,
      h('button', { className: 'x', title: 'remove', onclick: () => { chosen.delete(id); renderChips(); } }, '×')));
  }
  const suggest = debounce(async () => {
    clear(suggestions);
    const q = input.value.trim();
    if (!q) return;
    for (const e of await get('/api/search', { q, limit: 8 }))
      suggestions.appendChild(h('li', {}, h('button', { className: 'link', onclick: () => { chosen.set(e.id, e); renderChips(); input.value = ''; clear(suggestions); } }, e.name, h('small', { className: 'muted' }, ` ${e.type}`))));
  }, 150);
  input.addEventListener('input', suggest);

  async function run() {
    if (chosen.size === 0) { status('Choose at least one actor to remove', true); return; }
    clear(results).appendChild(h('p', { className: 'muted' }, 'Running…'));
    const r = await get('/api/analyses/whatif', { remove: [...chosen.keys()].join(',') });
    const only = r.losses.filter(l => l.onlySource);
    const partial = r.losses.filter(l => !l.onlySource);
    clear(results).append(
      h('h2', {}, 'Removing ', r.removed.map((e, i) => [i ? ', ' : '', entityLink(e)])),
      h('p', { className: 'fragmentation' }, `Components: ${r.fragmentation.componentsBefore} → ${r.fragmentation.componentsAfter}; largest: ${r.fragmentation.largestBefore} → ${r.fragmentation.largestAfter} actors`),
      h('h3', {}, `Lose their only source (${only.length})`),
      only.length ? lossTable(only) : h('p', { className: 'muted' }, 'Nobody loses their only source.'),
      h('h3', {}, `Lose one of several sources (${partial.length})`),
      partial.length ? lossTable(partial) : h('p', { className: 'muted' }, 'None.'),
      h('h3', {}, 'Key players'),
      h('ol', {}, r.keyPlayers.map(k => h('li', {}, entityLink(k.entity), ` cuts off ${k.dependentsCutOff} lifeline(s)`))));
  }

  root.appendChild(h('div', { className: 'page whatif-page' },
    h('h1', {}, 'What if…'),
    h('p', { className: 'muted' }, 'Remove actors and see who loses sponsorship, funds, arms, training, shelter or direction.'),
    h('div', { className: 'picker' }, input, suggestions), chips, runButton, results));

  if (preselected) {
    const e = await get(`/api/entities/${encodeURIComponent(preselected)}`).catch(() => null);
    if (e) { chosen.set(e.entity.id, e.entity); renderChips(); await run(); }
  }
}

function lossTable(losses) {
  return h('table', { className: 'losses' },
    h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Loses'), h('th', {}, 'From'), h('th', {}, 'Still has'))),
    h('tbody', {}, losses.map(l => h('tr', { className: l.onlySource ? 'only' : '' },
      h('td', {}, entityLink(l.entity)), h('td', {}, l.relation),
      h('td', {}, l.lostFrom.map((e, i) => [i ? ', ' : '', entityLink(e)])),
      h('td', {}, l.remaining.length ? l.remaining.map((e, i) => [i ? ', ' : '', entityLink(e)]) : '—')))));
}
