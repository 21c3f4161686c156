// Building DOM safely. Article text, quotes, names and every other datum arrive from untrusted
// reporting, so they only ever become Text nodes (or textContent). Nothing here touches innerHTML,
// and links only ever point inside the app (#/...) or to http(s) URLs opened without an opener.

/** h('div', {className: 'x', onclick: f}, 'text', child) — strings and numbers become text nodes. */
export function h(tag, props = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'className') el.className = value;
    else if (key === 'dataset') Object.assign(el.dataset, value);
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.slice(2), value);
    else if (key === 'href') el.setAttribute('href', safeHref(value));
    else if (key === 'text') el.textContent = String(value);
    else if (/^[a-z][a-z0-9-]*$/i.test(key) && !key.toLowerCase().startsWith('on') && key !== 'style' && key !== 'src' && key !== 'srcdoc') {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

export function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    el.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** In-app routes pass; http(s) URLs pass; anything else (javascript:, data:, vbscript:) becomes '#'. */
export function safeHref(value) {
  const text = String(value).trim();
  if (text.startsWith('#/')) return text;
  try {
    const url = new URL(text, window.location.href);
    if (url.protocol === 'http:' || url.protocol === 'https:') return url.href;
  } catch { /* not a URL */ }
  return '#';
}

/** A link to an external source: opened in a new tab with no referrer and no opener. */
export function externalLink(url, label) {
  const href = safeHref(url);
  if (href === '#') return h('span', {}, label);
  return h('a', { href, target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
}

export function clear(el) {
  while (el.firstChild) el.removeChild(el.firstChild);
  return el;
}

/** Text with [start, end) ranges wrapped in elements made by wrap(range, text); ranges must not overlap. */
export function highlighted(text, ranges, wrap) {
  const parts = [];
  let at = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (r.start < at || r.end > text.length || r.end <= r.start) continue;
    if (r.start > at) parts.push(text.slice(at, r.start));
    parts.push(wrap(r, text.slice(r.start, r.end)));
    at = r.end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

export function debounce(fn, ms) {
  let timer;
  return (...args) => { clearTimeout(timer); timer = setTimeout(() => fn(...args), ms); };
}
