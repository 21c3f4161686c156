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
    const { removed, result: r } = await get('/api/analyses/whatif', { remove: [...chosen.keys()].join(',') });
    const link = (id, name) => entityLink({ id, name, type: '' });
    clear(results).append(
      h('h2', {}, 'Removing ', removed.map((e, i) => [i ? ', ' : '', entityLink(e)])),
      h('p', { className: 'fragmentation' }, `Components: ${r.componentsBefore} → ${r.componentsAfter}; largest: ${r.largestBefore} → ${r.largestAfter} actors; fragmentation ${r.fragmentationBefore.toFixed(3)} → ${r.fragmentationAfter.toFixed(3)}`),
      h('h3', {}, `Lose their only source (${r.lostOnlySource.length})`),
      r.lostOnlySource.length
        ? h('table', { className: 'losses' },
          h('thead', {}, h('tr', {}, h('th', {}, 'Actor'), h('th', {}, 'Loses'), h('th', {}, 'Only from'))),
          h('tbody', {}, r.lostOnlySource.map(l => h('tr', { className: 'only' }, h('td', {}, link(l.entityId, l.name)), h('td', {}, l.relation), h('td', {}, l.lostSuppliers.join(', '))))))
        : h('p', { className: 'muted' }, 'Nobody loses their only source.'),
      h('h3', {}, 'What is left'),
      h('ol', { className: 'components' }, r.componentsAfterRemoval.slice(0, 8).map(c => h('li', {}, `${c.length} actor(s): ${c.slice(0, 12).join(', ')}${c.length > 12 ? ', …' : ''}`))),
      h('h3', {}, 'Key players (fragmentation if removed alone)'),
      h('ol', {}, r.keyPlayers.map(k => h('li', {}, link(k.entityId, k.name), ` fragmentation ${k.fragmentation.toFixed(3)}, ${k.components} components, cuts off ${k.dependentsCutOff} lifeline(s)`))));
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
