// The legend, from styles.json in the current language.
import { el, replaceChildren } from '../dom.js';
import { t, label } from '../i18n.js';
import { getStyles, symbolElement } from '../styles.js';

function swatch(fill, stroke) {
  const box = el('span', { className: 'swatch' });
  box.style.background = fill;
  if (stroke) box.style.borderColor = stroke;
  return box;
}

export function renderLegend(container) {
  const s = getStyles();
  const rows = [el('h3', {}, t('layerHromadas'))];
  for (const c of [...s.hromadas.classes, s.hromadas.unknown]) {
    rows.push(el('div', { className: 'legend-row' }, swatch(c.fill), label(c.label)));
  }
  rows.push(el('h3', {}, t('layerAccessPoints')));
  for (const kind of ['MAIN_OFFICE', 'BRANCH', 'REMOTE_WORKPLACE', 'MOBILE_OFFICE', 'MOBILE_CASE']) {
    rows.push(el('div', { className: 'legend-row' }, symbolElement(s.accessPoints[kind]), label(s.accessPoints[kind].label)));
  }
  rows.push(el('div', { className: 'legend-row' }, symbolElement(s.accessPoints.MAIN_OFFICE, true),
    label(s.accessPoints.closed.label)));
  rows.push(el('h3', {}, t('layerSettlements')));
  rows.push(el('div', { className: 'legend-row' }, swatch(s.settlements.covered.color), label(s.settlements.covered.label)));
  rows.push(el('div', { className: 'legend-row' }, swatch(s.settlements.uncovered.color), label(s.settlements.uncovered.label)));
  rows.push(el('div', { className: 'legend-row' }, swatch(s.settlements.unknown.color), label(s.settlements.unknown.label)));
  rows.push(el('div', { className: 'legend-row' }, swatch(s.whiteSpots.fill, s.whiteSpots.stroke), label(s.whiteSpots.label)));
  rows.push(el('div', { className: 'legend-row' }, symbolElement(s.proposals.BRANCH), label(s.proposals.label)));
  replaceChildren(container, rows);
}
