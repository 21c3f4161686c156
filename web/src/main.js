import './style.css';
import { clear, h, debounce } from './dom.js';
import { get, setToken, token } from './api.js';
import { status } from './status.js';
import { graphView } from './views/graph.js';
import { entityView } from './views/entity.js';
import { articleView, articlesView } from './views/article.js';
import { timelineView } from './views/timeline.js';
import { whatIfView } from './views/whatif.js';
import { reviewView } from './views/review.js';
import { analysesView } from './views/analyses.js';

const routes = {
  graph: graphView,
  entity: entityView,
  article: articleView,
  articles: articlesView,
  timeline: timelineView,
  whatif: whatIfView,
  review: reviewView,
  analyses: analysesView,
};

const view = document.getElementById('view');
let disposeCurrent = null;

async function route() {
  const [name, arg] = (location.hash.replace(/^#\/?/, '') || 'graph').split('/');
  const render = routes[name] || graphView;
  for (const a of document.querySelectorAll('[data-nav]')) a.classList.toggle('active', a.dataset.nav === name);
  if (disposeCurrent) { try { disposeCurrent(); } catch { /* ignore */ } disposeCurrent = null; }
  clear(view);
  try {
    disposeCurrent = await render(view, decodeURIComponent(arg || '')) || null;
  } catch (e) {
    view.appendChild(h('p', { className: 'error' }, `Could not load: ${e.message}`));
  }
}

function setUpSearch() {
  const input = document.getElementById('search');
  const list = document.getElementById('search-results');
  const run = debounce(async () => {
    const q = input.value.trim();
    clear(list);
    if (!q) { list.hidden = true; return; }
    try {
      const found = await get('/api/search', { q, limit: 10 });
      for (const e of found) {
        const alias = e.aliases.find(a => a !== e.name && a.toLowerCase().includes(q.toLowerCase()));
        list.appendChild(h('li', {}, h('a', { href: `#/entity/${e.id}`, onclick: () => { list.hidden = true; } },
          h('span', { className: `dot type-${e.type}` }), e.name, alias ? h('small', {}, ` (${alias})`) : null, h('small', { className: 'muted' }, ` ${e.type}`))));
      }
      if (found.length === 0) list.appendChild(h('li', { className: 'muted' }, 'no match'));
      list.hidden = false;
    } catch (e) { status(e.message, true); }
  }, 150);
  input.addEventListener('input', run);
  input.addEventListener('keydown', (e) => {
    if (e.key === 'Enter') { const first = list.querySelector('a'); if (first) { location.hash = first.getAttribute('href'); list.hidden = true; } }
    if (e.key === 'Escape') list.hidden = true;
  });
  document.addEventListener('click', (e) => { if (!list.contains(e.target) && e.target !== input) list.hidden = true; });
}

function setUpToken() {
  const input = document.getElementById('token');
  input.value = token();
  input.addEventListener('change', () => setToken(input.value.trim()));
}

setUpSearch();
setUpToken();
window.addEventListener('hashchange', route);
route();
