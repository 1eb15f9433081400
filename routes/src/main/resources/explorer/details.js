// SPDX-License-Identifier: Apache-2.0
// An object's details: its descriptor, its resources with their live values, and for the chosen resource the
// chart of its history, its priority array and the write dialog.
import {h} from 'preact';
import {useEffect, useState} from 'preact/hooks';
import {store, formatValue, getJson} from './store.js';
import {Chart} from './chart.js';

const path = (key) => key.split('/').map(encodeURIComponent).join('/');

export function Details({selected, onSelect}) {
  const object = selected && store.objects.get(selected.object);
  if (!object) {
    return h('section', {class: 'details empty'},
        h('p', null, 'Choose an object in the tree: its resources, their history and writes show here.'));
  }
  const d = object.d;
  const resource = selected.resource ? selected.resource.split('/').pop() : null;
  return h('section', {class: 'details', id: 'details'},
      h('h2', null, d.name || d.id, h('span', {class: 'muted'}, ' ' + object.node + '/' + d.id)),
      h('p', {class: 'facts'}, [['type', d.type], ['protocol', d.protocol], ['location', d.location],
        ['tags', (d.tags || []).join(', ')]].filter(([, v]) => v).map(([k, v]) => h('span', null, h('i', null, k), ' ', v))),
      h('table', {class: 'resources'},
          h('thead', null, h('tr', null, ['resource', 'value', 'unit', 'quality', 'measured', ''].map((c) => h('th', null, c)))),
          h('tbody', null, Object.entries(d.resources || {}).sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) =>
            resourceRow(selected.object, id, r, resource === id, onSelect)))),
      resource ? h(ResourcePanel, {key: selected.resource, objectKey: selected.object, resource,
        descriptor: d.resources[resource] || {}}) : h('p', {class: 'muted'}, 'Choose a resource to chart or write it.'),
      h('details', null, h('summary', null, 'Descriptor'), h('pre', {id: 'descriptor'}, JSON.stringify(d, null, 2))));
}

function resourceRow(objectKey, id, r, chosen, onSelect) {
  const key = objectKey + '/' + id;
  const value = store.values.get(key);
  const q = value?.q || 'none';
  return h('tr', {class: (chosen ? 'selected ' : '') + 'q-' + q, onClick: () => onSelect({object: objectKey, resource: key})},
      h('td', null, id, r.writable ? h('span', {class: 'badge writable', title: 'writable'}, 'w') : null),
      h('td', {class: 'value'}, formatValue(value)),
      h('td', null, value?.u || r.unit || ''),
      h('td', null, h('span', {class: 'badge q-' + q}, q), value?.r ? ' ' + value.r : ''),
      h('td', {class: 'muted'}, value?.ts ? new Date(value.ts).toLocaleString() : ''),
      h('td', null, r.writable ? 'write ›' : 'chart ›'));
}

function ResourcePanel({objectKey, resource, descriptor}) {
  const [priorities, setPriorities] = useState(null);
  const [writing, setWriting] = useState(false);
  const key = objectKey + '/' + resource;
  const loadPriorities = () => descriptor.writable && getJson('/api/objects/' + path(key) + '/priorities')
      .then((r) => setPriorities(r.ok ? r.body : null));
  useEffect(() => { loadPriorities(); }, [key]);
  return h('div', {class: 'resource-panel'},
      h('h3', null, resource, descriptor.unit ? h('span', {class: 'muted'}, ' ' + descriptor.unit) : null,
          descriptor.writable ? h('button', {id: 'write-open', onClick: () => setWriting(true)}, 'Write…') : null),
      h(Chart, {resourceKey: key, unit: descriptor.unit}),
      descriptor.writable ? h(PriorityArray, {priorities}) : null,
      writing ? h(WriteDialog, {resourceKey: key, descriptor, onClose: () => { setWriting(false); loadPriorities(); },
        onOutcome: loadPriorities}) : null);
}

function PriorityArray({priorities}) {
  if (!priorities) return null;
  return h('div', {class: 'priorities', id: 'priorities'},
      h('h4', null, 'Priority array', h('span', {class: 'muted'}, ' effective: ' + formatValue({v: priorities.effective}))),
      h('ol', null, priorities.levels.map((level, i) => h('li', {class: level ? 'set' : 'free', title: 'priority ' + (i + 1)},
          level ? formatValue(level) + (level.owner ? ' (' + level.owner + ')' : '') +
            (level.expires ? ' until ' + new Date(level.expires).toLocaleTimeString() : '') : '·'))));
}

/**
 * A write through PUT /api/objects/…, its outcome live as the bus replies: accepted first, then applied, failed or
 * timeout (or stored, rejected alone). The node sends each reply as a JSON line as it comes (application/x-ndjson).
 */
function WriteDialog({resourceKey, descriptor, onClose, onOutcome}) {
  const current = store.values.get(resourceKey);
  const [value, setValue] = useState(current?.v ?? '');
  const [priority, setPriority] = useState(8);
  const [owner, setOwner] = useState('explorer');
  const [replies, setReplies] = useState([]);
  const [outcome, setOutcome] = useState(null);
  const show = (reply) => {
    setReplies((before) => [...before, reply.status]);
    setOutcome({status: reply.status, text: reply.status + (reply.reason ? ': ' + reply.reason : '')});
  };
  const send = async (relinquish) => {
    setReplies([]);
    setOutcome({status: 'sending', text: relinquish ? 'relinquishing…' : 'sent, waiting for the node…'});
    const v = relinquish ? null : parse(value, descriptor.type);
    const response = await fetch('/api/objects/' + path(resourceKey), {method: 'PUT',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/x-ndjson, application/problem+json'},
      body: JSON.stringify({v, p: Number(priority), owner})});
    if (response.ok && (response.headers.get('Content-Type') || '').includes('ndjson')) {
      await eachLine(response, (line) => show(JSON.parse(line)));
    } else {
      const body = await response.json().catch(() => null);
      // 401 and 403: the login's identity may not write this resource, or not at this priority.
      const denied = response.status === 401 || response.status === 403;
      show(body?.reply || {status: denied ? 'denied' : 'error', reason: body?.detail || 'HTTP ' + response.status});
    }
    onOutcome();
  };
  return h('div', {class: 'dialog-backdrop'}, h('div', {class: 'dialog', role: 'dialog', id: 'write-dialog'},
      h('h3', null, 'Write ' + resourceKey),
      h('label', null, 'value ', h('input', {id: 'write-value', value, onInput: (e) => setValue(e.target.value)}),
          descriptor.unit ? ' ' + descriptor.unit : ''),
      h('label', null, 'priority ', h('select', {id: 'write-priority', value: priority,
        onChange: (e) => setPriority(e.target.value)},
      Array.from({length: 16}, (_, i) => h('option', {value: i + 1}, (i + 1) + (i === 7 ? ' (manual operator)' : ''))))),
      h('label', null, 'owner ', h('input', {id: 'write-owner', value: owner, onInput: (e) => setOwner(e.target.value)})),
      h('div', {class: 'buttons'},
          h('button', {id: 'write-send', onClick: () => send(false)}, 'Write'),
          h('button', {id: 'write-relinquish', onClick: () => send(true), title: 'free this priority level'}, 'Relinquish'),
          h('button', {id: 'write-close', onClick: onClose}, 'Close')),
      outcome ? h('p', {id: 'write-outcome', class: 'outcome ' + outcome.status}, outcome.text) : null,
      replies.length ? h('ol', {id: 'write-replies', class: 'replies'},
          replies.map((status) => h('li', {class: 'outcome ' + status}, status))) : null));
}

/** Calls back with each line of a response's body as it arrives. */
async function eachLine(response, onLine) {
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    text += decoder.decode(chunk.value, {stream: true});
    const lines = text.split('\n');
    text = lines.pop();
    lines.filter((line) => line.trim()).forEach(onLine);
  }
  if (text.trim()) onLine(text);
}

function parse(text, type) {
  if (type === 'number') return Number(text);
  if (type === 'boolean') return text === true || text === 'true' || text === '1';
  return text;
}
