// SPDX-License-Identifier: Apache-2.0
// A resource's history from GET /api/history/{node}/{object}/{resource}, drawn with uPlot: the last hour raw (and
// its live tail from the stream), longer ranges as min/avg/max per interval. Drag across the chart to zoom in,
// double-click to zoom out.
import {h} from 'preact';
import {useEffect, useRef, useState} from 'preact/hooks';
import uPlot from 'uplot';
import {store, getJson} from './store.js';

const RANGES = {'1h': [3600, null], '24h': [86400, 'PT5M'], '7d': [604800, 'PT1H']};

export function Chart({resourceKey, unit}) {
  const [range, setRange] = useState('1h');
  const [message, setMessage] = useState('Loading the history…');
  const element = useRef(null);
  useEffect(() => {
    let plot = null;
    let unsubscribe = () => {};
    const [seconds, interval] = RANGES[range];
    const to = new Date();
    const from = new Date(to.getTime() - seconds * 1000);
    const url = '/api/history/' + resourceKey.split('/').map(encodeURIComponent).join('/') +
        '?from=' + from.toISOString() + '&to=' + to.toISOString() + (interval ? '&interval=' + interval : '');
    getJson(url).then((r) => {
      if (r.status === 404) {
        setMessage('History is off on this node, so there is nothing to chart: set objectbus.history.enabled=true ' +
            '(docs/history.md).');
        return;
      }
      if (!r.ok) {
        setMessage('The history could not be read: ' + (r.body?.detail || 'HTTP ' + r.status));
        return;
      }
      const data = interval ? buckets(r.body.buckets) : points(r.body.points);
      if (data[0].length === 0) {
        setMessage('No values recorded in the last ' + range + '.');
      } else {
        setMessage(null);
      }
      plot = new uPlot(options(interval, unit, element.current.clientWidth || 600), data, element.current);
      element.current.dataset.points = data[0].length;
      element.current.dataset.range = range;
      if (!interval) unsubscribe = liveTail(resourceKey, plot, data, () => setMessage(null));
    });
    return () => { unsubscribe(); plot?.destroy(); };
  }, [resourceKey, range]);
  return h('div', {class: 'chart'},
      h('div', {class: 'chart-bar'}, 'History ', Object.keys(RANGES).map((name) =>
        h('button', {class: name === range ? 'on' : '', id: 'range-' + name, onClick: () => setRange(name)}, name)),
      h('span', {class: 'muted'}, ' drag to zoom, double-click to zoom out')),
      message ? h('p', {class: 'chart-message', id: 'chart-message'}, message) : null,
      h('div', {id: 'chart', ref: element}));
}

function points(list) {
  const numeric = list.filter((p) => typeof p.value === 'number');
  return [numeric.map((p) => Date.parse(p.t) / 1000), numeric.map((p) => p.value)];
}

function buckets(list) {
  return [list.map((b) => Date.parse(b.t) / 1000), list.map((b) => b.min), list.map((b) => b.avg),
    list.map((b) => b.max)];
}

function options(interval, unit, width) {
  const series = interval
    ? [{}, {label: 'min', stroke: '#8ab'}, {label: 'avg', stroke: '#1565c0', width: 2}, {label: 'max', stroke: '#8ab'}]
    : [{}, {label: 'value', stroke: '#1565c0', width: 2, points: {show: true, size: 4}}];
  return {width, height: 240, series, axes: [{}, {label: unit || ''}], cursor: {drag: {x: true, y: false}}};
}

/** Appends the stream's new values of the resource while the last hour is shown. */
function liveTail(resourceKey, plot, data, shown) {
  const listener = (key, value) => {
    if (key !== resourceKey || typeof value.v !== 'number') return;
    data[0].push(value.ts ? Date.parse(value.ts) / 1000 : Date.now() / 1000);
    data[1].push(value.v);
    plot.setData(data);
    plot.root.parentElement.dataset.points = data[0].length;
    shown();
  };
  store.valueListeners.add(listener);
  return () => store.valueListeners.delete(listener);
}
