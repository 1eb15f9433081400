// SPDX-License-Identifier: Apache-2.0
// The explorer: the tree of the bus on the left, the chosen object on the right, the node's $errors and links below.
import {h, render} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {store, connect, quality, getJson} from './store.js';
import {Tree} from './tree.js';
import {Details} from './details.js';

function App() {
  const [, setTick] = useState(0);
  const [selected, setSelected] = useState(null);
  const [self, setSelf] = useState('');
  useEffect(() => {
    const listener = () => setTick((t) => t + 1);
    store.listeners.add(listener);
    connect();
    getJson('/api/nodes').then((r) => setSelf(r.body?.find((n) => n.self)?.id || ''));
    return () => store.listeners.delete(listener);
  }, []);
  return h('div', {class: 'app'},
      h(Header, {self}),
      h('main', null, h(Tree, {selected, onSelect: setSelected}), h(Details, {selected, onSelect: setSelected})),
      h(Footer, null));
}

function Header({self}) {
  let stale = 0;
  let bad = 0;
  for (const key of store.objects.keys()) {
    const q = quality(key);
    if (q === 'stale') stale++;
    if (q === 'bad') bad++;
  }
  return h('header', null,
      h('h1', null, 'ObjectBus explorer'), h('span', {class: 'muted'}, self ? 'node ' + self : ''),
      h('span', {class: 'stat', id: 'object-count'}, store.objects.size + ' objects'),
      h('span', {class: 'stat q-stale'}, stale + ' stale'), h('span', {class: 'stat q-bad'}, bad + ' bad'),
      h('span', {class: 'live ' + (store.live ? 'on' : 'off'), id: 'live'}, store.live ? '● live' : '○ reconnecting…'),
      h('a', {href: '/api/openapi.yaml'}, 'API'));
}

/** The node's $errors and links, read every 5 s while shown. */
function Footer() {
  const [tab, setTab] = useState(null);
  const [rows, setRows] = useState([]);
  useEffect(() => {
    if (!tab) return undefined;
    const load = () => getJson('/api/' + tab).then((r) => setRows(Array.isArray(r.body) ? r.body : []));
    load();
    const timer = setInterval(load, 5000);
    return () => clearInterval(timer);
  }, [tab]);
  const columns = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  return h('footer', null,
      h('div', {class: 'tabs'}, ['errors', 'links'].map((name) => h('button', {id: 'tab-' + name,
        class: tab === name ? 'on' : '', onClick: () => setTab(tab === name ? null : name)},
      name === 'errors' ? '$errors' : 'links'))),
      tab ? h('div', {class: 'table-wrap', id: 'footer-table'}, rows.length === 0
        ? h('p', {class: 'muted'}, tab === 'errors' ? 'No errors reported.' : 'This node has no links.')
        : h('table', null, h('thead', null, h('tr', null, columns.map((c) => h('th', null, c)))),
            h('tbody', null, rows.slice().reverse().map((r) => h('tr', null, columns.map((c) =>
              h('td', null, typeof r[c] === 'object' ? JSON.stringify(r[c]) : String(r[c] ?? ''))))))))
        : null);
}

const root = document.getElementById('app');
root.textContent = '';
render(h(App, null), root);
