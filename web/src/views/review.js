// The review queue: confirm or reject claims, merge or split entities; every action is audited and can be undone.
import { clear, h } from '../dom.js';
import { get, post } from '../api.js';
import { claimCard } from '../evidence.js';
import { status } from '../status.js';

export async function reviewView(root) {
  const queue = h('div', { className: 'queue' });
  const history = h('div', { className: 'history' });
  const keep = h('input', { type: 'number', placeholder: 'keep entity id', id: 'merge-keep' });
  const merge = h('input', { type: 'number', placeholder: 'merge entity id', id: 'merge-merge' });
  const splitEntity = h('input', { type: 'number', placeholder: 'entity id', id: 'split-entity' });
  const splitName = h('input', { type: 'text', placeholder: 'new entity name', id: 'split-name' });
  const splitAliases = h('input', { type: 'text', placeholder: 'aliases to move, comma separated', id: 'split-aliases' });

  const act = async (path, body, done) => {
    try { const a = await post(path, body); status(`Done: ${a.summary}`); await refresh(); if (done) done(); } catch (e) { status(e.message, true); }
  };

  async function refresh() {
    let items, log;
    try { [items, log] = await Promise.all([get('/api/review/queue', { limit: 30 }), get('/api/review/history', { limit: 30 })]); } catch (e) {
      clear(queue).appendChild(h('p', { className: 'error' }, e.message)); return;
    }
    clear(queue).append(h('h2', {}, `Awaiting review (${items.length})`),
      ...items.map(c => h('div', { className: 'review-item' }, claimCard(c),
        h('div', { className: 'actions' },
          h('button', { className: 'confirm', onclick: () => act(`/api/review/claims/${c.id}`, { status: 'confirmed' }) }, 'Confirm'),
          h('button', { className: 'reject', onclick: () => act(`/api/review/claims/${c.id}`, { status: 'rejected' }) }, 'Reject')))));
    clear(history).append(h('h2', {}, 'Audit trail'),
      h('table', { className: 'audit' }, h('tbody', {}, log.map(a => h('tr', { className: a.undoneBy ? 'undone' : '' },
        h('td', {}, a.at.replace('T', ' ').slice(0, 19)), h('td', {}, a.kind), h('td', {}, a.summary), h('td', {}, a.actor),
        h('td', {}, a.undoneBy ? `undone by #${a.undoneBy}` : a.kind === 'undo' ? '' : h('button', { onclick: () => act(`/api/review/undo/${a.id}`) }, 'Undo')))))));
  }

  root.appendChild(h('div', { className: 'page review-page' },
    h('h1', {}, 'Review'),
    h('p', { className: 'muted' }, 'Writes need the token (top right).'),
    h('div', { className: 'forms' },
      h('fieldset', {}, h('legend', {}, 'Merge entities'), keep, merge,
        h('button', { onclick: () => act('/api/review/merge', { keep: Number(keep.value), merge: Number(merge.value) }) }, 'Merge')),
      h('fieldset', {}, h('legend', {}, 'Split an entity'), splitEntity, splitName, splitAliases,
        h('button', { onclick: () => act('/api/review/split', { entity: Number(splitEntity.value), name: splitName.value, aliases: splitAliases.value.split(',').map(s => s.trim()).filter(Boolean) }) }, 'Split'))),
    h('div', { className: 'review-columns' }, queue, history)));
  await refresh();
}
