// SPDX-License-Identifier: Apache-2.0
// The tree of nodes, objects and resources with their live values, as a virtualised list: only the rows in view
// are in the page, so that a site of 10,000 objects scrolls as fast as one of ten.
import {h} from 'preact';
import {useMemo, useState} from 'preact/hooks';
import {store, quality, formatValue} from './store.js';

const ROW = 26;

/** The rows the tree shows now: nodes, their objects matching the search and filters, their resources. */
function rows(search, type, problemsOnly, collapsed) {
  const words = search.toLowerCase().split(/\s+/).filter((w) => w);
  const byNode = new Map();
  for (const [key, object] of store.objects) {
    const d = object.d;
    if (type && d.type !== type) continue;
    if (problemsOnly && quality(key) === 'good') continue;
    const text = [object.node, d.id, d.name, d.type, d.location, d.protocol, ...(d.tags || []),
      ...Object.keys(d.resources || {})].join(' ').toLowerCase();
    if (!words.every((w) => text.includes(w))) continue;
    if (!byNode.has(object.node)) byNode.set(object.node, []);
    byNode.get(object.node).push(key);
  }
  const list = [];
  for (const node of [...byNode.keys()].sort()) {
    const keys = byNode.get(node).sort();
    list.push({kind: 'node', key: node, count: keys.length});
    if (collapsed.has(node)) continue;
    for (const key of keys) {
      list.push({kind: 'object', key});
      if (collapsed.has(key)) continue;
      for (const resource of Object.keys(store.objects.get(key).d.resources || {}).sort()) {
        list.push({kind: 'resource', key: key + '/' + resource, object: key, resource});
      }
    }
  }
  return list;
}

export function types() {
  const all = new Set();
  for (const object of store.objects.values()) if (object.d.type) all.add(object.d.type);
  return [...all].sort();
}

export function Tree({selected, onSelect}) {
  const [search, setSearch] = useState('');
  const [type, setType] = useState('');
  const [problemsOnly, setProblemsOnly] = useState(false);
  const [collapsed, setCollapsed] = useState(new Set());
  const [top, setTop] = useState(0);
  const [height, setHeight] = useState(600);
  const list = useMemo(() => rows(search, type, problemsOnly, collapsed),
      [store.structure, problemsOnly ? store.changes : 0, search, type, problemsOnly, collapsed]);
  const toggle = (key) => {
    const next = new Set(collapsed);
    next.has(key) ? next.delete(key) : next.add(key);
    setCollapsed(next);
  };
  const first = Math.max(0, Math.floor(top / ROW) - 5);
  const last = Math.min(list.length, Math.ceil((top + height) / ROW) + 5);
  const shown = [];
  for (let i = first; i < last; i++) shown.push(row(list[i], i, selected, onSelect, toggle, collapsed));
  return h('section', {class: 'tree'},
      h('div', {class: 'filters'},
          h('input', {id: 'search', type: 'search', placeholder: 'Search objects: id, name, type, location, tag…',
            value: search, onInput: (e) => { setSearch(e.target.value); setTop(0); }}),
          h('select', {id: 'type-filter', value: type, onChange: (e) => setType(e.target.value)},
              h('option', {value: ''}, 'all types'),
              types().map((t) => h('option', {value: t}, t))),
          h('label', {title: 'only objects with a stale, bad or uncertain value'},
              h('input', {id: 'problems-only', type: 'checkbox', checked: problemsOnly,
                onChange: (e) => setProblemsOnly(e.target.checked)}), ' problems only')),
      h('div', {class: 'rows', id: 'rows',
        ref: (el) => { if (el && el.clientHeight && el.clientHeight !== height) setHeight(el.clientHeight); },
        onScroll: (e) => setTop(e.target.scrollTop)},
      h('div', {style: {height: list.length * ROW + 'px', position: 'relative'}}, shown)),
      h('div', {class: 'count', id: 'tree-count'}, list.filter((r) => r.kind === 'object').length + ' objects shown'));
}

function row(r, index, selected, onSelect, toggle, collapsed) {
  const style = {top: index * ROW + 'px', height: ROW + 'px'};
  const caret = (key) => h('span', {class: 'caret', onClick: (e) => { e.stopPropagation(); toggle(key); }},
      collapsed.has(key) ? '▸' : '▾');
  if (r.kind === 'node') {
    return h('div', {class: 'row row-node', style, key: 'n:' + r.key}, caret(r.key),
        h('b', null, r.key), h('span', {class: 'muted'}, ' ' + r.count + ' objects'));
  }
  if (r.kind === 'object') {
    const object = store.objects.get(r.key);
    const q = quality(r.key);
    return h('div', {class: 'row row-object' + (selected?.object === r.key ? ' selected' : ''), style,
      key: 'o:' + r.key, 'data-key': r.key, onClick: () => onSelect({object: r.key})},
    caret(r.key), h('span', {class: 'dot q-' + q, title: q}),
    h('span', {class: 'id'}, object.d.id),
    h('span', {class: 'muted'}, ' ' + [object.d.name, object.d.type, object.d.location].filter((x) => x).join(' · ')));
  }
  const value = store.values.get(r.key);
  const q = value?.q || 'none';
  const unit = value?.u || store.objects.get(r.object)?.d.resources?.[r.resource]?.unit || '';
  return h('div', {class: 'row row-resource q-' + q + (selected?.resource === r.key ? ' selected' : ''), style,
    key: 'r:' + r.key, 'data-key': r.key, title: q === 'none' ? 'no value yet' : q + (value?.r ? ': ' + value.r : ''),
    onClick: () => onSelect({object: r.object, resource: r.key})},
  h('span', {class: 'resource'}, r.resource),
  h('span', {class: 'value'}, formatValue(value)),
  h('span', {class: 'unit'}, unit),
  q !== 'good' && q !== 'none' ? h('span', {class: 'badge q-' + q}, q) : null);
}
