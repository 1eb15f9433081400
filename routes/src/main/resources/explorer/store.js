// SPDX-License-Identifier: Apache-2.0
// The bus as the one live stream (GET /api/stream) tells it: objects and their current values, kept in maps.
// Views subscribe and are told at most every 200 ms, so that a busy site does not re-render on every value.

export const store = {
  objects: new Map(), // "node/object" -> {node, d: descriptor}
  values: new Map(), // "node/object/resource" -> {v, u, ts, q, r}
  structure: 0, // bumped when objects come or go
  changes: 0, // bumped on every event
  live: false,
  listeners: new Set(),
  valueListeners: new Set(), // (key, value) on each value, for the chart's live tail
};

let scheduled = false;

function changed(structural) {
  if (structural) store.structure++;
  store.changes++;
  if (!scheduled) {
    scheduled = true;
    setTimeout(() => {
      scheduled = false;
      store.listeners.forEach((listener) => listener());
    }, 200);
  }
}

export function connect() {
  const source = new EventSource('/api/stream');
  source.addEventListener('open', () => {
    // The stream (re)starts with the whole picture: forget the one before.
    store.objects.clear();
    store.values.clear();
    store.live = true;
    changed(true);
  });
  source.addEventListener('error', () => {
    store.live = false;
    changed(false);
  });
  source.addEventListener('object', (e) => {
    const o = JSON.parse(e.data);
    store.objects.set(o.node + '/' + o.descriptor.id, {node: o.node, d: o.descriptor});
    changed(true);
  });
  source.addEventListener('removed', (e) => {
    const o = JSON.parse(e.data);
    const prefix = o.node + '/' + o.object;
    store.objects.delete(prefix);
    for (const key of store.values.keys()) {
      if (key.startsWith(prefix + '/')) store.values.delete(key);
    }
    changed(true);
  });
  source.addEventListener('value', (e) => {
    const v = JSON.parse(e.data);
    const key = v.node + '/' + v.object + '/' + v.resource;
    store.values.set(key, v);
    store.valueListeners.forEach((listener) => listener(key, v));
    changed(false);
  });
  return source;
}

/** The worst quality of an object's values: good, uncertain, stale or bad. */
export function quality(key) {
  const object = store.objects.get(key);
  let worst = 'good';
  for (const resource of Object.keys(object.d.resources || {})) {
    const q = store.values.get(key + '/' + resource)?.q;
    if (q === 'bad') return 'bad';
    if (q === 'stale') worst = 'stale';
    else if (q === 'uncertain' && worst === 'good') worst = 'uncertain';
  }
  return worst;
}

export function formatValue(value) {
  if (!value) return '—';
  if (value.v === null || value.v === undefined) return '—';
  if (typeof value.v === 'number') return String(Math.round(value.v * 1000) / 1000);
  return String(value.v);
}

export async function getJson(url, options) {
  const response = await fetch(url, options);
  const body = await response.json().catch(() => null);
  return {status: response.status, ok: response.ok, body};
}
